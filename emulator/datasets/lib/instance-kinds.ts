import type { AppDefinition, AttachmentKind, TaskType } from './apps.ts';
import type { Actor, AttachmentSpec, InstanceSpec } from './instance-builder.ts';
import type { PartyRecord } from './parties.ts';
import type { Rng } from './prng.ts';
import type { FileScanResult } from './storage-types.ts';
import { day, hour } from './time.ts';

/**
 * The states an inbox has to show, each as a recipe for an InstanceSpec. Datasets list the kinds
 * they want per party; the recipe picks a fitting app and believable times relative to `now`
 * (the dataset's reference time).
 */
export const instanceKinds = [
  'draft',
  'draft-due-soon',
  'draft-overdue',
  'draft-due-far',
  'new-unread',
  'visible-tomorrow',
  'visible-next-week',
  'confirmation',
  'signing',
  'payment',
  'feedback',
  'hidden-always',
  'hidden-on-task',
  'coworker',
  'scan-pending',
  'scan-infected',
  'level4',
  'level4-archived',
  'archived',
  'archived-unread',
  'archived-updated',
  'archived-rich',
  'archived-recent',
  'archived-confirmed',
  'archived-old',
  'deleted',
  'deleted-archived',
  'restored',
  'hard-deleted',
] as const;

export type InstanceKind = (typeof instanceKinds)[number];

const archivedKinds: ReadonlySet<InstanceKind> = new Set([
  'level4-archived',
  'archived',
  'archived-unread',
  'archived-updated',
  'archived-rich',
  'archived-recent',
  'archived-confirmed',
  'archived-old',
  'deleted-archived',
  'restored',
  'hard-deleted',
]);

const taskFor: Partial<Record<InstanceKind, TaskType>> = {
  confirmation: 'confirmation',
  signing: 'signing',
  payment: 'payment',
  feedback: 'feedback',
};

export interface KindContext {
  rng: Rng;
  now: number;
  apps: readonly AppDefinition[];
  owner: PartyRecord;
  actor: Actor;
  coworker?: Actor;
  guid: string;
}

function eligibleApps(kind: InstanceKind, ctx: KindContext): AppDefinition[] {
  const isPerson = ctx.owner.partyTypeName !== 2;
  const forParty = ctx.apps.filter((a) => (isPerson ? a.forPersons : a.forOrganisations));
  if (kind === 'hidden-always') return forParty.filter((a) => a.hideSettings?.hideAlways);
  if (kind === 'hidden-on-task') return forParty.filter((a) => (a.hideSettings?.hideOnTask?.length ?? 0) > 0);
  if (kind === 'level4' || kind === 'level4-archived')
    return forParty.filter((a) => a.minimumAuthenticationLevel >= 4);
  const ordinary = forParty.filter((a) => !a.hideSettings?.hideAlways && a.minimumAuthenticationLevel < 4);
  const task = taskFor[kind];
  if (task) return ordinary.filter((a) => a.tasks.some((t) => t.type === task));
  if (kind === 'archived-recent') return ordinary.filter((a) => (a.preventInstanceDeletionForDays ?? 0) >= 7);
  // The user could not have deleted these inside a deletion-prevention window.
  if (kind === 'deleted-archived' || kind === 'hard-deleted' || kind === 'restored') {
    return ordinary.filter((a) => a.preventInstanceDeletionForDays === undefined);
  }
  if (kind === 'archived-rich' || kind === 'scan-pending' || kind === 'scan-infected') {
    return ordinary.filter((a) => a.attachments.some((t) => t.enableFileScan));
  }
  return ordinary;
}

/** The first task index that the message box shows (skipping hideOnTask tasks). */
function firstVisibleDataTask(app: AppDefinition): number {
  const hidden = new Set(app.hideSettings?.hideOnTask ?? []);
  const i = app.tasks.findIndex((t) => t.type === 'data' && !hidden.has(t.id));
  return i < 0 ? 0 : i;
}

