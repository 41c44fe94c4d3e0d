import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

import { useDownloadsI18n } from '../../i18n/features/downloads/useDownloadsT';
import { formatBytes } from './formatBytes';
import { errorMessageKey, problemKey } from './labels';
import type { DownloadControl } from './useDownload';

interface Props {
  title: string;
  control: DownloadControl;
  /** Called when the dialog closes (after done, error or cancel). */
  onClose: () => void;
}

function percent(done: number, total: number | null): number | null {
  if (!total) return null;
  return Math.min(100, Math.round((done / total) * 100));
}

/**
 * Progress of a ZIP download, then its outcome: done, done with named missing files, or failed,
 * with a retry of the whole ZIP. The progress bar has a name; the counts are plain text that a
 * screen reader can read when it wants (a live region would announce every few hundred ms).
 */
export function DownloadProgressDialog({ title, control, onClose }: Props) {
  const { t, language } = useDownloadsI18n();
  const titleId = useId();
  const { state } = control;
  const open = state.status !== 'idle';
  const close = (): void => {
    control.reset();
    onClose();
  };

  let body: ReactNode = null;
  let actions: ReactNode = null;
  if (state.status === 'running') {
    const { progress } = state;
    const value = percent(progress.bytesDone, progress.bytesTotal);
    body = (
      <>
        <LinearProgress
          variant={value === null ? 'indeterminate' : 'determinate'}
          value={value ?? undefined}
          aria-label={t('downloads.progress.label')}
          sx={{ my: 2 }}
        />
        {progress.filesTotal === null ? (
          <Typography>{t('downloads.progress.preparing')}</Typography>
        ) : (
          <>
            {progress.instancesTotal !== null && progress.instancesTotal > 1 && (
              <Typography>
                {t('downloads.progress.instances', {
                  done: progress.instancesDone,
                  total: progress.instancesTotal,
                })}
              </Typography>
            )}
            <Typography>
              {t('downloads.progress.files', { done: progress.filesDone, total: progress.filesTotal })}
            </Typography>
            {progress.bytesTotal !== null && (
              <Typography>
                {t('downloads.progress.bytes', {
                  done: formatBytes(progress.bytesDone, language),
                  total: formatBytes(progress.bytesTotal, language),
                })}
              </Typography>
            )}
          </>
        )}
        {state.mode === 'blob' && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('downloads.blobWarning')}
          </Alert>
        )}
      </>
    );
    actions = (
      <Button variant="outlined" onClick={control.cancel}>
        {t('downloads.cancel')}
      </Button>
    );
  } else if (state.status === 'done') {
    body =
      state.problems.length === 0 ? (
        <Alert severity="success">{t('downloads.done')}</Alert>
      ) : (
        <Alert severity="warning">
          <Typography>{t('downloads.donePartial')}</Typography>
          <ul>
            {state.problems.map((p) => (
              <li key={p.name}>
                {p.name}: {t(problemKey(p.outcome))}
              </li>
            ))}
          </ul>
        </Alert>
      );
    actions = (
      <>
        {state.problems.some((p) => p.outcome !== 'skipped-infected') && (
          <Button variant="outlined" onClick={control.retry}>
            {t('downloads.retry')}
          </Button>
        )}
        <Button variant="contained" onClick={close}>
          {t('downloads.close')}
        </Button>
      </>
    );
  } else if (state.status === 'error') {
    body = (
      <Alert severity={state.kind === 'cancelled' ? 'info' : 'error'}>{t(errorMessageKey(state.kind))}</Alert>
    );
    actions = (
      <>
        <Button variant="outlined" onClick={close}>
          {t('downloads.close')}
        </Button>
        <Button variant="contained" onClick={control.retry}>
          {t('downloads.retry')}
        </Button>
      </>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={state.status === 'running' ? undefined : close}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>{body}</DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>{actions}</DialogActions>
    </Dialog>
  );
}
