import { useId, useState } from 'react';

import { useT } from '../i18n/useT';
import { isoToTypedDay, typedDayToIso } from '../lib/typedDay';
import { OutlinedFrame } from './OutlinedFrame';

/**
 * A date typed as dd.mm.yyyy (see typedDay.ts), whatever the browser's own locale. The day is
 * applied when the field is left or Enter is pressed; a day that cannot be read stays in the
 * field with a message saying how to write it, and `value` keeps the last good one (`onReadable`
 * tells a form that must not go on with it).
 */
export function DayField({
  label,
  value,
  onChange,
  onReadable,
}: {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
  /** Whether the typed text could be read as a day, each time it is applied. */
  onReadable?: (readable: boolean) => void;
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
    onReadable?.(day !== 'invalid');
    if (day === 'invalid') return setInvalid(true);
    setInvalid(false);
    if (day !== value) onChange(day);
  };
  return (
    <OutlinedFrame
      controlId={id}
      label={label}
      shrink
      error={invalid}
      helper={{
        id: `${id}-help`,
        text: invalid ? t('mb.filter.dayInvalid') : t('mb.filter.dayFormat'),
        hidden: !invalid,
      }}
      sx={{ width: invalid ? 280 : 150, maxWidth: '100%' }}
    >
      <input
        id={id}
        className="outlined-control"
        value={text}
        placeholder={t('mb.filter.dayFormat')}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
        inputMode="numeric"
        autoComplete="off"
        aria-describedby={`${id}-help`}
        aria-invalid={invalid}
      />
    </OutlinedFrame>
  );
}
