import { Readable } from 'node:stream';
import type { AppDefinition } from '../datasets/lib/apps.ts';
import { appId } from '../datasets/lib/apps.ts';
import { sharedContent } from '../datasets/lib/file-content.ts';
import type {
  Actor,
  BuiltInstance,
  ContentProvider,
  InstanceSpec,
} from '../datasets/lib/instance-builder.ts';
import { buildInstance, contentTypes, instanceLastChanged } from '../datasets/lib/instance-builder.ts';
import type { InstanceKind } from '../datasets/lib/instance-kinds.ts';
import { specFor } from '../datasets/lib/instance-kinds.ts';
import type { PartyRecord } from '../datasets/lib/parties.ts';
import type { Rng } from '../datasets/lib/prng.ts';
import { createRng, mixSeed } from '../datasets/lib/prng.ts';
import type { DataElement } from '../datasets/lib/storage-types.ts';
import { isoTime } from '../datasets/lib/time.ts';
import type { BlobRef, InstanceIndexEntry } from '../store/source.ts';
import { bigCsvBlob, BIG_CSV_SIZE, SCAN_PNG_SIZE, scanPngBlob } from './big-files.ts';
import { DOWNLOAD_TEST_APP } from './generated-apps.ts';

/**
 * Which parties hold instances, how many, and how instance n of a party is built. Everything
 * derives from (seed, partyId, n), so any instance can be rebuilt on demand without the others.
 */

/** Weighted kinds for bulk parties: mostly archive, a realistic share of active work. */
const bulkKinds: [InstanceKind, number][] = [
  ['archived', 30],
  ['archived-old', 16],
  ['archived-unread', 4],
  ['archived-updated', 3],
  ['archived-confirmed', 1],
  ['archived-rich', 1],
  ['draft', 9],
  ['draft-due-soon', 4],
  ['draft-overdue', 4],
  ['draft-due-far', 2],
  ['new-unread', 6],
  ['confirmation', 3],
  ['signing', 3],
  ['payment', 1],
  ['feedback', 3],
  ['visible-tomorrow', 1],
  ['hidden-on-task', 2],
  ['hidden-always', 1],
  ['scan-pending', 1],
  ['deleted', 2],
  ['deleted-archived', 2],
  ['restored', 1],
];
const totalWeight = bulkKinds.reduce((n, [, w]) => n + w, 0);

export function bulkKind(seed: number, partyId: number, n: number): InstanceKind {
  let roll = mixSeed(seed, partyId, n, 0x6b1d) % totalWeight;
  for (const [kind, weight] of bulkKinds) {
    if (roll < weight) return kind;
    roll -= weight;
  }
  return 'archived';
}

export interface PartyInstances {
  partyId: number;
  owner: PartyRecord;
  actor: Actor;
  count: number;
  /** Fixed kinds for the first instances (the rest are drawn from the bulk weights). */
  kinds?: InstanceKind[];
  /** Set on the accountant's own party: its first two instances carry the large files. */
  downloadTests?: boolean;
}

export class InstanceCatalogue {
  private readonly guidCache = new Map<number, { guids: string[]; index: Map<string, number> }>();
  private readonly built = new Map<string, BuiltInstance>();
  private readonly content: ContentProvider = sharedContent();

  constructor(
    private readonly seed: number,
    private readonly now: number,
    private readonly apps: readonly AppDefinition[],
    private readonly parties: Map<number, PartyInstances>,
  ) {}

  partyIds(): number[] {
    return [...this.parties.values()]
      .filter((p) => p.count > 0)
      .map((p) => p.partyId)
      .sort((a, b) => a - b);
  }

  guids(partyId: number): { guids: string[]; index: Map<string, number> } {
    let entry = this.guidCache.get(partyId);
    if (!entry) {
      const count = this.parties.get(partyId)?.count ?? 0;
      const guids: string[] = new Array<string>(count);
      const index = new Map<string, number>();
      for (let n = 0; n < count; n++) {
        // The download-test instances keep the same ids whatever the seed, so benchmarks can name them.
        const party = this.parties.get(partyId);
        const guid = (
          party?.downloadTests && n < 2 ? createRng(0x0d0d, n) : createRng(this.seed, 0x1a57, partyId, n)
        ).guid();
        guids[n] = guid;
        index.set(guid, n);
      }
      entry = { guids, index };
      this.guidCache.set(partyId, entry);
    }
    return entry;
  }

  /** Builds (or returns the recently built) instance; undefined for unknown ids. */
  instance(partyId: number, guid: string): BuiltInstance | undefined {
    const key = `${partyId}/${guid}`;
    const hit = this.built.get(key);
    if (hit) return hit;
    const party = this.parties.get(partyId);
    const n = this.guids(partyId).index.get(guid);
    if (!party || n === undefined) return undefined;
    const built = this.build(party, n, guid);
    // The loader reads instance.json then events.json of the same folder: a tiny cache suffices.
    if (this.built.size > 64) this.built.clear();
    this.built.set(key, built);
    return built;
  }

