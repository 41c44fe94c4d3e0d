import { useT } from '../i18n/useT';
import { setThemePreference, THEME_PREFERENCES, useThemePreference } from '../lib/themePreference';
import { SettingSelect } from './SettingSelect';

export function ThemePicker() {
  const t = useT();
  const preference = useThemePreference();
  return (
    <SettingSelect
      label={t('header.theme')}
      value={preference}
      minWidth={128}
      onChange={(value) => {
        const choice = THEME_PREFERENCES.find((p) => p === value);
        if (choice) setThemePreference(choice);
      }}
    >
      {THEME_PREFERENCES.map((value) => (
        <option key={value} value={value}>
          {t(`theme.${value}`)}
        </option>
      ))}
    </SettingSelect>
  );
}
