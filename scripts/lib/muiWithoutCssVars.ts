/**
 * Build plugin: MUI without its CSS theme variables (issue 7, about 7 kB gzip off the first page).
 *
 * The app's theme is a plain `createTheme({ palette: { mode } })` (src/app/theme.ts): no
 * `cssVariables`, no `colorSchemes`. MUI 9 still ships the CSS-variables machinery to every page,
 * because two of its modules import it unconditionally and no public entry point avoids them:
 *
 * - `styles/createTheme.mjs` imports `createThemeWithVars` (and every component reaches
 *   createTheme through `styles/defaultTheme.mjs`); it is only called for `cssVariables: true`.
 * - `styles/ThemeProvider.mjs` imports `CssVarsProvider` from `ThemeProviderWithVars`; it only
 *   renders it for a theme that has `colorSchemes`.
 *
 * The package's "exports" map offers no ThemeProviderNoVars or createThemeNoVars, so this plugin
 * substitutes those two modules in the production build with stubs that export the same names,
 * each throwing a clear error if ever called. src/app/theme.test.ts proves the app's theme takes
 * the no-variables paths. Dev and unit tests run the real modules (the plugin applies to builds).
 *
 * Guarded, so a MUI upgrade can neither ship the machinery again silently nor break at runtime:
 * the build fails unless MUI is the version these two facts were read from, both modules exist
 * with exactly the exports the stubs provide, both were substituted, and no module that exists
 * only for CSS variables (`@mui/system/cssVars`, `InitColorSchemeScript`, …) is in any chunk.
 * After an upgrade: re-read the two modules named above, adjust the stubs, bump the version.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { parseSync, type Plugin } from 'vite';

/** The @mui/material version whose createTheme and ThemeProvider were read for the facts above. */
export const MUI_VERIFIED_VERSION = '9.5.0';

export interface ModuleStub {
  /** Path inside the @mui/material package. */
  path: string;
  /** Every export of the real module, `default` for the default export, sorted. */
  exports: readonly string[];
}

export const CSS_VARS_STUBS: readonly ModuleStub[] = [
  { path: 'styles/createThemeWithVars.mjs', exports: ['createGetCssVar', 'default'] },
  {
    path: 'styles/ThemeProviderWithVars.mjs',
    exports: [
      'CssVarsProvider',
      'Experimental_CssVarsProvider',
      'getInitColorSchemeScript',
      'useColorScheme',
    ],
  },
];

/** Modules that exist only for CSS theme variables: with the stubs in place none may be bundled. */
export const CSS_VARS_ONLY_MODULES: readonly RegExp[] = [
  /\/@mui\/system\/(esm\/)?cssVars\//,
  /\/@mui\/(system|material)\/(esm\/)?InitColorSchemeScript\//,
  /\/@mui\/material\/(esm\/)?styles\/(createThemeWithVars|ThemeProviderWithVars|createGetSelector|shouldSkipGeneratingVar|excludeVariablesFromRoot)\.m?js$/,
];

const PLUGIN_FILE = 'scripts/lib/muiWithoutCssVars.ts';

/** The names a module exports (`default` for the default export), sorted. */
export function exportNames(filename: string, source: string): string[] {
  const { module, errors } = parseSync(filename, source);
  if (errors.length > 0) throw new Error(`${filename} does not parse: ${errors[0]?.message ?? ''}`);
  const names = module.staticExports.flatMap((statement) =>
    statement.entries.map((entry) =>
      entry.exportName.kind === 'Default' ? 'default' : (entry.exportName.name ?? '*'),
    ),
  );
  return [...new Set(names)].sort();
}

export interface InstalledMui {
  version: string;
  /** The source of a file inside the package, or undefined when it does not exist. */
  read: (path: string) => string | undefined;
}

