import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { BannerBar } from '../../components/BannerBar';
import { LanguagePicker } from '../../components/LanguagePicker';
import { ThemePicker } from '../../components/ThemePicker';
import { PartyPicker } from '../../features/parties/PartyPicker';
import { SignedInUser } from '../../features/session/SignedInUser';
import { SignOutButton } from '../../features/session/SignOutButton';
import { useDisplayName } from '../../features/session/useDisplayName';
import { useT } from '../../i18n/useT';

/** The banner: the service name, settings, sign-out, who is signed in and whom they act for. */
export function AppHeader() {
  const t = useT();
  const name = useDisplayName();
  return (
    <BannerBar>
      <Container maxWidth="lg" sx={{ py: 1.5 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 1.5 }}>
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            sx={{ fontWeight: 700, color: 'inherit', textDecoration: 'none', mr: 'auto' }}
          >
            {t('app.name')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1.5, order: { xs: 3, sm: 0 }, width: { xs: '100%', sm: 'auto' } }}>
            <LanguagePicker />
            <ThemePicker />
          </Box>
          <SignOutButton />
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, mt: 1.5 }}>
          <Box sx={{ minWidth: 0 }}>
            <SignedInUser name={name} />
            <Link component={RouterLink} to="/account" variant="body2" color="inherit">
              {t('account.link')}
            </Link>
          </Box>
          <PartyPicker ownName={name} />
        </Box>
      </Container>
    </BannerBar>
  );
}
