import Link from '@mui/material/Link';

import { useT } from '../i18n/useT';

export const MAIN_ID = 'main';

/** Hidden until focused: the first Tab stop jumps past the header to the main content. */
export function SkipLink() {
  const t = useT();
  return (
    <Link
      href={`#${MAIN_ID}`}
      sx={{
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: 2000,
        p: 1,
        bgcolor: 'background.paper',
        color: 'text.primary',
        '&:focus': { top: 8 },
      }}
    >
      {t('app.skipToMain')}
    </Link>
  );
}
