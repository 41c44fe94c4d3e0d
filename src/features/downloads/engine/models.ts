import * as z from 'zod/mini';

/**
 * The parts of Storage's models (altinn-api.md §9) a download needs, checked at the boundary. The
 * engine runs in the service worker as well as the page, so it reads the platform itself instead
 * of going through the app's API layer (which needs the session).
 */
const dateString = z.nullish(z.string());

export const dataElementSchema = z.object({
  id: z.string(),
  dataType: z.string(),
  filename: z.nullish(z.string()),
  contentType: z.nullish(z.string()),
  size: z.nullish(z.number()),
  created: dateString,
  lastChanged: dateString,
  fileScanResult: z.nullish(z.string()),
  deleteStatus: z.nullish(z.object({ isHardDeleted: z.nullish(z.boolean()) })),
});
export type DataElement = z.infer<typeof dataElementSchema>;

export const instanceSchema = z.object({
  id: z.string(),
  appId: z.string(),
  org: z.string(),
  created: dateString,
  lastChanged: dateString,
  lastChangedBy: z.nullish(z.string()),
  dueBefore: dateString,
  instanceOwner: z.object({
    partyId: z.union([z.string(), z.number()]),
    organisationNumber: z.nullish(z.string()),
    personNumber: z.nullish(z.string()),
  }),
  process: z.nullish(
    z.object({
      started: dateString,
      ended: dateString,
      endEvent: z.nullish(z.string()),
      currentTask: z.nullish(
        z.object({
          elementId: z.nullish(z.string()),
          name: z.nullish(z.string()),
          altinnTaskType: z.nullish(z.string()),
        }),
      ),
    }),
  ),
  status: z.nullish(
    z.object({
      isArchived: z.nullish(z.boolean()),
      archived: dateString,
      isSoftDeleted: z.nullish(z.boolean()),
      isHardDeleted: z.nullish(z.boolean()),
      readStatus: z.nullish(z.string()),
      substatus: z.nullish(z.object({ label: z.nullish(z.string()), description: z.nullish(z.string()) })),
    }),
  ),
  visibleAfter: dateString,
  data: z.nullish(z.array(dataElementSchema)),
  presentationTexts: z.nullish(z.record(z.string(), z.string())),
});
export type Instance = z.infer<typeof instanceSchema>;

export const eventSchema = z.object({
  id: z.nullish(z.string()),
  created: z.string(),
  eventType: z.string(),
  dataId: z.nullish(z.string()),
  user: z.nullish(
    z.object({
      userId: z.nullish(z.number()),
      orgId: z.nullish(z.string()),
      nationalIdentityNumber: z.nullish(z.string()),
      authenticationLevel: z.nullish(z.number()),
    }),
  ),
});
export type InstanceEvent = z.infer<typeof eventSchema>;

export const eventsSchema = z.object({ instanceEvents: z.array(eventSchema) });

export const processHistorySchema = z.object({
  processHistory: z.array(
    z.object({
      eventType: z.nullish(z.string()),
      elementId: z.nullish(z.string()),
      occured: dateString,
      started: dateString,
      ended: dateString,
      performedBy: z.nullish(z.string()),
    }),
  ),
});
export type ProcessHistoryItem = z.infer<typeof processHistorySchema>['processHistory'][number];

export const applicationSchema = z.object({
  id: z.string(),
  title: z.nullish(z.record(z.string(), z.string())),
  messageBoxConfig: z.nullish(
    z.object({ hideSettings: z.nullish(z.object({ hideAlways: z.nullish(z.boolean()) })) }),
  ),
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationsSchema = z.object({ applications: z.array(applicationSchema) });

export const instancePageSchema = z.object({
  instances: z.array(instanceSchema),
  next: z.nullish(z.string()),
});

export const textResourceSchema = z.object({
  resources: z.array(z.object({ id: z.string(), value: z.nullish(z.string()) })),
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
