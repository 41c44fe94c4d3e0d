import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';

import { useSession } from '../../auth/useSession';
import { DayField } from '../../components/DayField';
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
  // Typed days are the person's own format (dd.mm.åååå), as in the list's filters; one that cannot
  // be read keeps the export from starting with the last good day instead of what is shown.
  const [unreadable, setUnreadable] = useState({ from: false, to: false });
  const anyUnreadable = unreadable.from || unreadable.to;
  const bounds = exportWindow(range.from, range.to);
  const ready = bounds.ok && !anyUnreadable;

  const start = (): void => {
    if (!bounds.ok || anyUnreadable) return;
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
        onClick={() => {
          // The fields open on the last good days, so nothing is unreadable any more.
          setUnreadable({ from: false, to: false });
          setChoosing(true);
        }}
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
            <DayField
              label={t('downloads.export.from')}
              value={range.from || null}
              onChange={(from) => setRange((r) => ({ ...r, from: from ?? '' }))}
              onReadable={(readable) => setUnreadable((u) => ({ ...u, from: !readable }))}
            />
            <DayField
              label={t('downloads.export.to')}
              value={range.to || null}
              onChange={(to) => setRange((r) => ({ ...r, to: to ?? '' }))}
              onReadable={(readable) => setUnreadable((u) => ({ ...u, to: !readable }))}
            />
          </Stack>
          {/* A day that cannot be read has its own message under its field. */}
          {!bounds.ok && !anyUnreadable && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {t('downloads.export.badRange')}
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
          <Button variant="outlined" onClick={() => setChoosing(false)}>
            {t('downloads.cancel')}
          </Button>
          <Button variant="contained" onClick={start} disabled={!ready}>
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
