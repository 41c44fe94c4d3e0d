import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type ChangeEvent, type InputHTMLAttributes, type Ref } from 'react';

import { OutlinedFrame } from './OutlinedFrame';

interface Props {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  type?: 'text' | 'search' | 'date';
  /** Keep the label above the field even when empty (a date field shows its own placeholder). */
  shrink?: boolean;
  htmlInput?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
  inputRef?: Ref<HTMLInputElement>;
  sx?: Exclude<SxProps<Theme>, readonly unknown[]>;
}

/**
 * A small outlined, labelled text field: a native <input> in OutlinedFrame. MUI's TextField
 * looks the same but carries its select mode (Select, Menu, Popover, Modal) into every page that
 * uses it, and even its bare OutlinedInput stack is about 6.5 kB gzip on the first inbox page
 * (bundle budget, issue 7).
 */
export function OutlinedField({
  label,
  value,
  onChange,
  type = 'text',
  shrink = false,
  htmlInput,
  inputRef,
  sx,
}: Props) {
  const id = useId();
  return (
    <OutlinedFrame controlId={id} label={label} shrink={shrink || value !== ''} sx={sx}>
      <input
        {...htmlInput}
        ref={inputRef}
        id={id}
        type={type}
        className="outlined-control"
        value={value}
        onChange={onChange}
      />
    </OutlinedFrame>
  );
}
