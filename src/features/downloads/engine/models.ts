import * as v from '../../../lib/validate';

/**
 * The parts of Storage's models (altinn-api.md §9) a download needs, checked at the boundary. The
 * engine runs in the service worker as well as the page, so it reads the platform itself instead
 * of going through the app's API layer (which needs the session).
 */
const dateString = v.nullish(v.string());

export const dataElementSchema = v.object({
  id: v.string(),
  dataType: v.string(),
  filename: v.nullish(v.string()),
  contentType: v.nullish(v.string()),
  size: v.nullish(v.number()),
  created: dateString,
  lastChanged: dateString,
  fileScanResult: v.nullish(v.string()),
  deleteStatus: v.nullish(v.object({ isHardDeleted: v.nullish(v.boolean()) })),
});
export type DataElement = v.Infer<typeof dataElementSchema>;

export const instanceSchema = v.object({
  id: v.string(),
  appId: v.string(),
  org: v.string(),
  created: dateString,
  lastChanged: dateString,
  lastChangedBy: v.nullish(v.string()),
  dueBefore: dateString,
  instanceOwner: v.object({
    partyId: v.union(v.string(), v.number()),
    organisationNumber: v.nullish(v.string()),
    personNumber: v.nullish(v.string()),
  }),
  process: v.nullish(
    v.object({
      started: dateString,
      ended: dateString,
      endEvent: v.nullish(v.string()),
      currentTask: v.nullish(
        v.object({
          elementId: v.nullish(v.string()),
          name: v.nullish(v.string()),
          altinnTaskType: v.nullish(v.string()),
        }),
      ),
    }),
  ),
  status: v.nullish(
    v.object({
      isArchived: v.nullish(v.boolean()),
      archived: dateString,
      isSoftDeleted: v.nullish(v.boolean()),
      isHardDeleted: v.nullish(v.boolean()),
      readStatus: v.nullish(v.string()),
      substatus: v.nullish(v.object({ label: v.nullish(v.string()), description: v.nullish(v.string()) })),
    }),
  ),
  visibleAfter: dateString,
  data: v.nullish(v.array(dataElementSchema)),
  presentationTexts: v.nullish(v.record(v.string())),
});
export type Instance = v.Infer<typeof instanceSchema>;

export const eventSchema = v.object({
  id: v.nullish(v.string()),
  created: v.string(),
  eventType: v.string(),
  dataId: v.nullish(v.string()),
  user: v.nullish(
    v.object({
      userId: v.nullish(v.number()),
      orgId: v.nullish(v.string()),
      nationalIdentityNumber: v.nullish(v.string()),
      authenticationLevel: v.nullish(v.number()),
    }),
  ),
});
export type InstanceEvent = v.Infer<typeof eventSchema>;

export const eventsSchema = v.object({ instanceEvents: v.array(eventSchema) });

export const processHistorySchema = v.object({
  processHistory: v.array(
    v.object({
      eventType: v.nullish(v.string()),
      elementId: v.nullish(v.string()),
      occured: dateString,
      started: dateString,
      ended: dateString,
      performedBy: v.nullish(v.string()),
    }),
  ),
});
export type ProcessHistoryItem = v.Infer<typeof processHistorySchema>['processHistory'][number];

export const applicationSchema = v.object({
  id: v.string(),
  title: v.nullish(v.record(v.string())),
  messageBoxConfig: v.nullish(
    v.object({ hideSettings: v.nullish(v.object({ hideAlways: v.nullish(v.boolean()) })) }),
  ),
});
export type Application = v.Infer<typeof applicationSchema>;
export const applicationsSchema = v.object({ applications: v.array(applicationSchema) });

export const instancePageSchema = v.object({
  instances: v.array(instanceSchema),
  next: v.nullish(v.string()),
});

export const textResourceSchema = v.object({
  resources: v.array(v.object({ id: v.string(), value: v.nullish(v.string()) })),
});

/** `title[lang]` with the fallback nb → nn → en → any → the app id. */
export function appTitle(app: Application | undefined, appId: string, language: string): string {
  const titles = app?.title ?? {};
  const pick = [language, 'nb', 'nn', 'en'].map((l) => titles[l]).find((t) => t && t.trim() !== '');
  return pick ?? Object.values(titles).find((t) => t.trim() !== '') ?? appId;
}

/** The Altinn reference: the last 12 characters of the instance guid, as Altinn shows it. */
export function altinnReference(instanceId: string): string {
  return instanceId.slice(-12);
}

export function instanceGuidOf(instanceId: string): string {
  return instanceId.split('/')[1] ?? instanceId;
}
