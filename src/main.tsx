import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { configureApiClient } from './api/client';
import { configureOrgs } from './api/orgs';
import { App } from './app/App';
import { AppThemeProvider } from './app/AppThemeProvider';
import { loadConfig } from './app/loadConfig';
import { createQueryClient } from './app/queryClient';
import { initAuth } from './auth/session';
import { configureInstanceView } from './features/instance/instanceConfig';
import { I18nProvider } from './i18n/I18nProvider';
import { initialLanguage } from './i18n/languageCodes';
import { loadMessages } from './i18n/loadMessages';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// Nothing renders before the runtime config is known to be valid: a half-configured app could
// send people to the wrong identity provider.
// A remembered nynorsk or English is fetched alongside the config, so the first render has its
// texts; a failure here is handled by I18nProvider (it falls back to bokmål).
const [loaded] = await Promise.all([
  loadConfig(),
  loadMessages(initialLanguage().language).catch(() => undefined),
]);
if (loaded.ok) {
  const { basePath, requestTimeoutSeconds } = loaded.config.platform;
  configureApiClient({
    basePath,
    requestTimeoutMs: requestTimeoutSeconds === undefined ? undefined : requestTimeoutSeconds * 1000,
  });
  configureInstanceView({ appLinkPattern: loaded.config.appLinkPattern });
  if (loaded.config.orgsUrl) configureOrgs({ url: loaded.config.orgsUrl });
  initAuth(loaded.config);
  const queryClient = createQueryClient();
  root.render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
} else {
  // Only a broken deployment needs this page; keep it out of the normal bundle.
  const { ConfigErrorPage } = await import('./components/ConfigErrorPage');
  root.render(
    <StrictMode>
      <I18nProvider>
        <AppThemeProvider>
          <ConfigErrorPage failure={loaded.failure} />
        </AppThemeProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
