import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import type { DataElement } from '../../api/instance';
import { useInstanceT, type InstanceKey } from '../../i18n/features/instance/useInstanceT';
import { isDownloadable, type DataGroup, type FileKind, type ShownDataElement } from './dataElements';
import { formatBytes, formatDate } from './format';

export interface ElementDownloadArgs {
  partyId: number;
  instanceGuid: string;
  element: DataElement;
  /** The human name shown for the element (file name or data type text). */
  name: string;
}

const GROUP_HEADINGS: Record<DataGroup, InstanceKey> = {
  receipt: 'instance.data.receipt',
  form: 'instance.data.form',
  attachment: 'instance.data.attachment',
};

const KIND_NAMES: Record<FileKind, InstanceKey> = {
  pdf: 'instance.fileKind.pdf',
  xml: 'instance.fileKind.xml',
  json: 'instance.fileKind.json',
  png: 'instance.fileKind.png',
  jpeg: 'instance.fileKind.jpeg',
  image: 'instance.fileKind.image',
  word: 'instance.fileKind.word',
  excel: 'instance.fileKind.excel',
  text: 'instance.fileKind.text',
  html: 'instance.fileKind.html',
  zip: 'instance.fileKind.zip',
  other: 'instance.fileKind.other',
};

const GROUPS: DataGroup[] = ['receipt', 'form', 'attachment'];

function ElementRow({
  shown,
  language,
  download,
}: {
  shown: ShownDataElement;
  language: string;
  download: ReactNode;
}) {
  const t = useInstanceT();
  const { element } = shown;
  const details = [
    t(KIND_NAMES[shown.kind]),
    formatBytes(element.size, language),
    element.created ? `${t('instance.data.added')} ${formatDate(element.created, language)}` : null,
    element.isRead ? t('instance.data.opened') : t('instance.data.notOpened'),
    element.fileScanResult === 'Clean' ? t('instance.data.clean') : null,
  ].filter(Boolean);
  return (
    <Box component="li" sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', listStyle: 'none' }}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 1,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography sx={{ fontWeight: element.isRead ? 400 : 700, overflowWrap: 'anywhere' }}>
            {shown.name}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {details.join(' · ')}
          </Typography>
        </Box>
        {download && <Box data-instance-print="hide">{download}</Box>}
      </Box>
      {element.fileScanResult === 'Infected' && (
        // A note, not an alert: it is part of the page, not news, and must not interrupt.
        <Alert severity="error" variant="outlined" role="note" sx={{ mt: 1 }}>
          {t('instance.data.infected')}
        </Alert>
      )}
      {element.fileScanResult === 'Pending' && (
        <Alert severity="warning" variant="outlined" role="note" sx={{ mt: 1 }}>
          {t('instance.data.pending')}
        </Alert>
      )}
    </Box>
  );
}

/** Every data element, grouped, with its facts and its virus-scan result. Never fetches content. */
export function DataElementsSection({
  shown,
  language,
  partyId,
  instanceGuid,
  renderDownload,
}: {
  shown: ShownDataElement[];
  language: string;
  partyId: number;
  instanceGuid: string;
  renderDownload?: (args: ElementDownloadArgs) => ReactNode;
}) {
  const t = useInstanceT();
  return (
    <Box component="section" aria-labelledby="instance-data-heading" sx={{ mt: 4 }}>
      <Typography id="instance-data-heading" variant="h2" sx={{ mb: 1 }}>
        {t('instance.data.heading')}
      </Typography>
      {shown.length === 0 && <Typography>{t('instance.data.empty')}</Typography>}
      {GROUPS.map((group) => {
        const items = shown.filter((s) => s.group === group);
        if (items.length === 0) return null;
        const headingId = `instance-data-${group}`;
        return (
          <Box key={group} sx={{ mt: 2 }}>
            <Typography id={headingId} variant="h3" sx={{ fontSize: '1.125rem', fontWeight: 600 }}>
              {t(GROUP_HEADINGS[group])}
            </Typography>
            <Box component="ul" aria-labelledby={headingId} sx={{ p: 0, m: 0 }}>
              {items.map((item) => (
                <ElementRow
                  key={item.element.id}
                  shown={item}
                  language={language}
                  // Slot for the downloads feature's per-element control (composed by the app
                  // layer); an infected file never gets one.
                  download={
                    isDownloadable(item.element)
                      ? renderDownload?.({ partyId, instanceGuid, element: item.element, name: item.name })
                      : null
                  }
                />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