/** What keeps the stubs from being safe with the MUI that is installed; empty when they are. */
export function stubProblems(mui: InstalledMui, stubs: readonly ModuleStub[] = CSS_VARS_STUBS): string[] {
  const problems: string[] = [];
  if (mui.version !== MUI_VERIFIED_VERSION) {
    problems.push(
      `@mui/material is ${mui.version}, but the stubs were verified against ${MUI_VERIFIED_VERSION}: check that createTheme only calls createThemeWithVars for cssVariables and ThemeProvider only renders CssVarsProvider for colorSchemes, then update MUI_VERIFIED_VERSION.`,
    );
  }
  for (const stub of stubs) {
    const source = mui.read(stub.path);
    if (source === undefined) {
      problems.push(`@mui/material/${stub.path} no longer exists: MUI moved or renamed it.`);
      continue;
    }
    const actual = exportNames(stub.path, source);
    if (actual.join(',') !== [...stub.exports].sort().join(',')) {
      problems.push(
        `@mui/material/${stub.path} exports ${actual.join(', ')}, the stub ${stub.exports.join(', ')}.`,
      );
    }
  }
  return problems;
}

/** The stub's source: the same exports, each a function that throws saying why it is missing. */
export function stubSource(stub: ModuleStub): string {
  const lines = [
    `function unavailable() { throw new Error(${JSON.stringify(`${stub.path}: MUI's CSS theme variables are not in this build (${PLUGIN_FILE})`)}); }`,
  ];
  for (const name of stub.exports) {
    lines.push(name === 'default' ? 'export default unavailable;' : `export const ${name} = unavailable;`);
  }
  return lines.join('\n');
}

/** The stub for a module id (an absolute path, either slash), if it is one of MUI's stubbed modules. */
export function stubFor(id: string, stubs: readonly ModuleStub[] = CSS_VARS_STUBS): ModuleStub | undefined {
  const path = id.replaceAll('\\', '/').split('?')[0] ?? '';
  return stubs.find((stub) => path.endsWith(`/node_modules/@mui/material/${stub.path}`));
}

/** Bundled module ids that exist only for CSS variables (stubbed modules are not counted). */
export function cssVarsModulesIn(moduleIds: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const id of moduleIds) {
    const path = id.replaceAll('\\', '/');
    if (stubFor(path)) continue;
    if (CSS_VARS_ONLY_MODULES.some((pattern) => pattern.test(path))) found.add(path);
  }
  return [...found].sort();
}

function installedMui(root: string): InstalledMui {
  const manifestPath = createRequire(join(root, 'package.json')).resolve('@mui/material/package.json');
  const dir = dirname(manifestPath);
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  return {
    version,
    read: (path) => {
      try {
        return readFileSync(join(dir, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export function muiWithoutCssVars(): Plugin {
  let root = process.cwd();
  const substituted = new Set<string>();
  const fail = (problems: string[]): never => {
    throw new Error(
      `${PLUGIN_FILE}: MUI's CSS-variables modules cannot be left out safely:\n- ${problems.join('\n- ')}`,
    );
  };
  return {
    name: 'innboks:mui-without-css-vars',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      substituted.clear();
      const problems = stubProblems(installedMui(root));
      if (problems.length > 0) fail(problems);
    },
    load(id) {
      const stub = stubFor(id);
      if (!stub) return null;
      substituted.add(stub.path);
      return { code: stubSource(stub), map: null };
    },
    generateBundle(_options, bundle) {
      const problems: string[] = [];
      for (const stub of CSS_VARS_STUBS) {
        if (!substituted.has(stub.path)) {
          problems.push(
            `@mui/material/${stub.path} was never loaded: MUI now reaches its CSS variables another way; find it and stub that instead.`,
          );
        }
      }
      const moduleIds = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk' ? item.moduleIds : [],
      );
      for (const id of cssVarsModulesIn(moduleIds)) {
        problems.push(`${id} is bundled although it exists only for CSS theme variables.`);
      }
      if (problems.length > 0) fail(problems);
    },
  };
}
