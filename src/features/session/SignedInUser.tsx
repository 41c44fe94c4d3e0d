import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import { useIdentity } from '../../auth/useSession';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useT } from '../../i18n/useT';
import { maskIdentityNumber } from '../../lib/maskIdentityNumber';

/** Who is signed in, for the header. The identity number is always masked. */
export function SignedInUser({ name }: { name: string }) {
  const t = useT();
  const identity = useIdentity();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="p" sx={{ opacity: 0.85 }}>
        {t('header.signedInAs')}
      </Typography>
      <Typography component="p" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {name}
        {identity.pid && (
          <Typography component="span" variant="body2" sx={{ display: 'block', fontWeight: 400 }}>
            <span aria-hidden="true">{maskIdentityNumber(identity.pid)}</span>
            <VisuallyHidden>
              {t('header.identityNumber', { masked: maskIdentityNumber(identity.pid).slice(0, 6) })}
            </VisuallyHidden>
          </Typography>
        )}
      </Typography>
    </Box>
  );
}
