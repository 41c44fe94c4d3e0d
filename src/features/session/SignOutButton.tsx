import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';

import { signOut } from '../../auth/session';
import { useT } from '../../i18n/useT';

export function SignOutButton() {
  const t = useT();
  return (
    <Button
      variant="outlined"
      color="inherit"
      startIcon={<LogoutIcon aria-hidden="true" />}
      onClick={() => void signOut('user')}
      sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {t('header.signOut')}
    </Button>
  );
}
