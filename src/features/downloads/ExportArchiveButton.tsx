import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';

import { useSession } from '../../auth/useSession';
import { useDownloadsI18n } from '../../i18n/features/downloads/useDownloadsT';
import { DownloadProgressDialog } from './DownloadProgressDialog';
import { exportWindow, exportZipName, thisYearSoFar } from './exportWindow';
import { archiveLabels } from './labels';
import { useDownload } from './useDownload';

export interface ExportArchiveButtonProps {
  partyId: number;
  /** The party's name, shown in the dialog and used in the ZIP's file name. */
  partyName?: string;
}

/**
 * "Export archive": the party's whole Archive folder, or the part last changed between two dates,
 * as one ZIP with a folder per instance and index.csv / index.json listing them all.
 */
export function ExportArchiveButton({ partyId, partyName }: ExportArchiveButtonProps) {
  const { t, language } = useDownloadsI18n();
  const session = useSession();
  const control = useDownload();
  const titleId = useId();
  const [choosing, setChoosing] = useState(false);
  const [range, setRange] = useState(() => thisYearSoFar(new Date()));
  const bounds = exportWindow(range.from, range.to);

  const start = (): void => {
    if (!bounds.ok) return;
    setChoosing(false);
    control.start({
      kind: 'archive-zip',
      partyId,
      zipName: exportZipName(
        t('downloads.zip.archiveName'),
        partyName ?? String(partyId),
        range.from,
        range.to,
      ),
      language,
      userId: session.status === 'active' ? session.identity.userId : null,
      from: bounds.from,
      to: bounds.to,
      labels: archiveLabels(t),
      csvDelimiter: language === 'en' ? ',' : ';',
      parallel: 3,
    });
  };

  return (
    <>
      <Button
        variant="outlined"
        onClick={() => setChoosing(true)}
        disabled={control.state.status === 'running'}
      >
        {t('downloads.exportArchive')}
      </Button>
      <Dialog
        open={choosing}
        onClose={() => setChoosing(false)}
        aria-labelledby={titleId}
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle id={titleId}>{t('downloads.export.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('downloads.export.body', { party: partyName ?? String(partyId) })}
          </DialogContentText>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2 }}>
            <TextField
              type="date"
              label={t('downloads.export.from')}
              value={range.from}
              onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="date"
              label={t('downloads.export.to')}
              value={range.to}
              onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          {!bounds.ok && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {t('downloads.export.badRange')}
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
          <Button variant="outlined" onClick={() => setChoosing(false)}>
            {t('downloads.cancel')}
          </Button>
          <Button variant="contained" onClick={start} disabled={!bounds.ok}>
            {t('downloads.export.start')}
          </Button>
        </DialogActions>
      </Dialog>
      <DownloadProgressDialog
        title={t('downloads.progress.zipTitle')}
        control={control}
        onClose={() => undefined}
      />
    </>
  );
}
