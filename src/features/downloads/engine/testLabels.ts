import type { ArchiveLabels } from './types';

/** Labels for engine tests; the app passes translated ones from src/i18n. */
export const TEST_LABELS: ArchiveLabels = {
  readmeName: 'LESMEG.txt',
  title: 'Tittel',
  reference: 'Referanse',
  app: 'Tjeneste',
  serviceOwner: 'Tjenesteeier',
  status: 'Status',
  statusArchived: 'Arkivert',
  statusInProgress: 'Under arbeid',
  created: 'Opprettet',
  lastChanged: 'Sist endret',
  archived: 'Arkivert',
  files: 'Filer',
  history: 'Historikk',
  problems: 'Mangler',
  failed: 'kunne ikke hentes',
  incomplete: 'ufullstendig',
  infected: 'virus funnet, ikke lastet ned',
  scanPending: 'virussjekk pågår',
  you: 'deg',
  anotherUser: 'en annen bruker',
  generated: 'Laget',
  folder: 'Mappe',
  noFiles: '(ingen filer)',
  events: { Created: 'Opprettet', Submited: 'Sendt inn' },
};
