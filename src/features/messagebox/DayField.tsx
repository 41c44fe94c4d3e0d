import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, useState } from 'react';

import { useT } from '../../i18n/useT';
import { isoToTypedDay, typedDayToIso } from './typedDay';

/**
 * A date typed as dd.mm.yyyy (see typedDay.ts), whatever the browser's own locale. The day is
 * applied when the field is left or Enter is pressed; a day that cannot be read stays in the
 * field with a message saying how to write it, and the URL keeps the last good one.
 */
export function DayField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(() => isoToTypedDay(value));
  const [shownFor, setShownFor] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // The URL changed from elsewhere (a quick pick, the back button): show its day.
  if (shownFor !== value) {
    setShownFor(value);
    setText(isoToTypedDay(value));
    setInvalid(false);
  }
  const apply = () => {
    const day = typedDayToIso(text);
    if (day === 'invalid') return setInvalid(true);
    setInvalid(false);
    if (day !== value) onChange(day);
  };
  return (
    <FormControl size="small" error={invalid} sx={{ width: invalid ? 280 : 150, maxWidth: '100%' }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        notched
        value={text}
        placeholder={t('mb.filter.dayFormat')}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
        inputProps={{
          inputMode: 'numeric',
          autoComplete: 'off',
          'aria-describedby': `${id}-help`,
        }}
      />
      <FormHelperText id={`${id}-help`} sx={invalid ? undefined : { position: 'absolute', left: -10000 }}>
        {invalid ? t('mb.filter.dayInvalid') : t('mb.filter.dayFormat')}
      </FormHelperText>
    </FormControl>
  );
}
