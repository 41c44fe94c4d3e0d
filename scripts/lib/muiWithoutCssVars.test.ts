import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  CSS_VARS_STUBS,
  cssVarsModulesIn,
  exportNames,
  MUI_VERIFIED_VERSION,
  muiWithoutCssVars,
  stubFor,
  stubProblems,
  stubSource,
  type InstalledMui,
} from './muiWithoutCssVars.ts';

const THEME_PROVIDER_WITH_VARS = `
import { unstable_createCssVarsProvider as createCssVarsProvider } from '@mui/system';
const { CssVarsProvider: Internal, useColorScheme, getInitColorSchemeScript } = createCssVarsProvider({});
function Experimental_CssVarsProvider(props) { return Internal(props); }
export const CssVarsProvider = Internal;
export { useColorScheme, getInitColorSchemeScript, Experimental_CssVarsProvider };
`;
const CREATE_THEME_WITH_VARS = `
export const createGetCssVar = (prefix = 'mui') => prefix;
export default function createThemeWithVars(options = {}) { return options; }
`;

/** A fake @mui/material shaped like 9.5.0 where it matters. */
function fakeMui(overrides: Partial<InstalledMui> & { files?: Record<string, string> } = {}): InstalledMui {
  const files: Record<string, string> = overrides.files ?? {
    'styles/createThemeWithVars.mjs': CREATE_THEME_WITH_VARS,
    'styles/ThemeProviderWithVars.mjs': THEME_PROVIDER_WITH_VARS,
  };
  return {
    version: overrides.version ?? MUI_VERIFIED_VERSION,
    read: overrides.read ?? ((path) => files[path]),
  };
}

describe('the guard on MUI upgrades', () => {
  it('accepts the MUI shape the stubs were written for', () => {
    expect(stubProblems(fakeMui())).toEqual([]);
  });

  it('accepts the MUI that is installed (fails here first when someone upgrades it)', () => {
    const manifest = createRequire(import.meta.url).resolve('@mui/material/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    const read = (path: string) => readFileSync(join(dirname(manifest), path), 'utf8');
    expect(stubProblems({ version, read })).toEqual([]);
  });

  it('refuses another MUI version until someone re-reads createTheme and ThemeProvider', () => {
    const problems = stubProblems(fakeMui({ version: '9.6.0' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/9\.6\.0.*verified against 9\.5\.0/);
  });

  it('refuses when MUI moved or renamed a stubbed module', () => {
    const problems = stubProblems(
      fakeMui({ files: { 'styles/ThemeProviderWithVars.mjs': THEME_PROVIDER_WITH_VARS } }),
    );
    expect(problems).toEqual([
      '@mui/material/styles/createThemeWithVars.mjs no longer exists: MUI moved or renamed it.',
    ]);
  });

  it('refuses when a stubbed module gained or lost an export', () => {
    const problems = stubProblems(
      fakeMui({
        files: {
          'styles/createThemeWithVars.mjs': `${CREATE_THEME_WITH_VARS}\nexport const extra = 1;`,
          'styles/ThemeProviderWithVars.mjs': 'export const CssVarsProvider = () => null;',
        },
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('exports createGetCssVar, default, extra');
    expect(problems[1]).toContain('exports CssVarsProvider, the stub');
  });
});

describe('the stubs', () => {
  it('export exactly what the real modules export, and every export throws saying why', async () => {
    for (const stub of CSS_VARS_STUBS) {
      const source = stubSource(stub);
      expect(exportNames(stub.path, source)).toEqual([...stub.exports].sort());
      const module = (await import(
        `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
      )) as Record<string, () => unknown>;
      for (const name of stub.exports) {
        expect(() => module[name]?.()).toThrow(/CSS theme variables are not in this build/);
      }
    }
  });

  it("replace only MUI material's own modules, whatever the path separator", () => {
    expect(stubFor('/w/node_modules/@mui/material/styles/createThemeWithVars.mjs')?.path).toBe(
      'styles/createThemeWithVars.mjs',
    );
    expect(stubFor('C:\\w\\node_modules\\@mui\\material\\styles\\ThemeProviderWithVars.mjs')?.path).toBe(
      'styles/ThemeProviderWithVars.mjs',
    );
    expect(stubFor('/w/node_modules/@mui/material/styles/createThemeNoVars.mjs')).toBeUndefined();
    expect(stubFor('/w/src/styles/createThemeWithVars.mjs')).toBeUndefined();
  });
});

describe('the bundled-modules check', () => {
  it('names CSS-variables-only modules that reached a chunk, but not the stubbed ones', () => {
    expect(
      cssVarsModulesIn([
        '/w/node_modules/@mui/material/styles/createThemeWithVars.mjs',
        '/w/node_modules/@mui/material/styles/createThemeNoVars.mjs',
        '/w/node_modules/@mui/system/cssVars/createCssVarsProvider.mjs',
        '/w/node_modules/@mui/material/InitColorSchemeScript/InitColorSchemeScript.mjs',
        '/w/node_modules/@mui/material/styles/shouldSkipGeneratingVar.mjs',
        '/w/src/app/theme.ts',
      ]),
    ).toEqual([
      '/w/node_modules/@mui/material/InitColorSchemeScript/InitColorSchemeScript.mjs',
      '/w/node_modules/@mui/material/styles/shouldSkipGeneratingVar.mjs',
      '/w/node_modules/@mui/system/cssVars/createCssVarsProvider.mjs',
    ]);
  });
});

describe('the plugin in a build', () => {
  // The hooks as the bundler calls them; they use no plugin context.
  type Hook = (...args: unknown[]) => unknown;
  const hook = (value: unknown): Hook => {
    if (typeof value !== 'function') throw new Error('expected a function hook');
    return value as Hook;
  };
  const chunk = (moduleIds: string[]) => ({ 'assets/index.js': { type: 'chunk', moduleIds } });
  const node = (path: string) => `${process.cwd()}/node_modules/@mui/${path}`;

  function build(loaded: string[], bundled: string[]): void {
    const plugin = muiWithoutCssVars();
    hook(plugin.buildStart)();
    for (const id of loaded) hook(plugin.load)(id);
    hook(plugin.generateBundle)({}, chunk(bundled));
  }

  it('substitutes both modules and passes a build that bundles no CSS-variables module', () => {
    const ids = CSS_VARS_STUBS.map((stub) => node(`material/${stub.path}`));
    const plugin = muiWithoutCssVars();
    expect(hook(plugin.load)(ids[0])).toEqual({ code: stubSource(CSS_VARS_STUBS[0]!), map: null });
    expect(hook(plugin.load)(node('material/styles/createThemeNoVars.mjs'))).toBeNull();
    expect(() => build(ids, [...ids, node('material/styles/createThemeNoVars.mjs')])).not.toThrow();
  });

  it('fails the build when a CSS-variables module is bundled another way', () => {
    const ids = CSS_VARS_STUBS.map((stub) => node(`material/${stub.path}`));
    expect(() => build(ids, [...ids, node('system/cssVars/prepareCssVars.mjs')])).toThrow(
      /cssVars\/prepareCssVars\.mjs is bundled although it exists only for CSS theme variables/,
    );
  });

  it('fails the build when MUI no longer loads a stubbed module', () => {
    const first = node(`material/${CSS_VARS_STUBS[0]!.path}`);
    expect(() => build([first], [first])).toThrow(/ThemeProviderWithVars\.mjs was never loaded/);
  });
});
