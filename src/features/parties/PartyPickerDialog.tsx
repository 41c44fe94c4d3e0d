import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useRef } from 'react';
import { Link as RouterLink } from 'react-router';

import { useT } from '../../i18n/useT';
import { PartySearchPane } from './PartySearchPane';
import type { PartyIndexState } from './usePartyIndex';

interface PartyPickerDialogProps {
  open: boolean;
  onClose: () => void;
  state: PartyIndexState;
  userId: number;
  currentPartyId: number | null;
  onChoose: (partyId: number) => void;
  /** The all-parties view of the current folder, offered to people with several parties. */
  allPartiesHref: string | null;
}

/**
 * The picker: a dialog (full screen on phones) with a search field and the party list. MUI
 * returns focus to the trigger when it closes, by Escape, the close button or a choice.
 */
export function PartyPickerDialog({
  open,
  onClose,
  state,
  userId,
  currentPartyId,
  onChoose,
  allPartiesHref,
}: PartyPickerDialogProps) {
  const t = useT();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const searchField = useRef<HTMLInputElement>(null);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      transitionDuration={{ enter: 120, exit: 80 }}
      slotProps={{ paper: { sx: { height: phone ? '100%' : 'min(760px, 88vh)' } } }}
    >
      <DialogTitle id={titleId} sx={{ pr: 7 }}>
        {t('partyPicker.title')}
      </DialogTitle>
      <IconButton
        aria-label={t('partyPicker.close')}
        onClick={onClose}
        sx={{ position: 'absolute', right: 8, top: 8 }}
      >
        <CloseIcon />
      </IconButton>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1, pb: 1, px: { xs: 1.5, sm: 3 } }}>
        {state.status === 'ready' ? (
          <PartySearchPane
            index={state.index}
            userId={userId}
            currentPartyId={currentPartyId}
            searchField={searchField}
            onChoose={onChoose}
          />
        ) : (
          <PickerStatus state={state} />
        )}
      </DialogContent>
      {allPartiesHref && state.status === 'ready' && state.index.size > 1 && (
        <Box sx={{ px: { xs: 1.5, sm: 3 }, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
          <Link component={RouterLink} to={allPartiesHref} onClick={onClose}>
            {t('mb.allPartiesLink')}
          </Link>
        </Box>
      )}
    </Dialog>
  );
}

function PickerStatus({ state }: { state: Exclude<PartyIndexState, { status: 'ready' }> }) {
  const t = useT();
  if (state.status === 'error') {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 1 }}>
        <Typography role="alert">{t('partyPicker.error')}</Typography>
        <Button variant="outlined" onClick={state.retry}>
          {t('partyPicker.retry')}
        </Button>
      </Box>
    );
  }
  return (
    <Typography role="status">
      {t(state.status === 'loading' ? 'partyPicker.loading' : 'partyPicker.preparing')}
    </Typography>
  );
}
