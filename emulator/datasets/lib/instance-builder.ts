import { createHash } from 'node:crypto';
import type { AppDefinition, AppTask, AttachmentKind, AttachmentType } from './apps.ts';
import { appId } from './apps.ts';
import type { PartyRecord } from './parties.ts';
import { serviceOwners } from './service-owners.ts';
import type { Rng } from './prng.ts';
import type {
  DataElement,
  FileScanResult,
  Instance,
  InstanceEvent,
  PlatformUser,
  ProcessState,
  Substatus,
} from './storage-types.ts';
import { hour, isoTime } from './time.ts';

/**
 * Turns a compact description of one instance (which app, whose, how far it got, what happened
 * to it) into the three things the layout stores: instance.json, events.json and the data files.
 * Every timestamp follows from `created` and the rng, and the event history is consistent with the
 * final state (tasks started and ended in order, deletions and restores logged, and so on).
 */

export interface Actor {
  userId: number;
  pid: string;
  authenticationLevel: number;
}

export interface AttachmentSpec {
  type: AttachmentType;
  kind: AttachmentKind;
  fileScanResult?: FileScanResult;
}

export interface InstanceSpec {
  guid: string;
  app: AppDefinition;
  owner: PartyRecord;
  actor: Actor;
  /** Someone else who worked on it too (signed it, or saved the form), when set. */
  coworker?: Actor;
  /** Index into app.tasks of the current task, or 'ended' when archived. */
  stage: number | 'ended';
  created: number;
  /** When the last thing in the process happened (task start or process end), after `created`. */
  settled: number;
  readStatus: 'Unread' | 'Read' | 'UpdatedSinceLastReview';
  dueBefore?: number;
  visibleAfter?: number;
  substatus?: { key: string; at: number; withDescription: boolean };
  attachments: AttachmentSpec[];
  presentationText?: string;
  createdByServiceOwner?: boolean;
  confirmedAt?: number;
  softDeletedAt?: number;
  hardDeletedAt?: number;
  restoredAt?: number;
  /** The service owner's own document has not been opened yet. */
  feedbackUnread?: boolean;
}

export type FileRole = 'model' | 'receipt' | 'attachment' | 'feedback';

export interface FileRequest {
  role: FileRole;
  kind: AttachmentKind;
  spec: InstanceSpec;
  dataGuid: string;
  filename: string;
}

/** Supplies the bytes of a data file. The default dataset writes per-instance files; the generator shares a few. */
export type ContentProvider = (request: FileRequest) => Buffer;

/** Hashes of shared buffers, so the generator does not re-hash the same template a million times. */
const hashCache = new WeakMap<Buffer, string>();
export function md5Base64(bytes: Buffer): string {
  const cached = hashCache.get(bytes);
  if (cached) return cached;
  const hash = createHash('md5').update(bytes).digest('base64');
  hashCache.set(bytes, hash);
  return hash;
}

export const contentTypes: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  xml: 'application/xml',
};

const attachmentNames: Record<AttachmentKind, string[]> = {
  pdf: [
    'bekreftelse.pdf',
    'legeerklaering.pdf',
    'kontoutskrift.pdf',
    'avtale-signert.pdf',
    'dokumentasjon.pdf',
  ],
  png: ['skjermbilde.png', 'kart-over-eiendom.png', 'organisasjonskart.png'],
  jpeg: ['kvittering-mobil.jpg', 'bilde-av-skade.jpg', 'foto-dokument.jpg'],
  txt: ['forklaring.txt', 'notat.txt', 'kommentar til terminen.txt'],
  docx: ['vedtekter.docx', 'styreprotokoll.docx', 'arbeidsavtale.docx'],
  json: ['grunnlag.json'],
  xml: ['saf-t-regnskap.xml'],
};

export interface BuiltInstance {
  instance: Instance;
  events: InstanceEvent[];
  files: { dataGuid: string; bytes: Buffer }[];
}

function taskInfo(
  task: AppTask,
  index: number,
  started: number,
  ended?: number,
): ProcessState['currentTask'] {
  const info: NonNullable<ProcessState['currentTask']> = {
    flow: index + 2,
    started: isoTime(started),
    elementId: task.id,
    name: task.name,
    altinnTaskType: task.type,
  };
  if (ended !== undefined) info.ended = isoTime(ended);
  info.flowType = 'CompleteCurrentMoveToNext';
  return info;
}

