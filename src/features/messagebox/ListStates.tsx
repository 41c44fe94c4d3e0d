import InboxOutlined from '@mui/icons-material/InboxOutlined';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { Notice } from '../../components/Notice';
import { useFailureText } from '../connectivity/useFailureText';
import { useT } from '../../i18n/useT';
import type { Folder } from './urlState';

/** Nothing to show: says whether the folder is empty or the search/filters exclude everything. */
export function ListEmpty({
  folder,
  filtered,
  clearHref,
}: {
  folder: Folder;
  filtered: boolean;
  clearHref: string;
}) {
  const t = useT();
  const Icon = filtered ? SearchOffOutlined : InboxOutlined;
  return (
    <Stack role="status" spacing={1} sx={{ alignItems: 'center', textAlign: 'center', py: 6, px: 2 }}>
      <Icon aria-hidden sx={{ fontSize: 48, color: 'text.secondary' }} />
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
        {t(filtered ? 'mb.empty.filtered.title' : `mb.empty.${folder}.title`)}
      </Typography>
      <Typography color="text.secondary">
        {t(filtered ? 'mb.empty.filtered.body' : `mb.empty.${folder}.body`)}
      </Typography>
      {filtered && (
        <Button component={RouterLink} to={clearHref} variant="outlined">
          {t('mb.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}

/** The list could not be loaded at all: what happened (timeout, refused, …), and a retry. */
export function ListError({ onRetry, error }: { onRetry: () => void; error?: unknown }) {
  const t = useT();
  const failureText = useFailureText();
  return (
    <Notice
      severity="error"
      role="alert"
      sx={{ my: 2 }}
      action={
        <Button color="inherit" onClick={onRetry}>
          {t('mb.error.retry')}
        </Button>
      }
    >
      <Typography variant="h2" sx={{ fontSize: '1.125rem', mb: 0.5 }}>
        {t('mb.error.title')}
      </Typography>
      {error === undefined ? t('mb.error.body') : failureText(error)}
    </Notice>
  );
}
