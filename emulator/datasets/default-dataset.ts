import type { AppDefinition } from './lib/apps.ts';
import { appId, applicationMetadata, apps, policyXml, textResource } from './lib/apps.ts';
import type { DatasetFiles } from './lib/dataset-files.ts';
import {
  accountantClients,
  borettslag,
  bystander,
  ddgBergen,
  ddgFitness,
  ddgOslo,
  ddgTrondheim,
  defaultAddress,
  easHealth,
  easSortland,
  easStokmarknes,
  easSvolvaer,
  gjentagendeParty,
  kariParty,
  olaParty,
  pengelensParty,
  perParty,
  regineParty,
  regnskapsfirma,
  saltDrammen,
  saltHolding,
  saltTromso,
  saltverket,
  skogOgFjell,
  sophieParty,
  users,
} from './lib/default-people.ts';
import { perInstanceContent } from './lib/file-content.ts';
import type { Actor } from './lib/instance-builder.ts';
import { buildInstance } from './lib/instance-builder.ts';
import type { InstanceKind } from './lib/instance-kinds.ts';
import { specFor } from './lib/instance-kinds.ts';
import type { PartyRecord } from './lib/parties.ts';
import {
  flattenPartyList,
  partyListItem,
  profileUser,
  registerOrg,
  registerParty,
  registerPerson,
} from './lib/parties.ts';
import { createRng } from './lib/prng.ts';
import { orgsJson, serviceOwners } from './lib/service-owners.ts';
import type { Instance, Lang } from './lib/storage-types.ts';
import { isoTime } from './lib/time.ts';
import { aboutMarkdown } from './default-about.ts';

/**
 * The default dataset, as a pure function of nothing: the same files every time. Dates are
 * written relative to REFERENCE_TIME, which storage/dataset.json declares, so the loader can
 * shift them to "now" and "due in two days" stays true.
 */
export const REFERENCE_TIME = Date.UTC(2026, 10, 27, 9, 0, 0);
const SEED = 20261127;

const actorOf = (userId: number, party: PartyRecord): Actor => ({
  userId,
  pid: party.ssn ?? '',
  authenticationLevel: 3,
});
const sophie = actorOf(1337, sophieParty);
const ola = actorOf(12345, olaParty);
const pengelens = actorOf(1001, pengelensParty);
const gjentagende = actorOf(1002, gjentagendeParty);
const kari = actorOf(20001, kariParty);
const regine = actorOf(20003, regineParty);
const henrik: Actor = { userId: bystander.userId, pid: bystander.pid, authenticationLevel: 3 };

interface PartyPlan {
  owner: PartyRecord;
  actor: Actor;
  coworker?: Actor;
  kinds: InstanceKind[];
}

const clientKinds: InstanceKind[] = [
  'new-unread',
  'draft',
  'draft-due-soon',
  'archived',
  'signing',
  'archived-unread',
  'draft-overdue',
];

