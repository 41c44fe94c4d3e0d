import CheckBox from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlank from '@mui/icons-material/CheckBoxOutlineBlank';
import IndeterminateCheckBox from '@mui/icons-material/IndeterminateCheckBox';
import Box from '@mui/material/Box';
import { alpha, type SxProps, type Theme } from '@mui/material/styles';
import { useEffect, useRef, type ChangeEvent, type ReactNode } from 'react';

export interface CheckboxControlProps {
  checked: boolean;
  /** "Some of them": drawn as a dash and exposed as mixed (the native property is set). */
  indeterminate?: boolean;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  size?: 'small' | 'medium';
  /** The accessible name when there is no visible label around it. */
  'aria-label'?: string;
}

/**
 * A native checkbox drawn like MUI's Checkbox: the same icons in the same 38/42 px round target,
 * the real <input> invisible on top of them, so keyboard, screen readers, forms and Playwright's
 * check() all meet a plain checkbox. Our own because MUI's Checkbox brings SwitchBase,
 * FormControlLabel and the ripple to the first inbox page (bundle budget, issue 7).
 */
export function CheckboxControl({
  checked,
  indeterminate = false,
  disabled = false,
  onChange,
  size = 'medium',
  'aria-label': ariaLabel,
}: CheckboxControlProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const Icon = indeterminate ? IndeterminateCheckBox : checked ? CheckBox : CheckBoxOutlineBlank;
  return (
    <Box
      component="span"
      sx={(theme) => {
        const on = checked || indeterminate;
        return {
          position: 'relative',
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
          p: '9px',
          borderRadius: '50%',
          verticalAlign: 'middle',
          cursor: disabled ? 'default' : 'pointer',
          color: disabled
            ? theme.palette.action.disabled
            : on
              ? theme.palette.primary.main
              : theme.palette.text.secondary,
          '& svg': { fontSize: size === 'small' ? '1.25rem' : '1.5rem' },
          // The same ring as every other control (theme.ts), round like the target.
          '&:has(input:focus-visible)': { outline: '3px solid currentColor', outlineOffset: '2px' },
          ...(!disabled && {
            '@media (hover: hover)': {
              '&:hover': {
                backgroundColor: alpha(
                  on ? theme.palette.primary.main : theme.palette.action.active,
                  theme.palette.action.hoverOpacity,
                ),
              },
            },
          }),
        };
      }}
    >
      <Box
        component="input"
        ref={input}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={onChange}
        aria-label={ariaLabel}
        sx={{
          position: 'absolute',
          inset: 0,
          width: '100%',
          height: '100%',
          m: 0,
          p: 0,
          opacity: 0,
          cursor: 'inherit',
          zIndex: 1,
        }}
      />
      <Icon aria-hidden />
    </Box>
  );
}

/**
 * A checkbox with its visible label, clickable as a whole (a <label> around both), laid out as
 * MUI's FormControlLabel: the box's padding hangs out to the left so the icon lines up with text.
 */
export function CheckboxLabel({
  label,
  sx,
  ...checkbox
}: CheckboxControlProps & { label: ReactNode; sx?: Exclude<SxProps<Theme>, readonly unknown[]> }) {
  return (
    <Box
      component="label"
      sx={[
        (theme) => ({
          display: 'inline-flex',
          alignItems: 'center',
          verticalAlign: 'middle',
          cursor: checkbox.disabled ? 'default' : 'pointer',
          ml: '-11px',
          mr: 2,
          '& > .checkbox-label': {
            ...theme.typography.body1,
            color: checkbox.disabled ? theme.palette.text.disabled : undefined,
          },
        }),
        sx ?? false,
      ]}
    >
      <CheckboxControl {...checkbox} />
      <span className="checkbox-label">{label}</span>
    </Box>
  );
}
