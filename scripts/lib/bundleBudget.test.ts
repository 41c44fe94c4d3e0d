import { describe, expect, it } from 'vitest';

import {
  evaluateBudget,
  filesOf,
  htmlEntryKeys,
  htmlModuleFiles,
  staticClosure,
  sumSizes,
  type ViteManifest,
} from './bundleBudget.ts';

// A tiny build: the entry imports react and a shared chunk, and lazily a route and a dialog;
// the route imports the shared chunk and a list chunk, and lazily the instance view.
const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_shared.js'],
    dynamicImports: ['src/Route.tsx', 'src/Dialog.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  'src/Route.tsx': {
    file: 'assets/Route.js',
    imports: ['_shared.js', '_list.js'],
    dynamicImports: ['src/Instance.tsx'],
    css: ['assets/Route.css'],
  },
  '_list.js': { file: 'assets/list.js', imports: ['_react.js'] },
  'src/Instance.tsx': { file: 'assets/Instance.js', imports: ['_shared.js', '_big.js'] },
  '_big.js': { file: 'assets/big.js' },
  'src/Dialog.tsx': { file: 'assets/Dialog.js', imports: ['_big.js'] },
  'src/sw.ts': { file: 'sw.js', isEntry: true, imports: ['_shared.js'] },
};

const sizes: Record<string, number> = {
  'assets/index.js': 100,
  'assets/react.js': 50,
  'assets/shared.js': 10,
  'assets/Route.js': 20,
  'assets/list.js': 5,
  'assets/Instance.js': 30,
  'assets/big.js': 1000,
  'assets/Dialog.js': 7,
  'assets/index.css': 3,
  'assets/Route.css': 2,
  'sw.js': 400,
};
const sizeOf = (file: string) => ({ file, raw: (sizes[file] ?? NaN) * 3, gzip: sizes[file] ?? NaN });

describe('staticClosure', () => {
  it('follows static imports only, each chunk once', () => {
    expect(staticClosure(manifest, ['index.html'])).toEqual(['_react.js', '_shared.js', 'index.html']);
    expect(staticClosure(manifest, ['index.html', 'src/Route.tsx'])).toEqual([
      '_list.js',
      '_react.js',
      '_shared.js',
      'index.html',
      'src/Route.tsx',
    ]);
  });

  it('refuses an unknown root, so a renamed route cannot shrink the budget to the entry', () => {
    expect(() => staticClosure(manifest, ['index.html', 'src/Renamed.tsx'])).toThrow(/src\/Renamed\.tsx/);
  });

  it('refuses a dangling import instead of ignoring it', () => {
    const broken: ViteManifest = { 'index.html': { file: 'a.js', imports: ['_gone.js'] } };
    expect(() => staticClosure(broken, ['index.html'])).toThrow(/_gone\.js/);
  });
});

describe('filesOf', () => {
  it('lists the JS of each chunk and the CSS they carry', () => {
    expect(filesOf(manifest, ['index.html', 'src/Route.tsx'])).toEqual({
      js: ['assets/Route.js', 'assets/index.js'],
      css: ['assets/Route.css', 'assets/index.css'],
    });
  });
});

describe('sumSizes', () => {
  it('adds raw and gzip bytes', () => {
    const sum = sumSizes(['assets/react.js', 'assets/list.js'], sizeOf);
    expect(sum.gzip).toBe(55);
    expect(sum.raw).toBe(165);
    expect(sum.files.map((f) => f.file)).toEqual(['assets/react.js', 'assets/list.js']);
  });
});

describe('evaluateBudget', () => {
  const roots = ['index.html', 'src/Route.tsx'];
  const exclude = ['src/sw.ts'];

  it('counts the entry and the first route with their static imports, not what loads later', () => {
    const report = evaluateBudget({ manifest, sizeOf, roots, exclude, budget: 185, target: 150 });
    expect(report.firstPage.js.gzip).toBe(100 + 50 + 10 + 20 + 5);
    expect(report.firstPage.css.gzip).toBe(5);
    expect(report.withinBudget).toBe(true);
  });

  it('fails one byte over the budget', () => {
    expect(evaluateBudget({ manifest, sizeOf, roots, exclude, budget: 184 }).withinBudget).toBe(false);
  });

  it('totals every page chunk, the service worker excluded', () => {
    const report = evaluateBudget({ manifest, sizeOf, roots, exclude });
    expect(report.total.js.gzip).toBe(100 + 50 + 10 + 20 + 5 + 30 + 1000 + 7);
    expect(report.total.js.files.map((f) => f.file)).not.toContain('sw.js');
  });
});

