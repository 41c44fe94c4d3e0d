import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type ChangeEvent, type InputHTMLAttributes } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  type?: 'text' | 'search' | 'date';
  /** Keep the label above the field even when empty (a date field shows its own placeholder). */
  shrink?: boolean;
  htmlInput?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
  sx?: SxProps<Theme>;
}

/**
 * A small outlined, labelled text field: MUI's TextField looks the same but carries its select
 * mode (Select, Menu, Popover, Modal) into every page that uses it, about 19 kB gzip on the first
 * inbox page (bundle budget, issue 7).
 */
export function OutlinedField({ label, value, onChange, type = 'text', shrink, htmlInput, sx }: Props) {
  const id = useId();
  return (
    <FormControl size="small" sx={sx}>
      <InputLabel htmlFor={id} shrink={shrink}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        type={type}
        label={label}
        notched={shrink}
        value={value}
        onChange={onChange}
        inputProps={htmlInput}
      />
    </FormControl>
  );
}
