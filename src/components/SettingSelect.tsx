import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { useId, type ReactNode } from 'react';

import { OutlinedFrame } from './OutlinedFrame';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  /** In CSS pixels at the default text size. */
  minWidth: number;
}

/**
 * A labelled native select. Native because it is the most robust control for keyboards, screen
 * readers and small screens, and because MUI's custom Select would pull its menu and popover
 * code into the first page's bundle. It sits in OutlinedFrame (the search box's outlined look)
 * rather than in MUI's OutlinedInput or NativeSelect, which bring InputBase and its friends to
 * the first page for the same look (bundle budget, issue 7).
 */
export function SettingSelect({ label, value, onChange, children, minWidth }: Props) {
  const id = useId();
  return (
    <OutlinedFrame
      controlId={id}
      label={label}
      shrink
      // In rem, so the box grows with the text when people enlarge it (WCAG 1.4.4).
      sx={(theme) => ({
        minWidth: `${minWidth / 16}rem`,
        '& select.outlined-control': {
          appearance: 'none',
          cursor: 'pointer',
          userSelect: 'none',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          // Room for the arrow, which lies over the select so a click on it opens the list (32 px),
          // and the 14 px OutlinedInput kept after its end adornment: the same width as before.
          paddingRight: '46px',
        },
        '& select option, & select optgroup': { backgroundColor: theme.palette.background.paper },
        '& .setting-select-icon': {
          position: 'absolute',
          right: '7px',
          top: 'calc(50% - .5em)',
          pointerEvents: 'none',
          color: theme.palette.action.active,
        },
      })}
    >
      <select
        id={id}
        className="outlined-control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      <ArrowDropDown aria-hidden="true" className="setting-select-icon" />
    </OutlinedFrame>
  );
}
