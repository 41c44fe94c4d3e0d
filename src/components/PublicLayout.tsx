import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { useT } from '../i18n/useT';
import { AppFooter } from './AppFooter';
import { BannerBar } from './BannerBar';
import { LanguagePicker } from './LanguagePicker';
import { MAIN_ID, SkipLink } from './SkipLink';
import { ThemePicker } from './ThemePicker';

/** The frame for pages shown without a session (signed out, errors, broken config). */
export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <BannerBar>
        <Container
          maxWidth="md"
          sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, py: 1.5 }}
        >
          <Typography component="p" variant="h6" sx={{ flexGrow: 1, fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', pt: 1 }}>
            <LanguagePicker />
            <ThemePicker />
          </Box>
        </Container>
      </BannerBar>
      <Container component="main" id={MAIN_ID} tabIndex={-1} maxWidth="md" sx={{ py: 4 }}>
        {children}
      </Container>
      <AppFooter maxWidth="md" />
    </>
  );
}