/** Which instances each party holds. Sophie's own party and DDG Fitness cover every kind. */
export const plan: PartyPlan[] = [
  {
    owner: sophieParty,
    actor: sophie,
    kinds: [
      'draft-due-soon',
      'draft-overdue',
      'draft-due-far',
      'draft',
      'confirmation',
      'signing',
      'payment',
      'feedback',
      'visible-tomorrow',
      'hidden-always',
      'scan-pending',
      'level4',
      'level4-archived',
      'archived',
      'archived-rich',
      'archived-unread',
      'archived-updated',
      'archived-recent',
      'archived-confirmed',
      'archived-old',
      'deleted',
      'deleted-archived',
      'restored',
      'hard-deleted',
    ],
  },
  {
    owner: ddgFitness,
    actor: sophie,
    coworker: pengelens,
    kinds: [
      'new-unread',
      'new-unread',
      'draft-due-soon',
      'draft-overdue',
      'draft',
      'draft-due-far',
      'signing',
      'signing',
      'payment',
      'feedback',
      'confirmation',
      'visible-tomorrow',
      'visible-next-week',
      'hidden-on-task',
      'hidden-on-task',
      'hidden-always',
      'coworker',
      'coworker',
      'scan-infected',
      'scan-pending',
      'level4',
      'level4-archived',
      'archived-rich',
      'archived-rich',
      'archived',
      'archived',
      'archived',
      'archived-unread',
      'archived-updated',
      'archived-recent',
      'archived-confirmed',
      'archived-old',
      'archived-old',
      'deleted',
      'deleted-archived',
      'restored',
      'hard-deleted',
    ],
  },
  { owner: ddgOslo, actor: sophie, kinds: ['hidden-on-task', 'draft-due-soon', 'archived', 'new-unread'] },
  {
    owner: ddgBergen,
    actor: sophie,
    coworker: gjentagende,
    kinds: ['draft-overdue', 'archived', 'signing', 'archived-old'],
  },
  { owner: ddgTrondheim, actor: sophie, kinds: ['new-unread', 'archived-unread', 'draft'] },
  {
    owner: easHealth,
    actor: sophie,
    coworker: henrik,
    kinds: [
      'draft',
      'signing',
      'archived',
      'archived-unread',
      'deleted',
      'archived-rich',
      'new-unread',
      'draft-overdue',
    ],
  },
  { owner: borettslag, actor: sophie, kinds: ['draft-due-soon', 'archived', 'archived-old', 'feedback'] },
  { owner: easSortland, actor: sophie, kinds: ['archived', 'draft'] },
  { owner: easStokmarknes, actor: sophie, kinds: ['archived-old', 'new-unread'] },
  { owner: easSvolvaer, actor: sophie, kinds: ['archived', 'payment'] },
  { owner: skogOgFjell, actor: sophie, kinds: ['archived', 'new-unread', 'draft-overdue'] },
  { owner: saltverket, actor: sophie, kinds: ['archived-old', 'archived-old', 'archived'] },
  // Sophie reaches Salt Holding only through its subunits: these two must stay invisible to her.
  { owner: saltHolding, actor: henrik, kinds: ['archived', 'draft'] },
  { owner: saltDrammen, actor: sophie, kinds: ['draft-due-soon', 'archived', 'hidden-on-task'] },
  { owner: saltTromso, actor: henrik, kinds: ['new-unread', 'archived-confirmed', 'signing'] },
  {
    owner: olaParty,
    actor: ola,
    kinds: [
      'draft-due-soon',
      'draft',
      'confirmation',
      'feedback',
      'archived',
      'archived',
      'archived-rich',
      'archived-unread',
      'archived-updated',
      'archived-old',
      'archived-old',
      'deleted',
      'restored',
      'visible-next-week',
      'level4',
      'hard-deleted',
      'draft-overdue',
      'scan-infected',
    ],
  },
  { owner: pengelensParty, actor: pengelens, kinds: ['archived', 'draft', 'archived-unread', 'feedback'] },
  { owner: gjentagendeParty, actor: gjentagende, kinds: ['archived', 'draft-due-soon', 'confirmation'] },
  { owner: kariParty, actor: kari, kinds: ['archived', 'draft', 'visible-tomorrow'] },
  // Kari acts for her father Per: his instances are filled in by her.
  {
    owner: perParty,
    actor: kari,
    kinds: [
      'draft-due-soon',
      'archived',
      'archived',
      'feedback',
      'archived-updated',
      'deleted',
      'archived-old',
      'confirmation',
    ],
  },
  { owner: regineParty, actor: regine, kinds: ['archived', 'draft'] },
  {
    owner: regnskapsfirma,
    actor: regine,
    kinds: ['draft', 'signing', 'archived', 'archived-rich', 'new-unread', 'archived-confirmed'],
  },
  ...accountantClients.map((c, i) => ({
    owner: c.party,
    actor: regine,
    kinds: (i % 4 === 0
      ? [clientKinds[i % clientKinds.length], 'archived-old']
      : [clientKinds[i % clientKinds.length]]) as InstanceKind[],
  })),
];

const langs: Lang[] = ['nb', 'nn', 'en'];

/** One row per built instance, for ABOUT.md and for tests that look for a state. */
export interface InstanceIndexEntry {
  partyId: number;
  guid: string;
  kind: InstanceKind;
  appId: string;
  /** Where the app should show it at the reference time (see ABOUT.md). */
  folder: 'inbox' | 'archive' | 'bin' | 'hidden' | 'later' | 'gone';
  /** Its app's policy requires authentication level 4. */
  level4: boolean;
}

