import Box from '@mui/material/Box';
import { alpha, keyframes } from '@mui/material/styles';

import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useT } from '../../i18n/useT';

const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

/**
 * One grey text line in the look of MUI's text Skeleton (its colour, rounding, height from the
 * font size and pulse, still when the system asks for less motion). Our own: MUI's Skeleton is
 * about 1 kB gzip on the first inbox page for these few lines (bundle budget, issue 7).
 */
function Line({ width, fontSize }: { width?: string; fontSize: string }) {
  return (
    <Box
      component="span"
      sx={(theme) => {
        const radius = Number(theme.shape.borderRadius);
        return {
          display: 'block',
          width,
          fontSize,
          transformOrigin: '0 55%',
          transform: 'scale(1, 0.60)',
          borderRadius: `${radius}px/${Math.round((radius / 0.6) * 10) / 10}px`,
          backgroundColor: alpha(theme.palette.text.primary, theme.palette.mode === 'light' ? 0.11 : 0.13),
          animation: `${pulse} 2s ease-in-out 0.5s infinite`,
          '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
          '&:empty:before': { content: '"\\00a0"' },
        };
      }}
    />
  );
}

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
            <Line width="60%" fontSize="1rem" />
            <Line width="80%" fontSize="0.875rem" />
            <Line width="40%" fontSize="0.875rem" />
          </Box>
          <Line fontSize="0.875rem" />
        </Box>
      ))}
    </Box>
  );
}
