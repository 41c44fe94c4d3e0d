/**
 * First-page chunking (issue 7): the modules the HTML entry loads statically go into two files,
 * `vendor` (node_modules) and `app` (ours), instead of the ~30 small shared chunks rolldown makes
 * by default. Same modules, nothing lazy made eager, nothing duplicated: every gzip file pays its
 * own header and tables and every chunk boundary costs import/export glue, so this alone took the
 * first page from 260.3 to 246.4 kB gzip and 41 to 14 files (whole app 360.5 -> 345.3 kB). Vendor
 * is its own file so a deploy that changes only our code leaves it cached (0.5 kB dearer than one).
 *
 * What rolldown's `$initial` tag alone gets wrong, handled and checked here:
 *
 * - The download service worker is a second build entry, so its modules are `$initial` too; put
 *   in `app`, the worker would import the whole app (React, the DOM) to run. Its static closure,
 *   read from the module graph at `buildEnd`, is kept out of both groups, and the groups do not
 *   pull in their modules' dependencies (`includeDependenciesRecursively: false`): with it, the
 *   parsing code the worker shares with the app (zod then, src/lib/validate.ts now) was dragged
 *   into `app` through the app's parsers, and the worker imported `app`. Shared modules stay in a chunk of their own that both load.
 * - Grouping the HTML entry's own module renames the entry chunk to the group, and Vite's
 *   manifest loses its `index.html` key. The entry module stays out of the groups, so the entry
 *   chunk stays a small `index-*.js` that imports them.
 *
 * When the bundle is written the plugin fails the build if the service worker loads a module it
 * does not import, if chunks import each other in a cycle (what rolldown warns of when groups do
 * not include dependencies), if the HTML entry is no longer an entry chunk, or if the groups were
 * not formed (a rolldown upgrade that drops or renames `tags` would otherwise pass silently).
 * `strictExecutionOrder` would also rule out reordering, but costs 12 kB gzip; the default
 * chunking we had before did without it too.
 */
import { join } from 'node:path';

import type { Plugin, Rolldown } from 'vite';

export interface FirstPageChunksOptions {
  /** The module index.html loads, relative to the project root. */
  entry: string;
  /** The service worker's entry module, relative to the project root. */
  serviceWorker: string;
}

/** What the group tests need from the module graph; filled in at `buildEnd`. */
export interface GraphFacts {
  /** Absolute ids of the service worker's static closure. */
  serviceWorker: Set<string>;
  /** Absolute ids of the HTML entry: the HTML module itself and the module it loads. */
  entry: Set<string>;
}

export const GROUP_NAMES = { vendor: 'vendor', app: 'app' } as const;

const isNodeModule = (id: string): boolean => /[\\/]node_modules[\\/]/.test(id);

/** Rolldown's own helpers (`\0rolldown/runtime.js`): any chunk may import them, the worker too. */
const isBundlerRuntime = (id: string): boolean => /^\0?rolldown\/runtime/.test(id);

/** The code-splitting groups; their tests read `facts`, which the plugin fills before chunking. */
export function firstPageGroups(facts: GraphFacts): Rolldown.CodeSplittingGroup[] {
  const grouped = (id: string): boolean => !facts.serviceWorker.has(id) && !facts.entry.has(id);
  return [
    {
      name: GROUP_NAMES.vendor,
      tags: ['$initial'],
      priority: 2,
      includeDependenciesRecursively: false,
      test: (id) => grouped(id) && isNodeModule(id),
    },
    {
      name: GROUP_NAMES.app,
      tags: ['$initial'],
      priority: 1,
      includeDependenciesRecursively: false,
      test: (id) => grouped(id),
    },
  ];
}

/** Every id reachable from `root` through static imports, `root` included. */
export function staticClosureOf(root: string, importsOf: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...importsOf(id));
  }
  return seen;
}

/** A cycle of static imports between chunks, as file names, or undefined when there is none. */
export function importCycle(
  chunks: readonly Pick<ChunkFacts, 'fileName' | 'imports'>[],
): string[] | undefined {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of byFile.get(file)?.imports ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const chunk of chunks) {
    const cycle = visit(chunk.fileName);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The fields of an output chunk the checks read. */
export interface ChunkFacts {
  fileName: string;
  name: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  imports: readonly string[];
}

/** What is wrong with the written chunks; empty when the chunking is as intended. */
export function chunkingProblems(
  chunks: readonly ChunkFacts[],
  facts: GraphFacts,
  entryModule: string,
): string[] {
  const problems: string[] = [];
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closureOf = (chunk: ChunkFacts): ChunkFacts[] =>
    [...staticClosureOf(chunk.fileName, (file) => byFile.get(file)?.imports ?? [])].flatMap(
      (file) => byFile.get(file) ?? [],
    );

  const swChunk = chunks.find(
    (chunk) => chunk.isEntry && chunk.facadeModuleId && facts.serviceWorker.has(chunk.facadeModuleId),
  );
  if (!swChunk) problems.push('the service worker is not an entry chunk of this build.');
  else {
    for (const chunk of closureOf(swChunk)) {
      const foreign = chunk.moduleIds.filter((id) => !facts.serviceWorker.has(id) && !isBundlerRuntime(id));
      if (foreign.length > 0) {
        problems.push(
          `the service worker loads ${chunk.fileName}, which holds ${foreign.length} module(s) it does not import (${foreign.slice(0, 3).join(', ')}…).`,
        );
      }
    }
  }

  const cycle = importCycle(chunks);
  if (cycle)
    problems.push(
      `chunks import each other in a cycle (${cycle.join(' -> ')}), so their order of execution is not the source's.`,
    );

  const entryChunk = chunks.find((chunk) => chunk.isEntry && chunk.moduleIds.includes(entryModule));
  if (!entryChunk) {
    problems.push(`${entryModule} is no longer in an entry chunk, so the manifest would lose index.html.`);
  } else {
    const names = new Set(closureOf(entryChunk).map((chunk) => chunk.name));
    for (const group of Object.values(GROUP_NAMES)) {
      if (!names.has(group))
        problems.push(`the HTML entry does not load the '${group}' chunk: the group was not formed.`);
    }
  }
  return problems;
}

export function firstPageChunks(options: FirstPageChunksOptions): {
  plugin: Plugin;
  groups: Rolldown.CodeSplittingGroup[];
} {
  const facts: GraphFacts = { serviceWorker: new Set(), entry: new Set() };
  let root = process.cwd();
  const absolute = (path: string): string => join(root, path);
  const fail = (problems: string[]): never => {
    throw new Error(
      `scripts/lib/firstPageChunks.ts: the first-page chunking is wrong:\n- ${problems.join('\n- ')}`,
    );
  };
  const plugin: Plugin = {
    name: 'innboks:first-page-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildEnd(error) {
      if (error) return;
      const ids = new Set(this.getModuleIds());
      const missing = [options.entry, options.serviceWorker].filter((path) => !ids.has(absolute(path)));
      if (missing.length > 0) fail(missing.map((path) => `${path} is not in the module graph.`));
      const importsOf = (id: string): readonly string[] => this.getModuleInfo(id)?.importedIds ?? [];
      facts.serviceWorker = staticClosureOf(absolute(options.serviceWorker), importsOf);
      const entryModule = absolute(options.entry);
      facts.entry = new Set([
        entryModule,
        ...[...ids].filter((id) => id.endsWith('.html') && importsOf(id).includes(entryModule)),
      ]);
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const problems = chunkingProblems(chunks, facts, absolute(options.entry));
      if (problems.length > 0) fail(problems);
    },
  };
  return { plugin, groups: firstPageGroups(facts) };
}
