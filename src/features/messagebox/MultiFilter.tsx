import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useId, useRef, useState, type RefObject } from 'react';

import { CheckboxLabel } from '../../components/CheckboxControl';
import { useT } from '../../i18n/useT';
import { useDocumentListener } from '../../lib/useDocumentListener';

export interface FilterChoice {
  value: string;
  label: string;
}

const SUMMARY_NAMES = 2;
/** MUI Paper's white overlay at elevation 4 in the dark theme (getOverlayAlpha(4)). */
const DARK_OVERLAY = 'linear-gradient(rgba(255, 255, 255, 0.092), rgba(255, 255, 255, 0.092))';

/**
 * Calls `onAway` when a pointer goes down outside `root` while `active`. A few lines instead of
 * MUI's ClickAwayListener, which the first inbox page would otherwise carry (issue 7).
 */
function usePointerAway(root: RefObject<HTMLElement | null>, active: boolean, onAway: () => void) {
  useDocumentListener(
    'pointerdown',
    (event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) onAway();
    },
    active,
  );
}

/**
 * A filter that takes several values (service owners, apps): a button naming what is chosen
 * that opens a group of checkboxes beneath it (a disclosure, not a popup menu: plain Tab and
 * Space work inside, and it costs no popover code on the first inbox page). The URL holds the
 * values; this control only shows them and reports each change, so the URL stays the single
 * source of truth. A value in the URL that is not among the choices is still listed, by its code.
 */
export function MultiFilter({
  label,
  allLabel,
  choices,
  values,
  onChange,
}: {
  label: string;
  /** What the button says when nothing is chosen ("Alle tenesteeigarar"). */
  allLabel: string;
  choices: readonly FilterChoice[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const known = new Set(choices.map((choice) => choice.value));
  const all = [
    ...values.filter((value) => !known.has(value)).map((value) => ({ value, label: value })),
    ...choices,
  ];
  const chosen = all.filter((choice) => values.includes(choice.value)).map((choice) => choice.label);
  const summary =
    chosen.length === 0
      ? allLabel
      : chosen.length <= SUMMARY_NAMES
        ? chosen.join(', ')
        : `${chosen.slice(0, SUMMARY_NAMES).join(', ')} ${t('mb.filter.more', { count: chosen.length - SUMMARY_NAMES })}`;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  usePointerAway(root, open, () => close(false));

  return (
    <Box
      ref={root}
      sx={{ position: 'relative', maxWidth: '100%' }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <Button
        ref={button}
        variant="outlined"
        color="inherit"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        endIcon={open ? <ExpandLess aria-hidden /> : <ExpandMore aria-hidden />}
        sx={{
          maxWidth: '100%',
          textTransform: 'none',
          justifyContent: 'space-between',
          borderColor: 'text.secondary',
          fontWeight: 400,
        }}
      >
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {label}
          </Box>
          {`: ${summary}`}
        </Box>
      </Button>
      <Box
        id={panelId}
        role="group"
        aria-label={label}
        hidden={!open}
        sx={(theme) => ({
          bgcolor: 'background.paper',
          color: 'text.primary',
          boxShadow: 4,
          borderRadius: 1,
          backgroundImage: theme.palette.mode === 'dark' ? DARK_OVERLAY : undefined,
          position: 'absolute',
          zIndex: 'modal',
          top: '100%',
          left: 0,
          mt: 0.5,
          minWidth: 260,
          maxWidth: 'min(420px, calc(100vw - 32px))',
          maxHeight: 320,
          overflowY: 'auto',
          py: 1,
          px: 2,
          display: open ? 'flex' : 'none',
          flexDirection: 'column',
        })}
      >
        {all.length === 0 && <Box sx={{ py: 1 }}>{t('mb.filter.noOptions')}</Box>}
        {all.map((choice) => (
          <CheckboxLabel
            key={choice.value}
            label={choice.label}
            size="small"
            checked={values.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
        ))}
        {values.length > 0 && (
          <Button size="small" sx={{ alignSelf: 'flex-start', mt: 1 }} onClick={() => onChange([])}>
            {t('mb.filter.clearChoice')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
