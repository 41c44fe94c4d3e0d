import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

import { useT } from '../../i18n/useT';
import { useOnline } from './useOnline';
import { useRateLimitWait } from './useRateLimitWait';

/**
 * Says when the app is offline (and that it will carry on by itself) or held back by a 429. The
 * live region is always in the page, empty when all is well, so screen readers announce the
 * message when it appears; `polite`, because it must not cut off what the person is reading.
 */
export function ConnectivityBanner() {
  const t = useT();
  const online = useOnline();
  const waitSeconds = useRateLimitWait();
  return (
    <Box role="status" aria-live="polite" data-testid="connectivity-banner">
      {!online ? (
        <Alert severity="warning" variant="outlined" icon={<CloudOffOutlined />} sx={{ mb: 2 }}>
          {t('connectivity.offline')}
        </Alert>
      ) : waitSeconds > 0 ? (
        <Alert severity="info" variant="outlined" icon={<HourglassEmptyOutlined />} sx={{ mb: 2 }}>
          {t('connectivity.rateLimited', { seconds: waitSeconds })}
        </Alert>
      ) : null}
    </Box>
  );
}
