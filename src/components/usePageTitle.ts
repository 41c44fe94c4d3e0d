import { useEffect } from 'react';

import { useT } from '../i18n/useT';

/** Sets `document.title` to "{page} – Innboks" (just "Innboks" on the home page) so tabs, history and screen readers say where you are. */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    const appName = t('app.name');
    document.title = page === appName ? appName : t('app.documentTitle', { page });
  }, [page, t]);
}
