import type { MemoryEntry } from '../store/memory-source.ts';
import { createMemorySource } from '../store/memory-source.ts';
import type { DatasetSource } from '../store/source.ts';

export const benchPid = '01039012345';
export const benchParty = 501337;

/** One person, one app and `count` instances in their own party: the worst case for one list. */
export function bulkSource(count: number): DatasetSource {
  const files = new Map<string, MemoryEntry>();
  files.set('Profile/User/1337.json', {
    json: {
      UserId: 1337,
      UserName: 'Bench',
      PartyId: benchParty,
      Party: {
        partyId: String(benchParty),
        partyUuid: 'e9dd7d91-32d8-4933-a108-07562762d572',
        ssn: benchPid,
      },
      UserType: 1,
    },
  });
  files.set(`Register/Party/${benchParty}.json`, {
    json: {
      partyId: String(benchParty),
      partyUuid: 'e9dd7d91-32d8-4933-a108-07562762d572',
      partyTypeName: 1,
      ssn: benchPid,
      name: 'Bench Person',
    },
  });
  files.set('storage/applications/ttd/bench/applicationmetadata.json', {
    json: { id: 'ttd/bench', org: 'ttd', title: { nb: 'Benk' }, dataTypes: [] },
  });
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const guid = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const changed = new Date(start + i * 37_000).toISOString();
    files.set(`storage/instances/${benchParty}/${guid}/instance.json`, {
      json: {
        id: `${benchParty}/${guid}`,
        instanceOwner: { partyId: String(benchParty), personNumber: benchPid },
        appId: 'ttd/bench',
        org: 'ttd',
        visibleAfter: changed,
        process: { started: changed, currentTask: { elementId: 'Task_1', altinnTaskType: 'data' } },
        status: {
          isArchived: i % 3 === 0,
          isSoftDeleted: i % 17 === 0,
          isHardDeleted: false,
          readStatus: 'Read',
        },
        data: [
          {
            id: `11111111-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
            instanceGuid: guid,
            dataType: 'ref-data-as-pdf',
            filename: 'kvittering.pdf',
            contentType: 'application/pdf',
            blobStoragePath: `ttd/bench/${guid}/data/x`,
            size: 1000,
            locked: false,
            isRead: true,
            tags: [],
          },
        ],
        presentationTexts: { Title: `Sak nummer ${i}` },
        created: changed,
        lastChanged: changed,
        lastChangedBy: '1337',
      },
    });
  }
  return createMemorySource(`bulk: ${count} instances in party ${benchParty}`, files);
}
