import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

import { useAllPartiesT } from '../../../i18n/features/allParties/useAllPartiesT';
import { PartyChooserDialog } from './PartyChooserDialog';
import { ALL_PARTIES_CAP, quickPicks, type PartyScope, type ScopeParty } from './partyScope';

/**
 * Above the list: either the request to narrow (too many parties to load at once) with quick
 * picks, or a line saying a chosen set is shown, with a way to change it.
 */
export function ScopeBar({
  scope,
  readable,
  favourites,
  onChoose,
  onShowAll,
}: {
  scope: PartyScope;
  readable: readonly ScopeParty[];
  favourites: readonly number[];
  onChoose: (ids: number[]) => void;
  onShowAll: () => void;
}) {
  const t = useAllPartiesT();
  const [dialogOpen, setDialogOpen] = useState(false);
  const headingId = useId();
  const picks = quickPicks(readable, favourites);
  const current = scope.kind === 'tooMany' ? [] : scope.parties.map((p) => p.partyId);
  const canShowAll = readable.filter((p) => !p.isDeleted).length <= ALL_PARTIES_CAP;
  const dialog = dialogOpen && (
    <PartyChooserDialog
      open
      parties={readable}
      initial={scope.kind === 'chosen' ? current : []}
      onCancel={() => setDialogOpen(false)}
      onChoose={(ids) => {
        setDialogOpen(false);
        onChoose(ids);
      }}
    />
  );

  if (scope.kind === 'tooMany') {
    return (
      <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t('allParties.tooMany.heading')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {t('allParties.tooMany.body', { count: scope.total, cap: ALL_PARTIES_CAP })}
        </Typography>
        <Stack direction="row" useFlexGap sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={() => setDialogOpen(true)}>
            {t('allParties.choose')}
          </Button>
          {picks.favourites && (
            <Button variant="outlined" onClick={() => picks.favourites && onChoose(picks.favourites)}>
              {t('allParties.favourites', { count: picks.favourites.length })}
            </Button>
          )}
          {picks.organisations && (
            <Button variant="outlined" onClick={() => picks.organisations && onChoose(picks.organisations)}>
              {t('allParties.organisationsOnly', { count: picks.organisations.length })}
            </Button>
          )}
        </Stack>
        {dialog}
      </Paper>
    );
  }

  return (
    <Stack direction="row" useFlexGap sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {scope.kind === 'chosen' && (
        <Typography variant="body2">{t('allParties.selection', { count: scope.parties.length })}</Typography>
      )}
      <Button size="small" variant="outlined" onClick={() => setDialogOpen(true)}>
        {scope.kind === 'chosen' ? t('allParties.changeSelection') : t('allParties.choose')}
      </Button>
      {scope.kind === 'chosen' && canShowAll && (
        <Button size="small" onClick={onShowAll}>
          {t('allParties.showAll')}
        </Button>
      )}
      {dialog}
    </Stack>
  );
}
