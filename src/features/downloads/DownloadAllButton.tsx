import Button from '@mui/material/Button';

import { useSession } from '../../auth/useSession';
import { useDownloadsI18n } from '../../i18n/features/downloads/useDownloadsT';
import { DownloadProgressDialog } from './DownloadProgressDialog';
import { archiveLabels } from './labels';
import { sanitizeFileName } from './sanitizeFileName';
import { useDownload } from './useDownload';

export interface DownloadAllButtonProps {
  partyId: number;
  instanceGuid: string;
  /** The app title in the person's language, for the ZIP's file name. */
  title?: string;
}

/** "Download everything (ZIP)": every data element of one instance, plus index.json and LESMEG.txt. */
export function DownloadAllButton({ partyId, instanceGuid, title }: DownloadAllButtonProps) {
  const { t, language } = useDownloadsI18n();
  const session = useSession();
  const control = useDownload();
  const start = (): void => {
    const zipName = sanitizeFileName(`${title ?? 'Innboks'} ${instanceGuid.slice(-12)}.zip`, 'innboks.zip');
    control.start({
      kind: 'instance-zip',
      partyId,
      instanceGuid,
      zipName,
      language,
      userId: session.status === 'active' ? session.identity.userId : null,
      labels: archiveLabels(t),
    });
  };
  return (
    <>
      <Button variant="outlined" onClick={start} disabled={control.state.status === 'running'}>
        {t('downloads.all')}
      </Button>
      <DownloadProgressDialog
        title={t('downloads.progress.zipTitle')}
        control={control}
        onClose={() => undefined}
      />
    </>
  );
}
