import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigate } from 'react-router';

import { useIdentity } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { loadOnce } from '../../lib/loadOnce';
import { FLAG_DELETED, FLAG_HEADING } from './partyIndex';
import { partyKindKey, partyName } from './partyLabels';
import { recordPartyUse } from './partyMemory';
import { folderFromPath, isHomeRedirect, partyBoxPath, partyIdFromPath } from './partyPaths';
import { usePartyIndex } from './usePartyIndex';

// Loaded on demand (it is not needed for the first page) but ahead of the first click. Not
// React.lazy: a suspended first render waits out React's 300 ms fallback throttle, which would
// make the first opening slow even with the code already loaded.
const dialog = loadOnce(() => import('./PartyPickerDialog').then((m) => m.PartyPickerDialog));

/**
 * The header's "acting for" slot: shows the party the URL acts for and opens the picker. The
 * party comes from the URL (`/parties/:partyId/…`), so a shared link or the back button shows
 * the right one; pages without a party show the person themselves.
 */
export function PartyPicker({ ownName }: { ownName: string }) {
  const t = useT();
  const identity = useIdentity();
  const location = useLocation();
  const navigate = useNavigate();
  const state = usePartyIndex(ownName);
  const [open, setOpen] = useState(false);
  // Mounted on first use and kept, so closing can animate and focus goes back to the trigger.
  const [Dialog, setDialog] = useState(() => dialog.loaded());
  const trigger = useRef<HTMLButtonElement>(null);

  const urlPartyId = partyIdFromPath(location.pathname);
  const landedFromHome = isHomeRedirect(location.state);
  const allParties = urlPartyId === null && location.pathname.startsWith('/all/');
  const shownId = urlPartyId ?? identity.partyId;
  const index = state.status === 'ready' ? state.index : null;
  const row = index?.rowOf.get(shownId);
  const party = row === undefined ? undefined : index?.parties[row];

  useEffect(() => {
    // Whatever brought the person here (the picker, a link, the back button), a party they
    // can act for that the URL shows is the one the next visit starts with.
    if (urlPartyId === null || row === undefined || !index || landedFromHome) return;
    if ((index.flags[row] ?? 0) & (FLAG_HEADING | FLAG_DELETED)) return;
    recordPartyUse(identity.userId, urlPartyId);
  }, [urlPartyId, row, index, identity.userId, landedFromHome]);

  const prepareDialog = () => {
    if (!Dialog) void dialog.load().then((component) => setDialog(() => component));
  };

  // Nothing in flight: the page shows what it came for (the first rows included).
  const settled = useIsFetching() === 0;
  useEffect(() => {
    // Fetch the dialog's code while the person reads the page, so opening it is instant; but only
    // once the page has settled (its rows are in the page), so it never delays the first rows. Not in
    // idle time: while a large party index is built the browser is rarely idle, and the first
    // opening would wait for the code.
    if (index && !Dialog && settled) void dialog.load().then((component) => setDialog(() => component));
  }, [index, Dialog, settled]);

  const name = allParties
    ? t('partyPicker.allParties')
    : party
      ? partyName(party, t)
      : shownId === identity.partyId
        ? ownName
        : t('partyPicker.unknownParty', { partyId: shownId });
  const kind = allParties
    ? ''
    : party
      ? t(partyKindKey(party))
      : shownId === identity.partyId
        ? t('party.person')
        : '';

  const choose = (partyId: number) => {
    setOpen(false);
    recordPartyUse(identity.userId, partyId);
    // flushSync: the choice may come from a dialog's async close, where React would otherwise
    // render the new party a task after the URL changed, leaving the old party's rows painted
    // under the new party's URL for a frame or more (e2e/isolation.spec.ts catches them).
    if (partyId !== urlPartyId)
      flushSync(() => void navigate(partyBoxPath(partyId, folderFromPath(location.pathname))));
  };

  const label = useMemo(
    () => t('partyPicker.trigger', { name, kind }).replace(/, \)$/, ')'),
    [t, name, kind],
  );

  return (
    <Box sx={{ minWidth: { xs: 0, sm: 'auto' }, flexShrink: { sm: 0 }, maxWidth: '100%' }}>
      <Typography variant="caption" component="p" sx={{ opacity: 0.85 }}>
        {t('header.actingFor')}
      </Typography>
      <ButtonBase
        ref={trigger}
        aria-haspopup="dialog"
        aria-label={label}
        onClick={() => {
          prepareDialog();
          setOpen(true);
        }}
        onPointerEnter={prepareDialog}
        sx={{
          maxWidth: '100%',
          gap: 1,
          px: 1,
          py: 0.5,
          ml: -1,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          textAlign: 'left',
          '&:hover': { bgcolor: 'action.hover' },
        }}
      >
        <Box component="span" sx={{ minWidth: 0 }}>
          <Box
            component="span"
            data-party-id={allParties ? undefined : shownId}
            sx={{ display: 'block', fontWeight: 600, overflowWrap: 'anywhere', whiteSpace: { sm: 'nowrap' } }}
          >
            {name}
          </Box>
          {kind && (
            <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
              {kind}
            </Box>
          )}
        </Box>
        <SwapHorizIcon aria-hidden="true" sx={{ flexShrink: 0 }} />
        <Box
          component="span"
          sx={{
            display: { xs: 'none', sm: 'inline' },
            whiteSpace: 'nowrap',
            fontSize: '0.875rem',
            color: 'primary.main',
            fontWeight: 600,
          }}
        >
          {t('partyPicker.triggerHint')}
        </Box>
      </ButtonBase>
      {Dialog && (
        <Dialog
          open={open}
          onClose={() => setOpen(false)}
          state={state}
          userId={identity.userId}
          currentPartyId={allParties ? null : shownId}
          onChoose={choose}
          allPartiesHref={allParties ? null : `/all/${folderFromPath(location.pathname)}`}
        />
      )}
    </Box>
  );
}
