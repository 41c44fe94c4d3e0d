import { createTheme, type Theme } from '@mui/material/styles';

/**
 * Colours chosen for WCAG AA on their backgrounds: primary #0058a8 on white is 7.1:1 and white
 * on it the same; in dark mode #9fd0ff on #121212 is 11:1. Secondary text keeps MUI's
 * alpha values, which stay above 4.5:1 on both backgrounds used here.
 */
export function createAppTheme(mode: 'light' | 'dark'): Theme {
  const light = mode === 'light';
  return createTheme({
    palette: {
      mode,
      primary: light
        ? { main: '#0058a8', contrastText: '#ffffff' }
        : { main: '#9fd0ff', contrastText: '#0b1a29' },
      background: light ? { default: '#f3f5f7', paper: '#ffffff' } : { default: '#121212', paper: '#1d1f21' },
      error: light ? { main: '#b3261e' } : { main: '#ffb4ab' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      h1: { fontSize: '2rem', fontWeight: 600 },
      h2: { fontSize: '1.35rem', fontWeight: 600 },
    },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          // A focus ring that is visible on every background: it takes the element's own text colour.
          '*:focus-visible': { outline: '3px solid currentColor', outlineOffset: '2px' },
          // Headings and main receive focus programmatically (route change, skip link); no ring there.
          '[tabindex="-1"]:focus': { outline: 'none' },
        },
      },
      // ButtonBase resets outline in its own class, which beats the global rule above.
      MuiButtonBase: {
        styleOverrides: {
          root: { '&.Mui-focusVisible': { outline: '3px solid currentColor', outlineOffset: '2px' } },
        },
      },
      // Sentence case reads better than capitals, in Norwegian as in English.
      MuiButton: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
      MuiLink: { defaultProps: { underline: 'always' } },
    },
  });
}
