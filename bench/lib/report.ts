/** The benchmark's JSON shape and its printed table (ours beside the peer's, where it has one). */
import { FIRST_PAGE_JS_TARGET_BYTES } from '../../scripts/lib/bundleBudget.ts';
import type { EmulatorLatency } from '../scenarios/emulatorLatency.ts';
import { PEER } from './peers.ts';
import { formatFigure, type Figure } from './stats.ts';

export interface Results {
  when: string;
  machine: { cpus: number; loadAverageAtStart: number[] };
  options: { runs: number; quick: boolean };
  server?: string;
  seconds?: number;
  /** Sections that failed, with the first line of their error. */
  errors?: Record<string, string>;
  bundle?: {
    firstPageJsGzip: number;
    firstPageJsRaw: number;
    firstPageJsFiles: number;
    firstPageCssGzip: number;
    totalJsGzip: number;
    totalJsRaw: number;
    totalCssGzip: number;
    budget: number;
    target: number;
  };
  emulatorLatency?: EmulatorLatency;
  inbox?: {
    callbackToFirstRow: Figure;
    tokenToFirstRow: Figure;
    chooseToFirstRow: Figure;
    openInstance: Figure;
    loadedJs?: { files: number; gzip: number; transferred: number; names?: string[] };
    loadedCss?: { files: number; gzip: number };
    requestsForOnePage?: Record<string, number>;
  };
  lighthouse?: {
    performance: Figure;
    accessibility: Figure;
    bestPractices: Figure;
    lcp: Figure;
    tbt: Figure;
    finalUrl?: string;
    failing?: { accessibility: string[]; bestPractices: string[] };
  };
  allParties?: {
    parties?: number;
    callbackToFirstRow: Figure;
    callbackToComplete: Figure;
    maxInFlight: Figure;
    storageRequests: Figure;
  };
  downloads?: Record<'file300MiB' | 'zip50x2MB', Record<string, Figure>>;
  picker?: Record<
    string,
    {
      tokenToUsable: Figure;
      open: Figure;
      keystrokeP50: Figure;
      keystrokeP95: Figure;
      keystrokes: number;
      heapMB: Figure;
      longestTask: Figure;
    }
  >;
  scroll?: {
    instances: number;
    targetRows: number;
    rowsScrolled: Figure;
    seconds: Figure;
    maxRowsMounted: Figure;
    longTasksOver50: Figure;
    longestTask: Figure;
    frameP50: Figure;
    frameP95: Figure;
    frameMax: Figure;
  };
}

