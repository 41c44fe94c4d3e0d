import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  /** In CSS pixels at the default text size. */
  minWidth: number;
}

/** The <select> that OutlinedInput renders in place of its <input>, with InputBase's props and ref. */
function SelectElement(props: InputBaseComponentProps) {
  // InputBase types the props it hands its element for <input>/<textarea> (handlers included);
  // they are plain DOM props, and its change handler reads only event.target.value, which a
  // <select>'s change event has too.
  return <select {...(props as SelectHTMLAttributes<HTMLSelectElement>)} />;
}

/**
 * A labelled native select. Native because it is the most robust control for keyboards, screen
 * readers and small screens, and because MUI's custom Select would pull its menu and popover
 * code into the first page's bundle. The <select> sits directly in an OutlinedInput (the field
 * the search box already loads) rather than in MUI's NativeSelect, which adds its own input
 * and select components to the first page for the same look (bundle budget, issue 7).
 */
export function SettingSelect({ label, value, onChange, children, minWidth }: Props) {
  const id = useId();
  return (
    // In rem, so the box grows with the text when people enlarge it (WCAG 1.4.4).
    <FormControl size="small" sx={{ minWidth: `${minWidth / 16}rem` }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        notched
        inputComponent={SelectElement}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        inputProps={{ children }}
        endAdornment={<ArrowDropDown aria-hidden="true" className="setting-select-icon" />}
        sx={(theme) => ({
          '& select': {
            appearance: 'none',
            cursor: 'pointer',
            userSelect: 'none',
            // Room for the arrow, which lies over the select so a click on it opens the list.
            paddingRight: '32px',
          },
          '& select option, & select optgroup': {
            backgroundColor: (theme.vars ?? theme).palette.background.paper,
          },
          '& .setting-select-icon': {
            position: 'absolute',
            right: '7px',
            top: 'calc(50% - .5em)',
            pointerEvents: 'none',
            color: (theme.vars ?? theme).palette.action.active,
          },
        })}
      />
    </FormControl>
  );
}
