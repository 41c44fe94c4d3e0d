import type { AppDefinition } from '../datasets/lib/apps.ts';
import { apps } from '../datasets/lib/apps.ts';

/**
 * The generated dataset's apps: the default catalogue, twelve numbered variants of its ordinary
 * apps (so lists show many distinct titles), and a download-test app whose two instances carry the
 * very large files.
 */

export const DOWNLOAD_TEST_APP: AppDefinition = {
  org: 'ttd',
  app: 'nedlastingstest',
  title: { nb: 'Nedlastingstest', nn: 'Nedlastingstest', en: 'Download test' },
  tasks: [{ id: 'Task_1', name: 'Utfylling', type: 'data' }],
  forPersons: true,
  forOrganisations: true,
  model: {
    id: 'model',
    classRef: 'Altinn.App.Models.Nedlasting',
    contentType: 'application/xml',
    root: 'Nedlasting',
  },
  attachments: [
    {
      id: 'eksport',
      description: { nb: 'Eksportfil', nn: 'Eksportfil', en: 'Export file' },
      allowedContentTypes: ['text/csv'],
      maxCount: 1,
      kinds: [],
      taskId: 'Task_1',
      enableFileScan: false,
    },
    {
      id: 'skannet-side',
      description: { nb: 'Skannet side', nn: 'Skanna side', en: 'Scanned page' },
      allowedContentTypes: ['image/png'],
      maxCount: 100,
      kinds: [],
      taskId: 'Task_1',
      enableFileScan: false,
    },
  ],
  substatuses: [],
  minimumAuthenticationLevel: 2,
  created: '2025-06-01T08:00:00Z',
};

export function generatedApps(): AppDefinition[] {
  const ordinary = apps.filter((a) => !a.hideSettings?.hideAlways && a.minimumAuthenticationLevel < 4);
  const variants: AppDefinition[] = [];
  for (let k = 0; k < 12; k++) {
    const template = ordinary[k % ordinary.length];
    if (!template) continue;
    const code = 1000 + k * 37;
    variants.push({
      ...template,
      app: `${template.app}-rf${code}`,
      title: {
        nb: `${template.title.nb} (RF-${code})`,
        nn: `${template.title.nn} (RF-${code})`,
        en: `${template.title.en} (form RF-${code})`,
      },
    });
  }
  return [...apps, ...variants, DOWNLOAD_TEST_APP];
}
