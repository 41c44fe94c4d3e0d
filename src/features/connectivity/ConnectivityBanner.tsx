import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import Box from '@mui/material/Box';

import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/useT';
import { useOnline } from './useOnline';
import { useRateLimitWait } from './useRateLimitWait';

/**
 * Says when the app is offline (and that it will carry on by itself) or held back by a 429. The
 * live region is always in the page, empty when all is well, so screen readers announce the
 * message when it appears; `polite`, because it must not cut off what the person is reading (the
 * notice inside has no role of its own, so it is announced once, politely).
 */
export function ConnectivityBanner() {
  const t = useT();
  const online = useOnline();
  const waitSeconds = useRateLimitWait();
  return (
    <Box role="status" aria-live="polite" data-testid="connectivity-banner">
      {!online ? (
        <Notice severity="warning" icon={<CloudOffOutlined />} sx={{ mb: 2 }}>
          {t('connectivity.offline')}
        </Notice>
      ) : waitSeconds > 0 ? (
        <Notice severity="info" icon={<HourglassEmptyOutlined />} sx={{ mb: 2 }}>
          {t('connectivity.rateLimited', { seconds: waitSeconds })}
        </Notice>
      ) : null}
    </Box>
  );
}