function attachmentsFor(
  app: AppDefinition,
  rng: Rng,
  count: number,
  scan?: FileScanResult,
): AttachmentSpec[] {
  const options = app.attachments.flatMap((type) => type.kinds.map((kind) => ({ type, kind })));
  if (options.length === 0) return [];
  const out: AttachmentSpec[] = [];
  // Start at a random kind so that small instances do not all get a PDF.
  const first = rng.int(0, options.length - 1);
  for (let i = 0; i < count; i++) {
    const o = options[(first + i) % options.length] ?? rng.pick(options);
    const spec: AttachmentSpec = { type: o.type, kind: o.kind as AttachmentKind };
    if (scan && o.type.enableFileScan && !out.some((a) => a.fileScanResult === scan))
      spec.fileScanResult = scan;
    out.push(spec);
  }
  return out;
}

/** Builds the spec for one instance of `kind`, or undefined when no app fits the party. */
export function specFor(kind: InstanceKind, ctx: KindContext): InstanceSpec | undefined {
  const { rng, now } = ctx;
  const candidates = eligibleApps(kind, ctx);
  if (candidates.length === 0) return undefined;
  const app = rng.pick(candidates);
  const archived = archivedKinds.has(kind);
  const presentationText =
    app.presentationField && rng.chance(0.85) ? rng.pick(app.presentationField.values) : undefined;

  let stage: number | 'ended' = archived ? 'ended' : firstVisibleDataTask(app);
  const task = taskFor[kind];
  if (task) stage = app.tasks.findIndex((t) => t.type === task);
  if (kind === 'hidden-on-task' || kind === 'hidden-always') stage = 0;

  // Times: active work is recent, archived work is spread over the last year.
  let created: number;
  let settled: number;
  if (archived) {
    const ageDays =
      kind === 'archived-old' ? rng.int(200, 420) : kind === 'archived-recent' ? 9 : rng.int(12, 180);
    created = now - ageDays * day - rng.int(0, 8) * hour;
    settled =
      kind === 'archived-recent'
        ? now - 2 * day - rng.int(1, 6) * hour
        : created + rng.int(1, 9) * day + rng.int(0, 20) * hour;
  } else if (kind === 'visible-tomorrow' || kind === 'visible-next-week') {
    created = now - rng.int(1, 5) * hour;
    settled = created + 30 * 60_000;
  } else {
    created = now - rng.int(2, 45) * day - rng.int(0, 20) * hour;
    settled = created + Math.round((now - created) * (0.4 + rng.next() * 0.5));
  }

  // Nobody works on the hour: spread times over the minutes and milliseconds too.
  created -= rng.int(0, 3_599_999);
  settled -= rng.int(0, 599_999);
  if (settled <= created) settled = created + rng.int(60_000, 3_600_000);

  const spec: InstanceSpec = {
    guid: ctx.guid,
    app,
    owner: ctx.owner,
    actor: ctx.actor,
    stage,
    created,
    settled,
    readStatus: 'Read',
    attachments: [],
  };
  if (presentationText) spec.presentationText = presentationText;
  if (app.dueInDays !== undefined) spec.dueBefore = created + app.dueInDays * day;

  switch (kind) {
    case 'draft':
      spec.attachments = attachmentsFor(app, rng, rng.int(0, 1));
      break;
    case 'draft-due-soon':
      spec.readStatus = 'Unread';
      spec.dueBefore = now + 2 * day + rng.int(1, 10) * hour;
      break;
    case 'draft-overdue':
      spec.dueBefore = now - 5 * day;
      if (app.substatuses.some((s) => s.key === 'purring'))
        spec.substatus = { key: 'purring', at: now - 4 * day, withDescription: true };
      break;
    case 'draft-due-far':
      spec.dueBefore = now + rng.int(55, 90) * day;
      break;
    case 'new-unread': {
      spec.readStatus = 'Unread';
      spec.createdByServiceOwner = true;
      spec.created = now - rng.int(1, 6) * day - rng.int(0, 3_599_999);
      spec.settled = spec.created + 5000;
      spec.stage = firstVisibleDataTask(app);
      spec.dueBefore = spec.created + (app.dueInDays ?? 30) * day;
      const requested = app.substatuses.find((s) => s.key === 'forespurt');
      if (requested)
        spec.substatus = { key: requested.key, at: spec.created + 60_000, withDescription: true };
      break;
    }
    case 'visible-tomorrow':
    case 'visible-next-week':
      spec.readStatus = 'Unread';
      spec.createdByServiceOwner = true;
      spec.visibleAfter = now + (kind === 'visible-tomorrow' ? 1 : 6) * day;
      spec.dueBefore = spec.visibleAfter + (app.dueInDays ?? 30) * day;
      break;
    case 'confirmation':
    case 'payment':
      spec.attachments = attachmentsFor(app, rng, rng.int(0, 2));
      break;
    case 'signing':
      spec.readStatus = 'UpdatedSinceLastReview';
      if (ctx.coworker) spec.coworker = ctx.coworker;
      spec.attachments = attachmentsFor(app, rng, 1);
      break;
    case 'feedback': {
      spec.readStatus = 'UpdatedSinceLastReview';
      spec.feedbackUnread = true;
      const sub = app.substatuses[0];
      if (sub) spec.substatus = { key: sub.key, at: now - rng.int(1, 3) * day, withDescription: true };
      break;
    }
    case 'hidden-always':
      spec.readStatus = 'Unread';
      break;
    case 'hidden-on-task':
      spec.readStatus = 'Unread';
      spec.createdByServiceOwner = true;
      spec.created = now - rng.int(1, 3) * day - rng.int(0, 3_599_999);
      spec.settled = spec.created + 5000;
      break;
    case 'coworker':
      if (ctx.coworker) spec.coworker = ctx.coworker;
      spec.readStatus = 'UpdatedSinceLastReview';
      break;
    case 'scan-pending':
      spec.attachments = attachmentsFor(app, rng, 2, 'Pending');
      spec.settled = now - 10 * 60_000;
      break;
    case 'scan-infected':
      spec.attachments = attachmentsFor(app, rng, 2, 'Infected');
      break;
    case 'level4':
      spec.readStatus = 'Unread';
      spec.attachments = attachmentsFor(app, rng, 1);
      break;
    case 'level4-archived':
      spec.attachments = attachmentsFor(app, rng, 2);
      break;
    case 'archived':
      spec.attachments = attachmentsFor(app, rng, rng.int(0, 2));
      break;
    case 'archived-unread':
      spec.readStatus = 'Unread';
      break;
    case 'archived-updated': {
      spec.readStatus = 'UpdatedSinceLastReview';
      const sub = app.substatuses[app.substatuses.length - 1];
      if (sub)
        spec.substatus = {
          key: sub.key,
          // Never in the future: the service owner cannot have acted after the reference time.
          at: Math.min(settled + rng.int(3, 10) * day, now - hour),
          withDescription: rng.chance(0.7),
        };
      break;
    }
    case 'archived-rich':
      spec.attachments = attachmentsFor(
        app,
        rng,
        app.attachments.reduce((n, t) => n + t.kinds.length, 0) + 1,
      );
      break;
    case 'archived-recent':
      spec.attachments = attachmentsFor(app, rng, 1);
      break;
    case 'archived-confirmed':
      spec.confirmedAt = Math.min(settled + rng.int(1, 3) * day, now - hour);
      break;
    case 'archived-old':
      break;
    case 'deleted':
      spec.softDeletedAt = now - rng.int(1, 6) * day;
      break;
    case 'deleted-archived':
      spec.softDeletedAt = Math.min(now - day, settled + 20 * day);
      break;
    case 'restored':
      spec.softDeletedAt = settled + 2 * hour;
      spec.restoredAt = settled + 26 * hour;
      break;
    case 'hard-deleted':
      spec.softDeletedAt = now - 20 * day;
      spec.hardDeletedAt = now - 19 * day;
      break;
  }
  // Soft deletion must come after everything else that happened to the instance.
  if (spec.softDeletedAt !== undefined && spec.softDeletedAt <= spec.settled)
    spec.softDeletedAt = spec.settled + hour;
  if (spec.softDeletedAt !== undefined && spec.softDeletedAt > now) spec.softDeletedAt = now - hour;
  if (
    spec.hardDeletedAt !== undefined &&
    spec.softDeletedAt !== undefined &&
    spec.hardDeletedAt <= spec.softDeletedAt
  ) {
    spec.hardDeletedAt = Math.min(now - 1000, spec.softDeletedAt + hour);
  }
  return spec;
}
