import { useEffect } from 'react';

import { useT } from '../i18n/useT';

/** Sets `document.title` to "{page} – Innboks" so tabs, history and screen readers say where you are. */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