export function buildInstance(spec: InstanceSpec, rng: Rng, content: ContentProvider): BuiltInstance {
  const { built } = build(spec, rng, content);
  if (!built) throw new Error('buildInstance: nothing built');
  return built;
}

/**
 * The instance's `lastChanged` (ms) exactly as `buildInstance` would write it for the same spec and
 * rng state, without building events, data elements or files: the generator's loader index needs
 * only this, and building 100,000 whole instances just to read one field cost it seconds.
 */
export function instanceLastChanged(spec: InstanceSpec, rng: Rng): number {
  return build(spec, rng, undefined).lastChanged;
}

/** Without `content` it only follows the timeline (consuming the rng identically) and builds nothing. */
function build(
  spec: InstanceSpec,
  rng: Rng,
  content: ContentProvider | undefined,
): { built?: BuiltInstance; lastChanged: number } {
  const { app, owner, guid } = spec;
  const partyId = String(owner.partyId);
  const instanceId = `${partyId}/${guid}`;
  const events: InstanceEvent[] = [];
  const eventTimes: number[] = [];
  const users = new Map<Actor, PlatformUser>();
  const userOf = (a: Actor): PlatformUser => {
    let u = users.get(a);
    if (!u)
      users.set(
        a,
        (u = { userId: a.userId, authenticationLevel: a.authenticationLevel, nationalIdentityNumber: a.pid }),
      );
    return u;
  };
  const data: DataElement[] = [];
  const files: BuiltInstance['files'] = [];
  const ownerOrg: PlatformUser = { orgId: app.org, authenticationLevel: 3 };
  const level = Math.max(spec.actor.authenticationLevel, app.minimumAuthenticationLevel);
  const actor: Actor = { ...spec.actor, authenticationLevel: level };
  const coworker: Actor | undefined = spec.coworker && { ...spec.coworker, authenticationLevel: level };

  // The extras are a thunk so that an index-only pass never formats their timestamps.
  const event = (
    at: number,
    eventType: string,
    user: PlatformUser,
    more?: () => { dataId?: string; processInfo?: ProcessState },
  ): void => {
    if (!content) {
      rng.skipGuid();
      return;
    }
    const e = { id: rng.guid(), instanceId } as InstanceEvent;
    const extra = more?.() ?? {};
    if (extra.dataId) e.dataId = extra.dataId;
    e.created = isoTime(at);
    e.eventType = eventType;
    e.instanceOwnerPartyId = partyId;
    e.user = user;
    if (extra.processInfo) e.processInfo = extra.processInfo;
    events.push(e);
    eventTimes.push(at);
  };

  const addFile = (
    role: FileRole,
    kind: AttachmentKind,
    dataType: string,
    filename: string | undefined,
    at: number,
    by: string,
    opts: { locked: boolean; isRead: boolean; fileScanResult: FileScanResult },
  ): string => {
    if (!content) {
      rng.skipGuid();
      return 'index-only';
    }
    const dataGuid = rng.guid();
    const bytes = content({ role, kind, spec, dataGuid, filename: filename ?? `${dataType}.${kind}` });
    const element: DataElement = {
      id: dataGuid,
      instanceGuid: guid,
      dataType,
      ...(filename ? { filename } : {}),
      contentType: contentTypes[kind],
      blobStoragePath: `${app.org}/${app.app}/${guid}/data/${dataGuid}`,
      size: bytes.length,
      contentHash: md5Base64(bytes),
      locked: opts.locked,
      isRead: opts.isRead,
      tags: [],
      fileScanResult: opts.fileScanResult,
      created: isoTime(at),
      createdBy: by,
      lastChanged: isoTime(at),
      lastChangedBy: by,
    };
    data.push(element);
    files.push({ dataGuid, bytes });
    return dataGuid;
  };

  const ended = spec.stage === 'ended';
  const currentIndex = ended ? app.tasks.length : (spec.stage as number);
  // Spread the process over [created, settled]: one slot per task boundary.
  const slots = currentIndex + 1;
  const slot = Math.max(1, (spec.settled - spec.created) / slots);
  const startOf = (i: number): number => spec.created + Math.round(slot * i + rng.next() * slot * 0.1) + 1000;
  const ownerNumber = (): string =>
    spec.createdByServiceOwner ? (serviceOwnerNumbers[app.org] ?? app.org) : String(actor.userId);

  // Creation: by the user, or prefilled by the service owner.
  const creator: PlatformUser = spec.createdByServiceOwner ? ownerOrg : userOf(actor);
  const firstTask = app.tasks[0];
  if (!firstTask) throw new Error(`${appId(app)} has no tasks`);
  const processStart = spec.created + 200 + rng.int(0, 700);
  event(spec.created, 'Created', creator, () => ({
    processInfo: {
      started: isoTime(processStart),
      startEvent: 'StartEvent_1',
      currentTask: taskInfo(firstTask, 0, processStart),
    },
  }));
  event(processStart, 'process_StartEvent', creator, () => ({
    processInfo: { started: isoTime(processStart), startEvent: 'StartEvent_1' },
  }));

  let lastChanged = processStart;
  let lastChangedBy = spec.createdByServiceOwner ? ownerNumber() : String(actor.userId);
  let modelGuid: string | undefined;
  let taskStarted = processStart;
  // The process engine starts the next task in the same request that ended the previous one.
  let previousEnder: PlatformUser = creator;

  for (let i = 0; i < Math.min(currentIndex + 1, app.tasks.length); i++) {
    const task = app.tasks[i] as AppTask;
    const start = i === 0 ? processStart : startOf(i);
    taskStarted = start;
    const starter = previousEnder;
    event(start, 'process_StartTask', starter, () => ({
      processInfo: {
        started: isoTime(processStart),
        startEvent: 'StartEvent_1',
        currentTask: taskInfo(task, i, start),
      },
    }));
    lastChanged = start;
    const isCurrent = i === currentIndex;
    const end = isCurrent
      ? undefined
      : Math.max(start + 100, startOf(i + 1) - 1 - Math.round(rng.next() * Math.min(5000, slot * 0.05)));
    const worker = coworker && task.type === 'signing' ? coworker : actor;

    if (task.type === 'data' && !modelGuid) {
      // The model is created when the first data task starts (appLogic.autoCreate).
      const by = spec.createdByServiceOwner ? ownerNumber() : String(actor.userId);
      modelGuid = addFile(
        'model',
        app.model.contentType === 'application/json' ? 'json' : 'xml',
        app.model.id,
        undefined,
        start + 150,
        by,
        {
          locked: false,
          isRead: true,
          fileScanResult: 'NotApplicable',
        },
      );
      event(start + 150, 'Created', starter, () => ({ dataId: modelGuid }));
    }
    const hasUploads = i === 0 && spec.attachments.length > 0;
    if (
      task.type === 'data' &&
      (!isCurrent || hasUploads || rng.chance(0.7)) &&
      !(spec.createdByServiceOwner && i === 0)
    ) {
      const savedAt = isCurrent
        ? start + Math.round((spec.settled - start) * 0.5) + 2000
        : start + Math.round(((end ?? start) - start) * 0.4);
      const saver = coworker && rng.chance(0.5) ? coworker : actor;
      if (modelGuid) event(savedAt, 'Saved', userOf(saver), () => ({ dataId: modelGuid }));
      lastChanged = Math.max(lastChanged, savedAt);
      lastChangedBy = String(saver.userId);
      if (i === 0) {
        spec.attachments.forEach((a, n) => {
          const at = savedAt + 60_000 * (n + 1);
          const name = rng.pick(attachmentNames[a.kind]);
          const dataId = addFile('attachment', a.kind, a.type.id, name, at, String(saver.userId), {
            locked: !isCurrent,
            isRead: true,
            fileScanResult: a.fileScanResult ?? (a.type.enableFileScan ? 'Clean' : 'NotApplicable'),
          });
          event(at, 'Created', userOf(saver), () => ({ dataId }));
          lastChanged = Math.max(lastChanged, at);
        });
      }
    }
    if (task.type === 'signing' && !isCurrent && end !== undefined) {
      event(end - 30_000, 'Signed', userOf(worker));
    }
    if (task.type === 'payment' && end !== undefined) {
      event(start + 5000, 'SentToPayment', userOf(actor));
    }
    if (task.type === 'feedback' && app.feedbackDocument) {
      const at = isCurrent
        ? Math.max(start + hour, spec.settled)
        : start + Math.round(((end ?? start) - start) * 0.5);
      if (!isCurrent || spec.feedbackUnread !== undefined) {
        const fb = app.feedbackDocument;
        const dataId = addFile(
          'feedback',
          'pdf',
          fb.id,
          fb.filename,
          at,
          serviceOwnerNumbers[app.org] ?? app.org,
          {
            locked: true,
            isRead: !(spec.feedbackUnread ?? false),
            fileScanResult: 'NotApplicable',
          },
        );
        event(at, 'Created', ownerOrg, () => ({ dataId }));
        lastChanged = Math.max(lastChanged, at);
        lastChangedBy = serviceOwnerNumbers[app.org] ?? app.org;
      }
    }
    if (end !== undefined) {
      const prefilled =
        spec.createdByServiceOwner && i === 0 && app.hideSettings?.hideOnTask?.includes(task.id);
      const ender = task.type === 'feedback' || prefilled ? ownerOrg : userOf(worker);
      previousEnder = ender;
      event(end, 'process_EndTask', ender, () => ({
        processInfo: {
          started: isoTime(processStart),
          startEvent: 'StartEvent_1',
          currentTask: taskInfo(task, i, start, end),
        },
      }));
      if (task.type === 'data' && modelGuid) {
        // Leaving a data task locks the form data and renders it as PDF (ref-data-as-pdf).
        const model = data.find((d) => d.id === modelGuid);
        if (model) model.locked = true;
        if (i === lastDataTaskIndex(app)) {
          const receiptUnread = ended && spec.readStatus === 'Unread';
          const pdfName = `${app.title.nb}.pdf`;
          const dataId = addFile(
            'receipt',
            'pdf',
            'ref-data-as-pdf',
            pdfName,
            end + 800,
            String(worker.userId),
            {
              locked: true,
              isRead: !receiptUnread,
              fileScanResult: 'NotApplicable',
            },
          );
          event(end + 800, 'Created', userOf(worker), () => ({ dataId }));
        }
      }
      lastChanged = Math.max(lastChanged, end + 800);
      lastChangedBy = ender.orgId ? (serviceOwnerNumbers[app.org] ?? app.org) : String(worker.userId);
    }
  }

  const process: ProcessState = { started: isoTime(processStart), startEvent: 'StartEvent_1' };
  let archivedAt: number | undefined;
  if (ended) {
    archivedAt = Math.max(spec.settled, lastChanged + 1000);
    const endedIso = isoTime(archivedAt);
    process.ended = endedIso;
    process.endEvent = 'EndEvent_1';
    const lastTask = app.tasks[app.tasks.length - 1];
    const finisher = lastTask?.type === 'feedback' ? ownerOrg : userOf(actor);
    event(archivedAt, 'process_EndEvent', finisher, () => ({
      processInfo: {
        started: isoTime(processStart),
        startEvent: 'StartEvent_1',
        ended: endedIso,
        endEvent: 'EndEvent_1',
      },
    }));
    event(archivedAt + 20, 'Submited', finisher);
    lastChanged = archivedAt;
    if (lastTask?.type !== 'feedback') lastChangedBy = String(actor.userId);
  } else {
    const task = app.tasks[currentIndex] as AppTask;
    process.currentTask = taskInfo(task, currentIndex, taskStarted);
  }

  let substatus: Substatus | undefined;
  if (spec.substatus) {
    const key = spec.substatus.key;
    substatus = {
      label: `substatus.${key}.label`,
      description: spec.substatus.withDescription ? `substatus.${key}.description` : null,
    };
    const at = Math.max(spec.substatus.at, lastChanged + 60_000);
    event(at, 'SubstatusUpdated', ownerOrg);
    lastChanged = at;
    lastChangedBy = serviceOwnerNumbers[app.org] ?? app.org;
  }

  let completeConfirmations: Instance['completeConfirmations'];
  if (spec.confirmedAt !== undefined) {
    const at = Math.max(spec.confirmedAt, lastChanged + 60_000);
    completeConfirmations = [{ stakeholderId: app.org, confirmedOn: isoTime(at) }];
    event(at, 'ConfirmedComplete', ownerOrg, () => ({ processInfo: { endEvent: 'EndEvent_1' } }));
  }

  let softDeleted: number | undefined;
  let hardDeleted: number | undefined;
  if (spec.restoredAt !== undefined && spec.softDeletedAt !== undefined) {
    event(spec.softDeletedAt, 'Deleted', userOf(actor));
    event(spec.restoredAt, 'Undeleted', userOf(actor));
    lastChanged = Math.max(lastChanged, spec.restoredAt);
    lastChangedBy = String(actor.userId);
  } else if (spec.softDeletedAt !== undefined) {
    softDeleted = spec.softDeletedAt;
    event(spec.softDeletedAt, 'Deleted', userOf(actor));
    lastChanged = Math.max(lastChanged, spec.softDeletedAt);
    lastChangedBy = String(actor.userId);
    if (spec.hardDeletedAt !== undefined) {
      hardDeleted = spec.hardDeletedAt;
      event(spec.hardDeletedAt, 'Deleted', userOf(actor));
      lastChanged = Math.max(lastChanged, spec.hardDeletedAt);
    }
  }
  if (!content) return { lastChanged };
  // Key order as Storage's InstanceStatus declares its properties.
  const status: Instance['status'] = { isArchived: ended } as Instance['status'];
  if (archivedAt !== undefined) status.archived = isoTime(archivedAt);
  status.isSoftDeleted = softDeleted !== undefined;
  if (softDeleted !== undefined) status.softDeleted = isoTime(softDeleted);
  status.isHardDeleted = hardDeleted !== undefined;
  if (hardDeleted !== undefined) status.hardDeleted = isoTime(hardDeleted);
  status.readStatus = spec.readStatus;
  if (substatus) status.substatus = substatus;

  const instanceOwner: Instance['instanceOwner'] = { partyId };
  if (owner.partyTypeName === 1 && owner.ssn) instanceOwner.personNumber = owner.ssn;
  if (owner.partyTypeName === 2 && owner.orgNumber) instanceOwner.organisationNumber = owner.orgNumber;

  const instance: Instance = {
    id: instanceId,
    instanceOwner,
    appId: appId(app),
    org: app.org,
  } as Instance;
  if (spec.dueBefore !== undefined) instance.dueBefore = isoTime(spec.dueBefore);
  // Storage stores visibleAfter = creation time when the creator gave none.
  instance.visibleAfter = isoTime(spec.visibleAfter ?? spec.created);
  instance.process = process;
  instance.status = status;
  if (completeConfirmations) instance.completeConfirmations = completeConfirmations;
  instance.data = data;
  if (spec.presentationText && app.presentationField) {
    instance.presentationTexts = { [app.presentationField.id]: spec.presentationText };
  }
  instance.created = isoTime(spec.created);
  instance.createdBy = spec.createdByServiceOwner ? ownerNumber() : String(actor.userId);
  instance.lastChanged = isoTime(lastChanged);
  instance.lastChangedBy = lastChangedBy;

  // Stable sort by time: events written in the same millisecond keep the order they happened in.
  const order = events.map((_, i) => i).sort((a, b) => (eventTimes[a] ?? 0) - (eventTimes[b] ?? 0));
  const sorted = order.map((i) => events[i] as InstanceEvent);
  return { built: { instance, events: sorted, files }, lastChanged };
}

/** The form is rendered to PDF when the last data task ends (SSB's prefill task comes before the user's). */
function lastDataTaskIndex(app: AppDefinition): number {
  let last = -1;
  app.tasks.forEach((t, i) => {
    if (t.type === 'data') last = i;
  });
  return last;
}

/** Service owners' organisation numbers, used as createdBy/lastChangedBy when they act. */
const serviceOwnerNumbers: Record<string, string> = Object.fromEntries(
  Object.entries(serviceOwners).map(([org, owner]) => [org, owner.orgnr]),
);