  blob(partyId: number, guid: string, dataGuid: string): BlobRef | undefined {
    const built = this.instance(partyId, guid);
    if (!built) return undefined;
    const party = this.parties.get(partyId);
    if (party?.downloadTests) {
      const big = this.downloadTestBlob(built, dataGuid);
      if (big) return big;
    }
    const file = built.files.find((f) => f.dataGuid === dataGuid);
    if (!file) return undefined;
    const bytes = file.bytes;
    return { size: bytes.length, open: () => Readable.from([bytes], { objectMode: false }) };
  }

  /**
   * The loader's index of a party's instances, in `guids()` order, without building them: the
   * same spec and rng as `instance()`, but only the timeline that decides `lastChanged`.
   */
  index(partyId: number): InstanceIndexEntry[] {
    const party = this.parties.get(partyId);
    if (!party) return [];
    const { guids } = this.guids(partyId);
    const entries = new Array<InstanceIndexEntry>(guids.length);
    for (let n = 0; n < guids.length; n++) {
      const guid = guids[n] ?? '';
      if (party.downloadTests && n < 2) {
        const { instance } = this.build(party, n, guid);
        const lastChangedMs = Date.parse(instance.lastChanged);
        entries[n] = { guid, appId: instance.appId, org: instance.org, lastChangedMs };
        continue;
      }
      const rng = createRng(this.seed, 0x5bec, party.partyId, n);
      const spec = this.spec(party, n, guid, rng);
      entries[n] = {
        guid,
        appId: this.appIdOf(spec.app),
        org: spec.app.org,
        lastChangedMs: instanceLastChanged(spec, rng),
      };
    }
    return entries;
  }

  // One id string per app instead of one per instance (100,000 equal strings cost the loader memory).
  private readonly appIds = new Map<AppDefinition, string>();
  private appIdOf(app: AppDefinition): string {
    let id = this.appIds.get(app);
    if (id === undefined) this.appIds.set(app, (id = appId(app)));
    return id;
  }

  private spec(party: PartyInstances, n: number, guid: string, rng: Rng): InstanceSpec {
    const kind = party.kinds?.[n] ?? bulkKind(this.seed, party.partyId, n);
    const context = { rng, now: this.now, apps: this.apps, owner: party.owner, actor: party.actor, guid };
    const spec = specFor(kind, context) ?? specFor('archived', context);
    if (!spec) throw new Error(`no app for party ${party.partyId}`);
    return spec;
  }

  private build(party: PartyInstances, n: number, guid: string): BuiltInstance {
    const rng = createRng(this.seed, 0x5bec, party.partyId, n);
    if (party.downloadTests && n < 2) return this.buildDownloadTest(party, n, guid, rng);
    return buildInstance(this.spec(party, n, guid, rng), rng, this.content);
  }

  /** Instance 0: one 300 MiB CSV. Instance 1: fifty 2 MB PNG scans. */
  private buildDownloadTest(
    party: PartyInstances,
    n: number,
    guid: string,
    rng: ReturnType<typeof createRng>,
  ): BuiltInstance {
    const created = this.now - 3 * 24 * 3_600_000;
    const built = buildInstance(
      {
        guid,
        app: DOWNLOAD_TEST_APP,
        owner: party.owner,
        actor: party.actor,
        stage: 'ended',
        created,
        settled: created + 3_600_000,
        readStatus: 'Read',
        attachments: [],
        presentationText: n === 0 ? 'Eksport 300 MiB' : '50 skannede sider',
      },
      rng,
      this.content,
    );
    const at = isoTime(created + 1_800_000);
    const element = (
      dataGuid: string,
      dataType: string,
      filename: string,
      contentType: string,
      size: number,
    ): DataElement => ({
      id: dataGuid,
      instanceGuid: guid,
      dataType,
      filename,
      contentType,
      blobStoragePath: `${DOWNLOAD_TEST_APP.org}/${DOWNLOAD_TEST_APP.app}/${guid}/data/${dataGuid}`,
      size,
      locked: true,
      isRead: true,
      tags: [],
      fileScanResult: 'NotApplicable',
      created: at,
      createdBy: String(party.actor.userId),
      lastChanged: at,
      lastChangedBy: String(party.actor.userId),
    });
    const extra =
      n === 0
        ? [element(rng.guid(), 'eksport', 'eksport-300MiB.csv', 'text/csv', BIG_CSV_SIZE)]
        : Array.from({ length: 50 }, (_, page) =>
            element(
              rng.guid(),
              'skannet-side',
              `skannet-side-${String(page + 1).padStart(2, '0')}.png`,
              contentTypes.png,
              SCAN_PNG_SIZE,
            ),
          );
    built.instance.data.push(...extra);
    return built;
  }

  private downloadTestBlob(built: BuiltInstance, dataGuid: string): BlobRef | undefined {
    const element = built.instance.data.find((d) => d.id === dataGuid);
    if (!element) return undefined;
    if (element.dataType === 'eksport') return bigCsvBlob();
    if (element.dataType === 'skannet-side') {
      const page = Number(/(\d+)\.png$/.exec(element.filename ?? '')?.[1] ?? '1');
      return scanPngBlob(page);
    }
    return undefined;
  }
}
