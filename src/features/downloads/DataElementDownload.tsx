import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { useDownloadsI18n } from '../../i18n/features/downloads/useDownloadsT';
import { openBlankTab } from './client/startDownload';
import { canOpenInline } from './fileTypes';
import { errorMessageKey } from './labels';
import { useDownload } from './useDownload';
import { elementFileName } from './engine/writeInstanceFiles';

export interface DownloadableElement {
  id: string;
  dataType: string;
  filename?: string | null;
  contentType?: string | null;
  fileScanResult?: string | null;
}

export interface DataElementDownloadProps {
  partyId: number;
  instanceGuid: string;
  element: DownloadableElement;
  /** What the person calls the file (defaults to its sanitized file name); used in button names. */
  label?: string;
}

/**
 * Download (and for PDFs and images, open in a new tab) one data element. Infected files cannot
 * be downloaded and say why; files still being scanned warn. Nothing is fetched until a click:
 * a download marks the element read on the server.
 */
export function DataElementDownload({ partyId, instanceGuid, element, label }: DataElementDownloadProps) {
  const { t } = useDownloadsI18n();
  const control = useDownload();
  const fileName = elementFileName(element);
  const name = label ?? fileName;
  const { state } = control;

  if (element.fileScanResult === 'Infected') {
    return (
      <Typography variant="body2" color="error">
        {t('downloads.infected')}
      </Typography>
    );
  }

  const start = (disposition: 'attachment' | 'inline'): void => {
    // The tab must open inside the click, before anything asynchronous, or the popup blocker wins.
    const tab = disposition === 'inline' ? openBlankTab() : null;
    control.start({ kind: 'file', partyId, instanceGuid, dataGuid: element.id, fileName, disposition }, tab);
  };
  const running = state.status === 'running';
  const total = running ? state.progress.bytesTotal : null;

  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button
          size="small"
          variant="outlined"
          onClick={() => start('attachment')}
          disabled={running}
          aria-label={t('downloads.downloadNamed', { name })}
        >
          {t('downloads.download')}
        </Button>
        {canOpenInline(element.contentType) && (
          <Button
            size="small"
            onClick={() => start('inline')}
            disabled={running}
            aria-label={t('downloads.openNamed', { name })}
          >
            {t('downloads.open')}
          </Button>
        )}
      </Stack>
      {element.fileScanResult === 'Pending' && (
        <Typography variant="body2" color="warning">
          {t('downloads.scanPending')}
        </Typography>
      )}
      {running && (
        <div role="status">
          <Typography variant="body2">{t('downloads.downloading', { name })}</Typography>
          <LinearProgress
            aria-label={t('downloads.progress.label')}
            variant={total ? 'determinate' : 'indeterminate'}
            value={total ? Math.min(100, Math.round((state.progress.bytesDone / total) * 100)) : undefined}
          />
        </div>
      )}
      {state.status === 'error' && (
        <Alert
          severity={state.kind === 'cancelled' ? 'info' : 'error'}
          action={
            <Button color="inherit" size="small" onClick={control.retry}>
              {t('downloads.retry')}
            </Button>
          }
        >
          {t('downloads.fileFailed', { name })} {t(errorMessageKey(state.kind))}
        </Alert>
      )}
    </Stack>
  );
}
