import TextField from '@mui/material/TextField';

import { useT } from '../i18n/useT';
import { setThemePreference, THEME_PREFERENCES, useThemePreference } from '../lib/themePreference';

export function ThemePicker() {
  const t = useT();
  const preference = useThemePreference();
  return (
    <TextField
      select
      size="small"
      label={t('header.theme')}
      value={preference}
      onChange={(event) => {
        const value = THEME_PREFERENCES.find((p) => p === event.target.value);
        if (value) setThemePreference(value);
      }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 128 }}
    >
      {THEME_PREFERENCES.map((value) => (
        <option key={value} value={value}>
          {t(`theme.${value}`)}
        </option>
      ))}
    </TextField>
  );
}
