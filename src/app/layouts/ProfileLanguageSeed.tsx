import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import { profileQueryOptions } from '../../api/profile';
import { useI18n } from '../../i18n/useT';

/** Uses the Altinn profile's language, but only until the person picks one in this app. */
export function ProfileLanguageSeed({ userId }: { userId: number }) {
  const { suggestLanguage } = useI18n();
  const profile = useQuery(profileQueryOptions(userId));
  const language = profile.data?.language;
  useEffect(() => {
    if (language) suggestLanguage(language);
  }, [language, suggestLanguage]);
  return null;
}