function folderOf(instance: Instance, app: AppDefinition): InstanceIndexEntry['folder'] {
  if (instance.status.isHardDeleted) return 'gone';
  if (instance.status.isSoftDeleted) return 'bin';
  if (instance.status.isArchived) return 'archive';
  if (instance.visibleAfter && Date.parse(instance.visibleAfter) > REFERENCE_TIME) return 'later';
  const hide = app.hideSettings;
  if (hide?.hideAlways || hide?.hideOnTask?.includes(instance.process.currentTask?.elementId ?? ''))
    return 'hidden';
  return 'inbox';
}

export interface DefaultDataset {
  files: DatasetFiles;
  index: InstanceIndexEntry[];
}

export function buildDefaultDataset(): DefaultDataset {
  const files: DatasetFiles = new Map();
  const index: InstanceIndexEntry[] = [];
  const json = (path: string, value: unknown): void => {
    files.set(path, { json: value });
  };

  // People, parties and who represents whom (localtest layout).
  const parties = new Map<number, PartyRecord>();
  for (const user of users) {
    json(`Profile/User/${user.userId}.json`, profileUser(user));
    json(`authorization/partylist/${user.userId}.json`, user.partyList.map(partyListItem));
    for (const entry of flattenPartyList(user.partyList)) parties.set(entry.party.partyId, entry.party);
  }
  for (const party of [...parties.values()].sort((a, b) => a.partyId - b.partyId)) {
    json(`Register/Party/${party.partyId}.json`, registerParty(party));
    if (party.partyTypeName === 1 && party.ssn)
      json(`Register/Person/${party.ssn}.json`, registerPerson(party, defaultAddress));
    if (party.partyTypeName === 2 && party.orgNumber)
      json(`Register/Org/${party.orgNumber}.json`, registerOrg(party, defaultAddress));
  }
  const extraClaim = [
    { type: 'some:extra:claim', value: 'claimValue', valueType: 'http://www.w3.org/2001/XMLSchema#string' },
  ];
  json('authorization/claims/1337.json', extraClaim);
  json('authorization/claims/12345.json', extraClaim);

  // Service owners and apps.
  json('storage/dataset.json', { referenceTime: isoTime(REFERENCE_TIME) });
  json('storage/orgs.json', orgsJson(serviceOwners));
  for (const app of apps) {
    const dir = `storage/applications/${appId(app)}`;
    json(`${dir}/applicationmetadata.json`, applicationMetadata(app));
    files.set(`${dir}/policy.xml`, { text: policyXml(app) });
    for (const lang of langs) json(`${dir}/texts/${lang}.json`, textResource(app, lang));
  }

  // Instances.
  const guids = createRng(SEED, 3);
  plan.forEach((p, partyIndex) => {
    p.kinds.forEach((kind, i) => {
      const rng = createRng(SEED, 4, partyIndex, i);
      const spec = specFor(kind, {
        rng,
        now: REFERENCE_TIME,
        apps,
        owner: p.owner,
        actor: p.actor,
        ...(p.coworker ? { coworker: p.coworker } : {}),
        guid: guids.guid(),
      });
      if (!spec) throw new Error(`no app fits ${kind} for party ${p.owner.partyId}`);
      const built = buildInstance(spec, rng, perInstanceContent);
      index.push({
        partyId: p.owner.partyId,
        guid: spec.guid,
        kind,
        appId: appId(spec.app),
        folder: folderOf(built.instance, spec.app),
        level4: spec.app.minimumAuthenticationLevel >= 4,
      });
      const dir = `storage/instances/${p.owner.partyId}/${spec.guid}`;
      json(`${dir}/instance.json`, built.instance);
      json(`${dir}/events.json`, { instanceEvents: built.events });
      for (const f of built.files) files.set(`${dir}/data/${f.dataGuid}`, { bytes: f.bytes });
    });
  });
  files.set('ABOUT.md', { text: aboutMarkdown(index) });
  return { files, index };
}
