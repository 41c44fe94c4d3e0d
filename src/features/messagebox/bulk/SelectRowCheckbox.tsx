import type { ChangeEvent } from 'react';

import { CheckboxControl } from '../../../components/CheckboxControl';
import { useT } from '../../../i18n/useT';

/**
 * The checkbox at the start of a row, named after the row ("Velg Skattemelding …") so a screen
 * reader user knows what they select. Shift+click (or Shift+Space) selects a range: React's
 * change event on a checkbox comes from the click, which carries the Shift state.
 */
export function SelectRowCheckbox({
  id,
  title,
  checked,
  onToggle,
}: {
  id: string;
  title: string;
  checked: boolean;
  onToggle: (id: string, range: boolean) => void;
}) {
  const t = useT();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const native = event.nativeEvent;
    onToggle(id, 'shiftKey' in native && native.shiftKey === true);
  };
  return (
    <CheckboxControl
      checked={checked}
      onChange={onChange}
      size="small"
      aria-label={t('bulk.selectRow', { title })}
    />
  );
}
