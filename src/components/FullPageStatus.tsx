import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';

import { usePageTitle } from './usePageTitle';

/**
 * A neutral page for the moments between pages (signing in, signing out). It shows nothing about
 * the person, so it is also what the browser keeps if the page is cached on the way out.
 */
export function FullPageStatus({ message }: { message: string }) {
  usePageTitle(message);
  return (
    <Box component="main" id="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <CircularProgress size={28} aria-hidden="true" />
        <Typography variant="h1" sx={{ fontSize: '1.5rem', m: 0 }}>
          {message}
        </Typography>
      </Box>
    </Box>
  );
}
