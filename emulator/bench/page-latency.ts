/**
 * Unit benchmark (not a test): how long one 100-row page takes for a party with 100,000 instances.
 * Measures the full HTTP round trip through the platform (token check, query, read filter,
 * serialisation) and, separately, the store's page cut alone. Prints median and p95.
 *
 *   npm run bench:emulator [-- --instances 100000 --runs 200] [--bulk]
 *
 * By default the dataset comes from the generator (its big party, 600001, read by the accountant);
 * `--bulk` uses the simpler builder in bulk-source.ts instead.
 */
import { startEmulator } from '../main.ts';
import { parseInstanceQuery, readPage } from '../platform/instance-query.ts';
import { generateDataset } from '../generate/generator.ts';
import { benchParty as bulkParty, benchPid as bulkPid, bulkSource } from './bulk-source.ts';

/** The generator's accountant and her firm, which holds all `instances` (emulator/generate/ABOUT.md). */
const generatedPid = '15867525057';
const generatedParty = 600001;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms (n=${samples.length})`;
}

async function main(): Promise<void> {
  const instances = flag('instances', 100_000);
  const runs = flag('runs', 200);
  const bulk = process.argv.includes('--bulk');
  const benchPid = bulk ? bulkPid : generatedPid;
  const benchParty = bulk ? bulkParty : generatedParty;
  // `now` as the emulator passes it: dates written relative to the load, nothing to shift.
  const source = bulk
    ? bulkSource(instances)
    : generateDataset({ parties: 2, instances, seed: 1, now: Date.now() });
  const loadStarted = performance.now();
  const emu = await startEmulator({ source, platformPort: 0, idportenPort: 0 });
  const loadMs = performance.now() - loadStarted;
  try {
    const minted = (await (
      await fetch(`${emu.platformUrl}/__emulator/idporten/token`, {
        method: 'POST',
        body: JSON.stringify({ pid: benchPid }),
      })
    ).json()) as { access_token: string };
    const token = await (
      await fetch(`${emu.platformUrl}/authentication/api/v1/exchange/id-porten`, {
        headers: { Authorization: `Bearer ${minted.access_token}` },
      })
    ).text();
    const headers = { Authorization: `Bearer ${token}` };

    const scenarios: [string, string][] = [
      ['first page, newest first', `instanceOwner.partyId=${benchParty}&size=100`],
      [
        'inbox filter (active, not deleted)',
        `instanceOwner.partyId=${benchParty}&size=100&status.isArchived=false&status.isSoftDeleted=false`,
      ],
      ['search string (rare match)', `instanceOwner.partyId=${benchParty}&size=100&searchString=nummer 9999`],
      ['search string (no match)', `instanceOwner.partyId=${benchParty}&size=100&searchString=zzqqxx`],
      ['search string (common word)', `instanceOwner.partyId=${benchParty}&size=100&searchString=uke`],
      [
        'search string (ILIKE wildcards, no match)',
        `instanceOwner.partyId=${benchParty}&size=100&searchString=${encodeURIComponent('uke_9%x')}`,
      ],
    ];
    console.log(
      `Dataset: ${source.description}; party ${benchParty} has ${emu.store.partyInstances(benchParty).length} instances; loaded in ${loadMs.toFixed(0)} ms`,
    );
    for (const [name, query] of scenarios) {
      // The first full scan builds every instance document (and its query facts) once; it is timed apart.
      const coldStarted = performance.now();
      const first = await fetch(`${emu.platformUrl}/storage/api/v1/instances?${query}`, { headers });
      const coldMs = performance.now() - coldStarted;
      const firstPage = (await first.json()) as { next: string | null };
      console.log(`HTTP  ${name.padEnd(36)} first request ${coldMs.toFixed(0)} ms`);
      // A deep page: follow `next` 50 times, then measure that page.
      let deepUrl = firstPage.next;
      for (let i = 0; i < 50 && deepUrl; i++)
        deepUrl = ((await (await fetch(deepUrl, { headers })).json()) as { next: string | null }).next;
      for (const [label, url] of [
        ['page 1', `${emu.platformUrl}/storage/api/v1/instances?${query}`],
        ['page 52', deepUrl],
      ] as const) {
        if (!url) continue;
        const samples: number[] = [];
        for (let i = 0; i < runs + 10; i++) {
          const started = performance.now();
          const res = await fetch(url, { headers });
          await res.arrayBuffer();
          if (i >= 10) samples.push(performance.now() - started);
        }
        console.log(`HTTP  ${name.padEnd(36)} ${label.padEnd(8)} ${summary(samples)}`);
      }
    }
    const parsed = parseInstanceQuery(new URLSearchParams(`instanceOwner.partyId=${benchParty}&size=100`));
    if (parsed.kind !== 'ok') throw new Error('bad bench query');
    const list = emu.store.partyInstances(benchParty);
    const samples: number[] = [];
    for (let i = 0; i < runs * 5; i++) {
      const started = performance.now();
      readPage(list, parsed.query, undefined);
      samples.push(performance.now() - started);
    }
    console.log(`Store page cut (100 rows, no HTTP)              ${summary(samples)}`);
  } finally {
    await emu.close();
  }
}

await main();
