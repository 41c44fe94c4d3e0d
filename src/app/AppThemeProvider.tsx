import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';

import { useSystemMedia, useThemePreference } from '../lib/themePreference';
import { createAppTheme } from './theme';

/** Light or dark: the person's choice, else the system's; motion as the system asks. */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const preference = useThemePreference();
  const systemDark = useSystemMedia('(prefers-color-scheme: dark)');
  const reducedMotion = useSystemMedia('(prefers-reduced-motion: reduce)');
  const mode = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  const theme = useMemo(() => createAppTheme(mode, reducedMotion), [mode, reducedMotion]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
