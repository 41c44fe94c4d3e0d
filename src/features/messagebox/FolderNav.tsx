import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';

import { useT } from '../../i18n/useT';
import { FOLDERS, type Folder } from './urlState';

/** Inbox / Archive / Bin as links (each folder is a URL); the current one is marked for screen readers too. */
export function FolderNav({ current, hrefOf }: { current: Folder; hrefOf: (folder: Folder) => string }) {
  const t = useT();
  return (
    <Box component="nav" aria-label={t('mb.folders')} sx={{ mb: 2 }}>
      <Box component="ul" sx={{ display: 'flex', gap: 1, listStyle: 'none', m: 0, p: 0, flexWrap: 'wrap' }}>
        {FOLDERS.map((folder) => (
          <li key={folder}>
            <Button
              component={RouterLink}
              to={hrefOf(folder)}
              aria-current={folder === current ? 'page' : undefined}
              variant={folder === current ? 'contained' : 'outlined'}
            >
              {t(`mb.folder.${folder}`)}
            </Button>
          </li>
        ))}
      </Box>
    </Box>
  );
}
