import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

import { useT } from '../../i18n/useT';

interface Props {
  open: boolean;
  secondsLeft: number;
  onStay: () => void;
  onSignOut: () => void;
}

/**
 * The warning before the idle sign-out. The countdown is not a live region: announcing every
 * second would drown everything else. Screen readers hear the whole text once when the dialog
 * opens (it is the dialog's description) and can read the current number at any time.
 */
export function IdleWarningDialog({ open, secondsLeft, onStay, onSignOut }: Props) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onStay}
      role="alertdialog"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-body"
    >
      <DialogTitle id="idle-warning-title">{t('idle.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="idle-warning-body">
          {t('idle.body', { seconds: secondsLeft })}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        <Button variant="outlined" onClick={onSignOut}>
          {t('idle.signOutNow')}
        </Button>
        <Button variant="contained" onClick={onStay} autoFocus>
          {t('idle.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
