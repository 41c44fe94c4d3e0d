import { describe, expect, it } from 'vitest';

import {
  chunkingProblems,
  firstPageGroups,
  importCycle,
  staticClosureOf,
  type ChunkFacts,
  type GraphFacts,
} from './firstPageChunks.ts';

const ROOT = '/w';
const MAIN = `${ROOT}/src/main.tsx`;
const SW = `${ROOT}/src/sw/download-sw.ts`;
const SHARED = `${ROOT}/src/lib/validate.ts`;
const REACT = `${ROOT}/node_modules/react/index.js`;
const SESSION = `${ROOT}/src/features/session/session.ts`;

const facts: GraphFacts = {
  serviceWorker: new Set([SW, `${ROOT}/src/features/downloads/engine/stallGuard.ts`, SHARED]),
  entry: new Set([`${ROOT}/index.html`, MAIN]),
};

function chunk(
  fileName: string,
  moduleIds: string[],
  imports: string[] = [],
  extra: Partial<ChunkFacts> = {},
): ChunkFacts {
  const name = fileName.replace(/^(assets\/)?/, '').replace(/(-[\w]+)?\.js$/, '');
  return { fileName, name, isEntry: false, facadeModuleId: null, moduleIds, imports, ...extra };
}

// The shape of the real build: index.html's chunk holds main.tsx and imports the two groups;
// the worker and the app share the parsers' chunk; the worker's own code is in chunks only it loads.
function build(overrides: Record<string, ChunkFacts> = {}): ChunkFacts[] {
  const chunks: Record<string, ChunkFacts> = {
    index: chunk(
      'assets/index-a.js',
      [`${ROOT}/index.html`, MAIN],
      ['assets/rolldown-runtime-b.js', 'assets/vendor-c.js', 'assets/app-d.js'],
      {
        isEntry: true,
        facadeModuleId: `${ROOT}/index.html`,
      },
    ),
    runtime: chunk('assets/rolldown-runtime-b.js', ['\0rolldown/runtime.js']),
    vendor: chunk('assets/vendor-c.js', [REACT], ['assets/rolldown-runtime-b.js']),
    app: chunk('assets/app-d.js', [SESSION], ['assets/vendor-c.js', 'assets/schemas-e.js']),
    schemas: chunk('assets/schemas-e.js', [SHARED]),
    stallGuard: chunk(
      'assets/stallGuard-f.js',
      [`${ROOT}/src/features/downloads/engine/stallGuard.ts`],
      ['assets/schemas-e.js'],
    ),
    sw: chunk('download-sw.js', [SW], ['assets/stallGuard-f.js'], { isEntry: true, facadeModuleId: SW }),
    ...overrides,
  };
  return Object.values(chunks);
}

describe('the groups', () => {
  const [vendor, app] = firstPageGroups(facts);
  const test = (group: typeof vendor, id: string): boolean => {
    if (typeof group?.test !== 'function') throw new Error('expected a test function');
    return group.test(id) === true;
  };

  it('take only what the first page loads, vendor before app, and not their dependencies', () => {
    expect(vendor).toMatchObject({
      name: 'vendor',
      tags: ['$initial'],
      includeDependenciesRecursively: false,
    });
    expect(app).toMatchObject({ name: 'app', tags: ['$initial'], includeDependenciesRecursively: false });
    expect(vendor!.priority).toBeGreaterThan(app!.priority ?? 0);
  });

  it('put packages in vendor and our code in app', () => {
    expect(test(vendor, REACT)).toBe(true);
    expect(test(vendor, SESSION)).toBe(false);
    expect(test(app, SESSION)).toBe(true);
  });

  it('leave out what the service worker imports, even a package the app uses too', () => {
    expect(test(vendor, SHARED)).toBe(false);
    expect(test(app, SHARED)).toBe(false);
    expect(test(app, SW)).toBe(false);
  });

  it('leave out the HTML entry and its module, so the entry chunk keeps its name', () => {
    expect(test(app, MAIN)).toBe(false);
    expect(test(app, `${ROOT}/index.html`)).toBe(false);
  });
});

describe('the checks on the written chunks', () => {
  it('pass the intended shape', () => {
    expect(chunkingProblems(build(), facts, MAIN)).toEqual([]);
  });

  it('fail when the service worker would load app code', () => {
    const problems = chunkingProblems(
      build({ schemas: chunk('assets/schemas-e.js', [SHARED], ['assets/app-d.js']) }),
      facts,
      MAIN,
    );
    expect(problems.join('\n')).toMatch(
      /service worker loads assets\/app-d\.js, which holds 1 module\(s\) it does not import/,
    );
    expect(problems.join('\n')).toMatch(/service worker loads assets\/vendor-c\.js/);
  });

  it('let the service worker share rolldown’s runtime helpers', () => {
    const problems = chunkingProblems(
      build({
        sw: chunk('download-sw.js', [SW], ['assets/stallGuard-f.js', 'assets/rolldown-runtime-b.js'], {
          isEntry: true,
          facadeModuleId: SW,
        }),
      }),
      facts,
      MAIN,
    );
    expect(problems).toEqual([]);
  });

  it('fail when the entry module was merged into a group (the manifest would lose index.html)', () => {
    const problems = chunkingProblems(
      build({
        index: chunk('assets/rolldown-runtime-b.js', ['\0rolldown/runtime.js']),
        app: chunk('assets/app-d.js', [MAIN, SESSION], ['assets/vendor-c.js', 'assets/schemas-e.js']),
      }),
      facts,
      MAIN,
    );
    expect(problems).toEqual([
      `${MAIN} is no longer in an entry chunk, so the manifest would lose index.html.`,
    ]);
  });

  it('fail when the groups were not formed', () => {
    const problems = chunkingProblems(
      build({ app: chunk('assets/session-d.js', [SESSION], ['assets/vendor-c.js']) }),
      facts,
      MAIN,
    );
    expect(problems).toEqual(["the HTML entry does not load the 'app' chunk: the group was not formed."]);
  });

  it('fail on chunks that import each other', () => {
    const problems = chunkingProblems(
      build({ vendor: chunk('assets/vendor-c.js', [REACT], ['assets/app-d.js']) }),
      facts,
      MAIN,
    );
    expect(problems.join('\n')).toContain(
      'cycle (assets/vendor-c.js -> assets/app-d.js -> assets/vendor-c.js)',
    );
  });

  it('fail when the service worker is not an entry', () => {
    const problems = chunkingProblems(build({ sw: chunk('download-sw.js', [SW]) }), facts, MAIN);
    expect(problems).toEqual(['the service worker is not an entry chunk of this build.']);
  });
});

describe('graph helpers', () => {
  it('follow static imports once each', () => {
    const graph: Record<string, string[]> = { a: ['b', 'c'], b: ['c'], c: ['a'], d: [] };
    expect([...staticClosureOf('a', (id) => graph[id] ?? [])].sort()).toEqual(['a', 'b', 'c']);
  });

  it('find a cycle or none', () => {
    expect(
      importCycle([
        { fileName: 'a', imports: ['b'] },
        { fileName: 'b', imports: [] },
      ]),
    ).toBeUndefined();
    expect(
      importCycle([
        { fileName: 'a', imports: ['b'] },
        { fileName: 'b', imports: ['a'] },
      ]),
    ).toEqual(['a', 'b', 'a']);
  });
});
