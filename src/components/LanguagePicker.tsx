import TextField from '@mui/material/TextField';

import { isLanguage, LANGUAGES } from '../i18n/languages';
import { useI18n } from '../i18n/useT';

/** A native select: the most robust control for keyboards, screen readers and small screens. */
export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <TextField
      select
      size="small"
      label={t('header.language')}
      value={language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) setLanguage(event.target.value);
      }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 116 }}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </option>
      ))}
    </TextField>
  );
}
