import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

import { useInstanceT } from '../../i18n/features/instance/useInstanceT';

/** "Delete permanently?" Cancel has focus first: the destructive choice is never the default. */
export function ConfirmDeleteDialog({
  open,
  title,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  title: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useInstanceT();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} aria-describedby={bodyId}>
      <DialogTitle id={titleId} component="h2">
        {t('instance.confirmDelete.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{t('instance.confirmDelete.body', { title })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          {t('instance.cancel')}
        </Button>
        <Button onClick={onConfirm} color="error" variant="contained" disabled={busy}>
          {t('instance.deletePermanently')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
