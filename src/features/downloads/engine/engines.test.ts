import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { UTF8_BOM } from '../csv';
import { createZipWriter } from '../zipWriter';
import { runArchiveZip } from './archiveZip';
import { runInstanceZip, type EngineContext } from './instanceZip';
import { DownloadError, type PlatformFetch } from './platformFetch';
import { TEST_LABELS } from './testLabels';
import type { DownloadProgress } from './types';

const P = 501337;
const G1 = '4ed2550d-c860-4885-80be-e7eba32df0b6';
const G2 = '2ebb56a2-0fed-49e2-9ae0-db2ddb78a3a1';

function element(
  id: string,
  dataType: string,
  filename: string | null,
  contentType: string,
  size: number,
  extra = {},
) {
  return {
    id,
    dataType,
    filename,
    contentType,
    size,
    created: '2024-05-02T08:03:09Z',
    fileScanResult: 'Clean',
    ...extra,
  };
}

function instance(guid: string, data: unknown[], archived = '2024-05-02T09:00:00Z') {
  return {
    id: `${P}/${guid}`,
    appId: 'brg/samordnet-registermelding',
    org: 'brg',
    created: '2024-05-01T08:00:00Z',
    lastChanged: archived,
    instanceOwner: { partyId: String(P) },
    process: { ended: archived, endEvent: 'EndEvent_1' },
    status: { isArchived: true, archived, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Read' },
    data,
  };
}

const files: Record<string, string> = {
  r1: '%PDF-1.4 receipt',
  a1: 'attachment one',
  a2: 'attachment two',
  x1: '<xml/>',
};

function fakePlatform(options: { failData?: string[]; pages?: unknown[][] } = {}): {
  fetch: PlatformFetch;
  paths: string[];
} {
  const paths: string[] = [];
  const inst1 = instance(G1, [
    element('a1', 'vedlegg', 'kvittering.pdf', 'application/pdf', 14),
    element('r1', 'ref-data-as-pdf', null, 'application/pdf', 16, { fileScanResult: 'NotApplicable' }),
    element('a2', 'vedlegg', 'Kvittering.pdf', 'application/pdf', 14),
    element('v1', 'vedlegg', 'virus.exe', 'application/octet-stream', 9, { fileScanResult: 'Infected' }),
    element('x1', 'skjema', null, 'application/xml', 6),
  ]);
  const inst2 = instance(
    G2,
    [element('a1', 'vedlegg', '=cmd.pdf', 'application/pdf', 14)],
    '2024-03-01T09:00:00Z',
  );
  const fetch: PlatformFetch = async (path) => {
    paths.push(path);
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (path.startsWith('/storage/api/v1/applications/brg/'))
      return json({ id: 'brg/samordnet-registermelding', title: { nb: 'Samordnet registermelding' } });
    if (path === '/storage/api/v1/applications')
      return json({
        applications: [{ id: 'brg/samordnet-registermelding', title: { nb: 'Samordnet registermelding' } }],
      });
    if (path.startsWith('/storage/api/v1/instances?')) {
      const pages = options.pages ?? [[inst1], [], [inst2]];
      const url = new URL(path, 'http://x');
      const n = Number(url.searchParams.get('page') ?? 0);
      const next =
        n + 1 < pages.length
          ? `https://platform.altinn.no${path.replace(/&page=\d+/, '')}&page=${n + 1}`
          : null;
      return json({ count: pages[n]?.length ?? 0, instances: pages[n] ?? [], next });
    }
    const m = /\/instances\/(\d+)\/([^/]+)(\/.*)?$/.exec(path);
    const which = m?.[2] === G1 ? inst1 : inst2;
    if (m?.[3] === '/events') {
      return json({
        instanceEvents: [
          {
            created: '2024-05-01T08:00:00Z',
            eventType: 'Created',
            user: { userId: 1337, nationalIdentityNumber: '01039012345', authenticationLevel: 2 },
          },
          {
            created: '2024-05-02T08:00:00Z',
            eventType: 'Submited',
            user: { userId: 99, authenticationLevel: 2 },
          },
        ],
      });
    }
    if (m?.[3] === '/process/history')
      return json({
        processHistory: [
          { eventType: 'process_EndEvent', elementId: 'EndEvent_1', occured: '2024-05-02T09:00:00Z' },
        ],
      });
    const data = /\/data\/(\w+)$/.exec(path)?.[1];
    if (data) {
      if (options.failData?.includes(data)) throw new DownloadError('http', 500);
      return new Response(files[data] ?? '');
    }
    return json(which);
  };
  return { fetch, paths };
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Record<string, Uint8Array>> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return unzipSync(bytes);
}

function context(fetchPlatform: PlatformFetch, seen: DownloadProgress[] = []): EngineContext {
  return {
    fetchPlatform,
    signal: new AbortController().signal,
    onProgress: (p) => seen.push(p),
    now: () => new Date('2024-06-01T10:00:00Z'),
  };
}

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('runInstanceZip', () => {
  it('puts every file under a unique name, receipt first, skips infected ones and indexes it all', async () => {
    const { fetch } = fakePlatform();
    const zip = createZipWriter();
    const output = collect(zip.readable);
    const seen: DownloadProgress[] = [];
    const plan = {
      kind: 'instance-zip' as const,
      partyId: P,
      instanceGuid: G1,
      zipName: 'x.zip',
      language: 'nb',
      userId: 1337,
      labels: TEST_LABELS,
    };
    const outcome = await runInstanceZip(plan, zip, context(fetch, seen));
    const entries = await output;

    expect(Object.keys(entries)).toEqual([
      'ref-data-as-pdf.pdf',
      'skjema.xml',
      'kvittering.pdf',
      'Kvittering (2).pdf',
      'index.json',
      'LESMEG.txt',
    ]);
    expect(text(entries['ref-data-as-pdf.pdf'])).toBe(files.r1);
    expect(text(entries['Kvittering (2).pdf'])).toBe(files.a2);
    expect(outcome.problems).toEqual([{ name: 'virus.exe', outcome: 'skipped-infected' }]);

    const index = JSON.parse(text(entries['index.json'])) as Record<string, unknown> & {
      files: { path: string; outcome: string }[];
      events: unknown[];
    };
    expect(index.complete).toBe(false);
    expect(index.files.map((f) => [f.path, f.outcome])).toContainEqual(['virus.exe', 'skipped-infected']);
    expect(index.instance).toMatchObject({ reference: G1.slice(-12), appTitle: 'Samordnet registermelding' });
    expect(JSON.stringify(index)).not.toContain('01039012345');
    expect(index.events[0]).toMatchObject({ eventType: 'Created', actor: { kind: 'you' } });

    const readme = text(entries['LESMEG.txt']);
    expect(readme).toContain('Samordnet registermelding');
    expect(readme).toContain('! virus.exe (virus funnet, ikke lastet ned)');
    expect(readme).toContain('Sendt inn  (en annen bruker)');
    expect(seen.at(-1)).toMatchObject({ filesDone: 4, filesTotal: 4, bytesDone: 50, bytesTotal: 50 });
  });

  it('says which file could not be fetched, inside the ZIP and to the caller', async () => {
    const { fetch } = fakePlatform({ failData: ['a2'] });
    const zip = createZipWriter();
    const output = collect(zip.readable);
    const plan = {
      kind: 'instance-zip' as const,
      partyId: P,
      instanceGuid: G1,
      zipName: 'x.zip',
      language: 'nb',
      userId: 1337,
      labels: TEST_LABELS,
    };
    const outcome = await runInstanceZip(plan, zip, context(fetch));
    const entries = await output;
    expect(outcome.problems).toContainEqual({ name: 'Kvittering (2).pdf', outcome: 'failed' });
    expect(entries['Kvittering (2).pdf']).toBeUndefined();
    expect(text(entries['LESMEG.txt'])).toContain('! Kvittering (2).pdf (kunne ikke hentes)');
  });
});

describe('runArchiveZip', () => {
  it('follows next through empty pages, writes a folder per instance and a CSV and JSON index of all', async () => {
    const { fetch, paths } = fakePlatform();
    const zip = createZipWriter();
    const output = collect(zip.readable);
    const plan = {
      kind: 'archive-zip' as const,
      partyId: P,
      zipName: 'arkiv.zip',
      language: 'nb',
      userId: 1337,
      from: '2023-12-31T23:00:00.000Z',
      to: '2024-12-31T23:00:00.000Z',
      labels: TEST_LABELS,
      csvDelimiter: ';' as const,
      parallel: 3,
    };
    const outcome = await runArchiveZip(plan, zip, context(fetch));
    const entries = await output;

    const list = paths.find((p) => p.startsWith('/storage/api/v1/instances?')) ?? '';
    expect(list).toContain('status.isArchived=true');
    expect(list).toContain('status.isSoftDeleted=false');
    expect(list).toContain('lastChanged=gte%3A2023-12-31T23%3A00%3A00.000Z');
    expect(list).toContain('lastChanged=lt%3A2024-12-31T23%3A00%3A00.000Z');

    const folder1 = `2024-05-02 Samordnet registermelding ${G1.slice(-12)}`;
    const folder2 = `2024-03-01 Samordnet registermelding ${G2.slice(-12)}`;
    expect(entries[`${folder1}/ref-data-as-pdf.pdf`]).toBeDefined();
    expect(text(entries[`${folder2}/=cmd.pdf`])).toBe(files.a1);
    expect(entries[`${folder2}/index.json`]).toBeDefined();

    // TextDecoder drops a BOM unless told to keep it.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(entries['index.csv']);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(`2024-05-02;Samordnet registermelding;${G1.slice(-12)};brg;`);
    expect(rows[1]?.endsWith(`;${P}/${G1}`)).toBe(true);
    const json = JSON.parse(text(entries['index.json'])) as { instances: { id: string; problems: number }[] };
    expect(json.instances.map((i) => i.id)).toEqual([`${P}/${G1}`, `${P}/${G2}`]);
    expect(outcome.problems).toEqual([{ name: `${folder1}/virus.exe`, outcome: 'skipped-infected' }]);
  });
});
