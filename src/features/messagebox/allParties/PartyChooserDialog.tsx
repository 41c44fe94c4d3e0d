import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useMemo, useState } from 'react';

import { OutlinedField } from '../../../components/OutlinedField';
import { useAllPartiesT } from '../../../i18n/features/allParties/useAllPartiesT';
import { partyName } from '../../parties/partyLabels';
import { ALL_PARTIES_CAP, type ScopeParty } from './partyScope';

/** Checkboxes rendered at once; the search narrows the rest (15,000 boxes would not be usable anyway). */
const SHOWN = 200;

function matches(party: ScopeParty, needle: string): boolean {
  if (!needle) return true;
  const digits = needle.replace(/\s/g, '');
  return (
    party.name.toLowerCase().includes(needle) ||
    (/^\d+$/.test(digits) && (party.orgNumber ?? '').includes(digits))
  );
}

/**
 * Choose up to the cap of parties for the all-parties view: a search (name or organisation
 * number) over the readable parties and a checkbox per party.
 */
export function PartyChooserDialog({
  open,
  parties,
  initial,
  onCancel,
  onChoose,
}: {
  open: boolean;
  parties: readonly ScopeParty[];
  initial: readonly number[];
  onCancel: () => void;
  onChoose: (ids: number[]) => void;
}) {
  const t = useAllPartiesT();
  const titleId = useId();
  const countId = useId();
  const phone = useMediaQuery('(max-width:600px)');
  const [chosen, setChosen] = useState<number[]>(() => [...initial]);
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const found = useMemo(() => parties.filter((p) => matches(p, needle)), [parties, needle]);
  const full = chosen.length >= ALL_PARTIES_CAP;
  const toggle = (partyId: number) =>
    setChosen((current) =>
      current.includes(partyId)
        ? current.filter((id) => id !== partyId)
        : full
          ? current
          : [...current, partyId],
    );
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{t('allParties.dialog.title')}</DialogTitle>
      <DialogContent dividers>
        <OutlinedField
          label={t('allParties.dialog.filter')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          htmlInput={{ 'aria-describedby': countId }}
          sx={{ mb: 1, display: 'flex' }}
        />
        <Typography id={countId} role="status" variant="body2" sx={{ mb: 1 }}>
          {t('allParties.dialog.count', { count: chosen.length, cap: ALL_PARTIES_CAP })}
          {full && ` ${t('allParties.dialog.limit', { cap: ALL_PARTIES_CAP })}`}
        </Typography>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {found.slice(0, SHOWN).map((party) => {
            const checked = chosen.includes(party.partyId);
            return (
              <li key={party.partyId}>
                <FormControlLabel
                  control={
                    <Checkbox
                      size="small"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => toggle(party.partyId)}
                    />
                  }
                  label={
                    party.isDeleted
                      ? `${partyName(party, t)} (${t('allParties.dialog.deleted')})`
                      : partyName(party, t)
                  }
                />
              </li>
            );
          })}
        </ul>
        {found.length > SHOWN && (
          <Typography variant="body2" color="text.secondary">
            {t('allParties.dialog.more', { shown: SHOWN, total: found.length })}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setChosen([])} disabled={chosen.length === 0}>
          {t('allParties.dialog.clear')}
        </Button>
        <Button onClick={onCancel}>{t('allParties.dialog.cancel')}</Button>
        <Button variant="contained" disabled={chosen.length === 0} onClick={() => onChoose(chosen)}>
          {t('allParties.dialog.show')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
