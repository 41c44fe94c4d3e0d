import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';

import { useT } from '../../../i18n/useT';
import type { UndoOffer } from './useBulkActions';

/** Long enough to notice and reach with Tab; paused while the pointer or focus is on it. */
export const UNDO_SECONDS = 10;

/**
 * The result of a bulk action with an Undo button. It is not announced itself (the list's live
 * region says the whole result, failures included, exactly once); it sits right after the
 * toolbar in the page order so Tab reaches it, and it does not close while it has focus.
 */
export function UndoSnackbar({
  offer,
  onUndo,
  onClose,
}: {
  offer: UndoOffer | null;
  onUndo: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const [held, setHeld] = useState(false);
  return (
    <Snackbar
      key={offer?.key}
      open={offer !== null}
      message={offer?.message}
      autoHideDuration={held || offer?.undoing ? null : UNDO_SECONDS * 1000}
      onClose={(_event, reason) => {
        // A click elsewhere on the page must not take the Undo away early.
        if (reason !== 'clickaway') onClose();
      }}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      slotProps={{ content: { role: 'group', 'aria-label': offer?.message } }}
      action={
        <>
          {offer?.canUndo && (
            <Button color="inherit" size="small" onClick={onUndo} disabled={offer.undoing}>
              {t('bulk.undo')}
            </Button>
          )}
          <Button color="inherit" size="small" onClick={onClose}>
            {t('bulk.dismiss')}
          </Button>
        </>
      }
    />
  );
}
