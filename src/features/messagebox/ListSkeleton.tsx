import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useT } from '../../i18n/useT';

/** Placeholder rows with the real rows' shape and height, so nothing jumps when data arrives. */
export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  const t = useT();
  return (
    <Box role="status" aria-busy="true" data-testid="list-skeleton">
      <VisuallyHidden>{t('mb.loading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, index) => (
        <Box
          key={index}
          aria-hidden
          sx={{
            display: 'grid',
            gridTemplateColumns: '14px minmax(0, 1fr) 72px',
            columnGap: 1,
            px: { xs: 1, sm: 2 },
            py: 1.5,
            borderBottom: 1,
            borderColor: 'divider',
            borderLeft: 4,
            borderLeftColor: 'transparent',
          }}
        >
          <span />
          <Box>
            <Skeleton variant="text" width="60%" sx={{ fontSize: '1rem' }} />
            <Skeleton variant="text" width="80%" sx={{ fontSize: '0.875rem' }} />
            <Skeleton variant="text" width="40%" sx={{ fontSize: '0.875rem' }} />
          </Box>
          <Skeleton variant="text" sx={{ fontSize: '0.875rem' }} />
        </Box>
      ))}
    </Box>
  );
}