type Row = [what: string, ours: string, peer?: string];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function tableRows(r: Results): Row[] {
  const rows: Row[] = [];
  const add = (what: string, ours: string) => rows.push([what, ours, PEER[what]]);
  if (r.bundle) {
    const b = r.bundle;
    add(
      'JS before first render / first page (gzip)',
      `${kB(b.firstPageJsGzip)} in ${b.firstPageJsFiles} files (target ${kB(FIRST_PAGE_JS_TARGET_BYTES)}, CI ceiling ${kB(b.budget)})`,
    );
    add('JS whole app (gzip / raw)', `${kB(b.totalJsGzip)} / ${kB(b.totalJsRaw)}`);
    add(
      'CSS first page / whole app (gzip)',
      `${kB(b.firstPageCssGzip)} / ${kB(b.totalCssGzip)} (emotion injects styles)`,
    );
  }
  if (r.inbox) {
    const i = r.inbox;
    if (i.loadedJs)
      add(
        'JS the browser loaded before the first row (gzip -9)',
        `${kB(i.loadedJs.gzip)} in ${i.loadedJs.files} files`,
      );
    add('callback to first inbox row', formatFigure(i.callbackToFirstRow));
    add('token to first inbox row', formatFigure(i.tokenToFirstRow));
    add('choose a party (picker) to its first row', formatFigure(i.chooseToFirstRow));
    add('open an instance (click to view)', formatFigure(i.openInstance));
    if (i.requestsForOnePage) {
      // "storage instances 1, storage app texts 4, ..." (one line; the JSON keeps the paths).
      const groups = new Map<string, number>();
      for (const [path, n] of Object.entries(i.requestsForOnePage)) {
        const name = path.includes('/texts/')
          ? 'app texts'
          : path.replace(/^\/platform\/(\w+)\/api\/v\d\//, '$1 ').replace(/\/\{\w+\}/g, '');
        groups.set(name, (groups.get(name) ?? 0) + n);
      }
      const total = [...groups.values()].reduce((a, n) => a + n, 0);
      const list = [...groups].map(([name, n]) => `${name} ${n}`).join(', ');
      add('platform requests for one inbox page', `${total}: ${list}`);
    }
  }
  if (r.lighthouse) {
    const l = r.lighthouse;
    add('Lighthouse mobile performance', formatFigure(l.performance));
    add(
      'Lighthouse accessibility / best practices',
      `${formatFigure(l.accessibility)} / ${formatFigure(l.bestPractices)}`,
    );
    add('Lighthouse LCP / TBT (simulated mobile)', `${formatFigure(l.lcp)} / ${formatFigure(l.tbt)}`);
  }
  for (const [size, p] of Object.entries(r.picker ?? {})) {
    const k = Number(size) >= 100_000 ? '100k' : `${Math.round(Number(size) / 1000)}k`;
    add(`picker ${k}: token to usable`, formatFigure(p.tokenToUsable));
    add(`picker ${k}: open`, formatFigure(p.open));
    add(
      `picker ${k}: keystroke p50/p95`,
      `${formatFigure(p.keystrokeP50)} / ${formatFigure(p.keystrokeP95)} (${p.keystrokes} keys)`,
    );
    add(`picker ${k}: JS heap`, `${formatFigure(p.heapMB)} after GC`);
    add(`picker ${k}: longest task`, formatFigure(p.longestTask));
  }
  if (r.scroll) {
    const s = r.scroll;
    add(
      `scroll ${s.targetRows} rows (${s.instances} instances)`,
      `${formatFigure(s.rowsScrolled)} rows in ${formatFigure(s.seconds)}`,
    );
    add('scroll: most rows mounted at once', formatFigure(s.maxRowsMounted));
    add(
      'scroll: long tasks > 50 ms / longest',
      `${formatFigure(s.longTasksOver50)} / ${formatFigure(s.longestTask)}`,
    );
    add(
      'scroll: frames p50 / p95 / max',
      `${formatFigure(s.frameP50)} / ${formatFigure(s.frameP95)} / ${formatFigure(s.frameMax)}`,
    );
  }
  if (r.allParties) {
    const a = r.allParties;
    add(`all parties (${a.parties ?? '?'}): callback to first row`, formatFigure(a.callbackToFirstRow));
    add('all parties: callback to complete', formatFigure(a.callbackToComplete));
    add(
      'all parties: most storage requests in flight',
      `${formatFigure(a.maxInFlight)} (of ${formatFigure(a.storageRequests)})`,
    );
  }
  if (r.downloads) {
    for (const [name, d] of Object.entries(r.downloads)) {
      const label = name === 'file300MiB' ? 'download 300 MiB file' : 'ZIP of 50 x 2 MB';
      const f = (key: string) => (d[key] ? formatFigure(d[key]) : 'n/a');
      add(`${label}: time`, f('seconds'));
      add(`${label}: page heap peak (+growth)`, `${f('pagePeakMB')} (+${f('pageGrowthMB')})`);
      add(`${label}: worker heap peak (+growth)`, `${f('workerPeakMB')} (+${f('workerGrowthMB')})`);
    }
  }
  if (r.emulatorLatency) {
    const e = r.emulatorLatency;
    const l = (x: { median: number; p95: number } | null) =>
      x ? `${x.median.toFixed(1)} ms (p95 ${x.p95.toFixed(1)})` : 'n/a';
    add('emulator: 100-row page, 100k-instance party', l(e.firstPage));
    add('emulator: inbox filter page 1 / page 52', `${l(e.inboxPage1)} / ${l(e.inboxPage52)}`);
  }
  for (const [name, message] of Object.entries(r.errors ?? {})) add(`FAILED: ${name}`, message.slice(0, 120));
  return rows;
}

export function markdownTable(r: Results): string {
  const lines = ['| figure | Innboks (median, min-max) | peer (Arbeidsflate) |', '|---|---|---|'];
  for (const [what, ours, peer] of tableRows(r)) lines.push(`| ${what.trim()} | ${ours} | ${peer ?? ''} |`);
  return lines.join('\n');
}

export function printTable(r: Results): void {
  const rows = tableRows(r);
  const w0 = Math.max(...rows.map((x) => x[0].length), 6);
  const w1 = Math.max(...rows.map((x) => x[1].length), 7);
  console.log(
    `\nInnboks benchmark, ${r.when}, ${r.options.runs} run(s)${r.options.quick ? ' (quick)' : ''}, server ${r.server ?? 'n/a'}`,
  );
  console.log(`${'figure'.padEnd(w0)}  ${'ours'.padEnd(w1)}  peer`);
  for (const [what, ours, peer] of rows) console.log(`${what.padEnd(w0)}  ${ours.padEnd(w1)}  ${peer ?? ''}`);
  console.log(`\n${markdownTable(r)}`);
}
