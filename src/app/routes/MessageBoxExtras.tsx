import { DataElementDownload } from '../../features/downloads/DataElementDownload';
import { DownloadAllButton } from '../../features/downloads/DownloadAllButton';
import { ExportArchiveButton } from '../../features/downloads/ExportArchiveButton';
import { InstanceView, type InstanceViewProps } from '../../features/instance/InstanceView';

/**
 * What the message box shows besides its list: the open instance (with the downloads in its
 * slots) and the archive export. None of it is needed for the first inbox row, so
 * MessageBoxRoute loads this module on demand (the bundle budget, issue 7).
 */
export function MessageBoxInstance(open: Omit<InstanceViewProps, 'embedded'>) {
  return (
    <InstanceView
      {...open}
      embedded
      renderElementDownload={({ partyId, instanceGuid, element, name }) => (
        <DataElementDownload partyId={partyId} instanceGuid={instanceGuid} element={element} label={name} />
      )}
      renderInstanceDownload={({ partyId, instance, title }) => (
        <DownloadAllButton partyId={partyId} instanceGuid={instance.id.split('/')[1] ?? ''} title={title} />
      )}
    />
  );
}

export { ExportArchiveButton };