// Shaped like a real build whose code-splitting group captured the entry module (rolldown
// `codeSplitting.groups` with `tags: ['$initial']`): no `index.html` key, the entry is a group
// chunk without `isEntry`, and index.html loads it next to the runtime and the vendor group.
const grouped: ViteManifest = {
  '_rolldown-runtime-XKyaHtl9.js': { file: 'assets/rolldown-runtime-XKyaHtl9.js' },
  '_vendor-CKrRBYqp.js': { file: 'assets/vendor-CKrRBYqp.js', imports: ['_rolldown-runtime-XKyaHtl9.js'] },
  '_index-CXfihBoz.js': {
    file: 'assets/index-CXfihBoz.js',
    imports: ['_rolldown-runtime-XKyaHtl9.js', '_vendor-CKrRBYqp.js', '_schemas-BI8OFj_r.js'],
    dynamicImports: ['src/app/routes/MessageBoxRoute.tsx', 'src/app/routes/AccountRoute.tsx'],
  },
  '_schemas-BI8OFj_r.js': { file: 'assets/schemas-BI8OFj_r.js' },
  '_Stack-BLy7pO94.js': { file: 'assets/Stack-BLy7pO94.js', imports: ['_vendor-CKrRBYqp.js'] },
  'src/app/routes/MessageBoxRoute.tsx': {
    file: 'assets/MessageBoxRoute-BJcQi7Qo.js',
    src: 'src/app/routes/MessageBoxRoute.tsx',
    isDynamicEntry: true,
    imports: ['_index-CXfihBoz.js', '_Stack-BLy7pO94.js'],
  },
  'src/app/routes/AccountRoute.tsx': {
    file: 'assets/AccountRoute-pUu4SwPN.js',
    src: 'src/app/routes/AccountRoute.tsx',
    isDynamicEntry: true,
    imports: ['_index-CXfihBoz.js', '_big.js'],
  },
  '_big.js': { file: 'assets/big.js' },
  'src/sw/download-sw.ts': {
    file: 'download-sw.js',
    src: 'src/sw/download-sw.ts',
    isEntry: true,
    imports: ['_schemas-BI8OFj_r.js'],
  },
};
const groupedHtml = `<!doctype html>
<html lang="nb">
  <head>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <script type="module" crossorigin src="/assets/rolldown-runtime-XKyaHtl9.js"></script>
    <script type="module" crossorigin src="/assets/vendor-CKrRBYqp.js"></script>
    <script type="module" crossorigin src="/assets/index-CXfihBoz.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/schemas-BI8OFj_r.js">
  </head>
  <body><div id="root"></div><noscript>Innboks trenger JavaScript.</noscript></body>
</html>`;

describe('the HTML entry without an index.html key in the manifest', () => {
  it('reads the module scripts and preloads index.html loads, not its icon', () => {
    expect(htmlModuleFiles(groupedHtml)).toEqual([
      'assets/rolldown-runtime-XKyaHtl9.js',
      'assets/vendor-CKrRBYqp.js',
      'assets/index-CXfihBoz.js',
      'assets/schemas-BI8OFj_r.js',
    ]);
  });

  it('stands for the chunks index.html loads', () => {
    expect(htmlEntryKeys(grouped, groupedHtml)).toEqual([
      '_rolldown-runtime-XKyaHtl9.js',
      '_vendor-CKrRBYqp.js',
      '_index-CXfihBoz.js',
      '_schemas-BI8OFj_r.js',
    ]);
  });

  it('is the index.html key whenever the manifest has one', () => {
    expect(htmlEntryKeys(manifest, groupedHtml)).toEqual(['index.html']);
  });

  it('counts the same first page as the entry chunk would: the group, its imports and the route', () => {
    const gzip: Record<string, number> = {
      'assets/rolldown-runtime-XKyaHtl9.js': 1,
      'assets/vendor-CKrRBYqp.js': 170,
      'assets/index-CXfihBoz.js': 34,
      'assets/schemas-BI8OFj_r.js': 8,
      'assets/Stack-BLy7pO94.js': 2,
      'assets/MessageBoxRoute-BJcQi7Qo.js': 6,
      'assets/AccountRoute-pUu4SwPN.js': 2,
      'assets/big.js': 500,
      'download-sw.js': 3,
    };
    const report = evaluateBudget({
      manifest: grouped,
      html: groupedHtml,
      sizeOf: (file) => ({ file, raw: gzip[file] ?? NaN, gzip: gzip[file] ?? NaN }),
      exclude: ['src/sw/download-sw.ts'],
    });
    expect(report.firstPage.js.files.map((f) => f.file)).toEqual([
      'assets/MessageBoxRoute-BJcQi7Qo.js',
      'assets/Stack-BLy7pO94.js',
      'assets/index-CXfihBoz.js',
      'assets/rolldown-runtime-XKyaHtl9.js',
      'assets/schemas-BI8OFj_r.js',
      'assets/vendor-CKrRBYqp.js',
    ]);
    expect(report.firstPage.js.gzip).toBe(1 + 170 + 34 + 8 + 2 + 6);
  });

  it('refuses an HTML that loads a file the manifest does not list', () => {
    const html = groupedHtml.replace('index-CXfihBoz.js', 'index-gone.js');
    expect(() => htmlEntryKeys(grouped, html)).toThrow(/assets\/index-gone\.js/);
  });

  it('refuses a manifest without index.html when there is no HTML to read, as before', () => {
    expect(() => evaluateBudget({ manifest: grouped, sizeOf })).toThrow(/no entry for index\.html/);
  });
});
