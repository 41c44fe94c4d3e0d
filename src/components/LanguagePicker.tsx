import { isLanguage, LANGUAGES } from '../i18n/languageCodes';
import { useI18n } from '../i18n/useT';
import { SettingSelect } from './SettingSelect';

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <SettingSelect
      label={t('header.language')}
      value={language}
      minWidth={116}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value);
      }}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </option>
      ))}
    </SettingSelect>
  );
}
