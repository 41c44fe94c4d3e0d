import AppBar from '@mui/material/AppBar';
import type { ReactNode } from 'react';

/** The banner strip every page shares, signed in or not, so both headers keep one look. */
export function BannerBar({ children }: { children: ReactNode }) {
  return (
    <AppBar
      position="static"
      color="default"
      elevation={0}
      sx={{
        bgcolor: 'background.paper',
        color: 'text.primary',
        borderTop: 4,
        borderTopColor: 'primary.main',
        borderBottom: 1,
        borderBottomColor: 'divider',
      }}
    >
      {children}
    </AppBar>
  );
}
