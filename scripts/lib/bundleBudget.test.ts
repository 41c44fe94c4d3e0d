import { describe, expect, it } from 'vitest';

import { evaluateBudget, filesOf, staticClosure, sumSizes, type ViteManifest } from './bundleBudget.ts';

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
