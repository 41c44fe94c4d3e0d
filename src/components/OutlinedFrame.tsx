import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

type SxObject = Exclude<SxProps<Theme>, readonly unknown[]>;

interface Props {
  /** The id of the control inside (an <input> or <select> with class `outlined-control`). */
  controlId: string;
  label: string;
  /** The label sits in the border even while the field is empty and not focused. */
  shrink: boolean;
  error?: boolean;
  /** Text under the field, tied to the control by its id (the control names it in aria-describedby). */
  helper?: { id: string; text: string; hidden?: boolean };
  /** The control, plus anything drawn over it (a select's arrow). */
  children: ReactNode;
  sx?: SxObject;
}

const EASE_OUT = 'cubic-bezier(0.0, 0, 0.2, 1)';

/**
 * The outlined look of MUI's small TextField around a native <input> or <select>: the label in a
 * notch of the border, 40 px tall, the border in the secondary text colour (3:1 on both themes,
 * theme.ts), darker on hover, primary and 2 px thick on focus with the app's focus ring around
 * the control, red with an error. MUI's own field (FormControl, InputLabel, OutlinedInput,
 * InputBase, NotchedOutline, FormHelperText, TextareaAutosize) is about 6.5 kB gzip on the first
 * inbox page for what is, here, a styled native control (bundle budget, issue 7).
 */
export function OutlinedFrame({ controlId, label, shrink, error = false, helper, children, sx }: Props) {
  return (
    <Box
      data-shrink={shrink}
      data-error={error}
      sx={[
        (theme) => {
          const { palette, transitions, typography } = theme;
          const labelMove = transitions.create(['color', 'transform', 'max-width'], {
            duration: 200,
            easing: EASE_OUT,
          });
          const shrunk = {
            '& .outlined-label': {
              transform: 'translate(14px, -9px) scale(0.75)',
              maxWidth: 'calc(133% - 32px)',
              userSelect: 'none',
            },
            '& .outlined-notch': {
              maxWidth: '100%',
              transition: transitions.create('max-width', { duration: 100, easing: EASE_OUT, delay: 50 }),
            },
          };
          return {
            display: 'inline-flex',
            flexDirection: 'column',
            position: 'relative',
            minWidth: 0,
            verticalAlign: 'top',
            '& .outlined-label': {
              ...typography.body1,
              lineHeight: '1.4375em',
              color: palette.text.secondary,
              position: 'absolute',
              left: 0,
              top: 0,
              zIndex: 1,
              pointerEvents: 'none',
              transformOrigin: 'top left',
              transform: 'translate(14px, 9px) scale(1)',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              maxWidth: 'calc(100% - 24px)',
              transition: labelMove,
            },
            '& .outlined-box': {
              ...typography.body1,
              lineHeight: '1.4375em',
              color: palette.text.primary,
              position: 'relative',
              display: 'flex',
              alignItems: 'center',
              borderRadius: `${theme.shape.borderRadius}px`,
            },
            '& .outlined-control': {
              font: 'inherit',
              letterSpacing: 'inherit',
              color: 'currentColor',
              padding: '8.5px 14px',
              border: 0,
              boxSizing: 'content-box',
              background: 'none',
              height: '1.4375em',
              margin: 0,
              display: 'block',
              minWidth: 0,
              width: '100%',
              borderRadius: 'inherit',
              '&::placeholder': { color: 'currentColor', opacity: palette.mode === 'light' ? 0.42 : 0.5 },
              // The app's focus ring (theme.ts), on the control, which fills the box.
              '&:focus': { outline: `3px solid ${palette.text.primary}`, outlineOffset: '2px' },
            },
            '& .outlined-border': {
              textAlign: 'left',
              position: 'absolute',
              inset: '-5px 0 0 0',
              m: 0,
              p: '0 8px',
              pointerEvents: 'none',
              borderRadius: 'inherit',
              borderStyle: 'solid',
              borderWidth: '1px',
              borderColor: palette.text.secondary,
              overflow: 'hidden',
              minWidth: '0%',
            },
            '& .outlined-notch': {
              float: 'unset',
              width: 'auto',
              overflow: 'hidden',
              display: 'block',
              p: 0,
              height: '11px',
              fontSize: '0.75em',
              visibility: 'hidden',
              maxWidth: '0.01px',
              transition: transitions.create('max-width', { duration: 50, easing: EASE_OUT }),
              whiteSpace: 'nowrap',
              '& > span': { px: '5px', display: 'inline-block', opacity: 0, visibility: 'visible' },
            },
            '@media (hover: hover)': {
              '&:hover .outlined-border': { borderColor: palette.text.primary },
            },
            '&[data-shrink="true"]': shrunk,
            '&:focus-within': {
              ...shrunk,
              '& .outlined-label': { ...shrunk['& .outlined-label'], color: palette.primary.main },
              '& .outlined-border': { borderColor: palette.primary.main, borderWidth: '2px' },
            },
            '&[data-error="true"]': {
              '& .outlined-label, & .outlined-help': { color: palette.error.main },
              '& .outlined-border': { borderColor: palette.error.main },
            },
            '& .outlined-help': {
              ...typography.caption,
              color: palette.text.secondary,
              textAlign: 'left',
              m: '3px 14px 0',
            },
          };
        },
        sx ?? false,
      ]}
    >
      <label className="outlined-label" htmlFor={controlId}>
        {label}
      </label>
      <div className="outlined-box">
        {children}
        <fieldset aria-hidden="true" className="outlined-border">
          <legend className="outlined-notch">
            <span>{label}</span>
          </legend>
        </fieldset>
      </div>
      {helper && (
        <Box
          component="p"
          id={helper.id}
          className="outlined-help"
          // Kept in the DOM for aria-describedby when hidden, out of sight like MUI's was.
          sx={helper.hidden ? { position: 'absolute', left: -10000 } : undefined}
        >
          {helper.text}
        </Box>
      )}
    </Box>
  );
}
