import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  minWidth: number;
}

/**
 * A labelled native select. Native because it is the most robust control for keyboards, screen
 * readers and small screens, and because MUI's custom Select would pull its menu and popover
 * code into the first page's bundle.
 */
export function SettingSelect({ label, value, onChange, children, minWidth }: Props) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        value={value}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput id={id} label={label} notched />}
      >
        {children}
      </NativeSelect>
    </FormControl>
  );
}
