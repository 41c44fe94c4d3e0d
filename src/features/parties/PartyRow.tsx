import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';

import type { Party } from '../../api/authorization';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useT } from '../../i18n/useT';
import { partyDetails, partyName } from './partyLabels';

export const ROW_HEIGHT = 60;
export const HEADING_HEIGHT = 40;

const ellipsis = {
  display: 'block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

interface PartyRowProps {
  party: Party;
  nested: boolean;
  active: boolean;
  current: boolean;
  own: boolean;
  favourite: boolean;
  onChoose: () => void;
  onToggleFavourite: () => void;
}

/**
 * One party: a button that chooses it (its name says name, kind, number and state) and a
 * favourite toggle. Only the active row's buttons are in the tab order (roving focus).
 */
export function PartyRow({
  party,
  nested,
  active,
  current,
  own,
  favourite,
  onChoose,
  onToggleFavourite,
}: PartyRowProps) {
  const t = useT();
  const details = [
    partyDetails(party, t),
    own ? t('partyPicker.yourself') : null,
    current ? t('partyPicker.current') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        height: ROW_HEIGHT,
        pl: nested ? 3 : 0,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <ButtonBase
        data-choose=""
        tabIndex={active ? 0 : -1}
        aria-current={current ? 'true' : undefined}
        // The visible two lines as one phrase; without it the lines run together when read.
        aria-label={`${partyName(party, t)}, ${details}`}
        onClick={onChoose}
        sx={{
          flex: 1,
          minWidth: 0,
          height: '100%',
          justifyContent: 'flex-start',
          textAlign: 'left',
          px: 1.5,
          borderLeft: nested ? 2 : 0,
          borderColor: 'divider',
          bgcolor: current ? 'action.selected' : active ? 'action.hover' : undefined,
          '&:hover': { bgcolor: 'action.hover' },
        }}
      >
        <Box component="span" sx={{ minWidth: 0, width: '100%' }}>
          <Box
            component="span"
            sx={{
              ...ellipsis,
              fontSize: '1rem',
              fontWeight: 600,
              textDecoration: party.isDeleted ? 'line-through' : undefined,
            }}
          >
            {partyName(party, t)}
          </Box>
          <Box component="span" sx={{ ...ellipsis, fontSize: '0.875rem', color: 'text.secondary' }}>
            {details}
          </Box>
        </Box>
      </ButtonBase>
      <IconButton
        tabIndex={active ? 0 : -1}
        aria-pressed={favourite}
        aria-label={t('partyPicker.favourite', { name: partyName(party, t) })}
        onClick={onToggleFavourite}
        sx={{ mx: 0.5 }}
      >
        {favourite ? <StarIcon sx={{ color: 'warning.dark' }} /> : <StarBorderIcon />}
      </IconButton>
    </Box>
  );
}

/** A main unit the person reaches only through its subunits: a heading, not an option. */
export function PartyHeadingRow({ party }: { party: Party }) {
  const t = useT();
  return (
    <Box
      sx={{
        height: ROW_HEIGHT,
        px: 1.5,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box component="span" sx={{ ...ellipsis, fontSize: '1rem', fontWeight: 600 }}>
        {partyName(party, t)}
        <VisuallyHidden>,</VisuallyHidden>
      </Box>
      <Box component="span" sx={{ ...ellipsis, fontSize: '0.875rem', color: 'text.secondary' }}>
        {t('partyPicker.headingOnly')}
      </Box>
    </Box>
  );
}
