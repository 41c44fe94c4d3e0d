import { describe, expect, it } from 'vitest';

import { createAppTheme } from './theme';

// The production build leaves MUI's CSS-variables code out (scripts/lib/muiWithoutCssVars.ts):
// its stubs throw if called. MUI only calls them for a theme made with `cssVariables` or
// `colorSchemes`, so the app's theme must never have either, in any mode.
describe('the app theme needs none of MUI’s CSS theme variables', () => {
  for (const mode of ['light', 'dark'] as const) {
    for (const reducedMotion of [false, true]) {
      it(`${mode}${reducedMotion ? ', reduced motion' : ''}`, () => {
        const theme = createAppTheme(mode, reducedMotion);
        expect('colorSchemes' in theme).toBe(false);
        expect('vars' in theme && theme.vars).toBeFalsy();
        expect(theme.palette.mode).toBe(mode);
      });
    }
  }
});
