import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import { Link as RouterLink, useInRouterContext } from 'react-router';

import { useT } from '../i18n/useT';

export const ACCESSIBILITY_PATH = '/accessibility';

/**
 * The page footer, the same on every page signed in or not: it carries the link to the
 * accessibility statement, which is also where people learn how to report a problem (WCAG 3.2.6
 * wants that help in the same place everywhere).
 */
export function AppFooter({ maxWidth }: { maxWidth: 'md' | 'lg' }) {
  const t = useT();
  // The broken-config page renders before (and without) the router; a plain link does there.
  const inRouter = useInRouterContext();
  return (
    <Box component="footer" sx={{ borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper', mt: 4 }}>
      <Container maxWidth={maxWidth} sx={{ py: 2 }}>
        <nav aria-label={t('footer.label')}>
          {inRouter ? (
            <Link component={RouterLink} to={ACCESSIBILITY_PATH}>
              {t('footer.accessibility')}
            </Link>
          ) : (
            <Link href={ACCESSIBILITY_PATH}>{t('footer.accessibility')}</Link>
          )}
        </nav>
      </Container>
    </Box>
  );
}
