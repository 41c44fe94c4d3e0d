import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';

import { partiesQueryOptions } from '../../api/authorization';
import { useIdentity } from '../../auth/useSession';
import { DataElementDownload } from '../../features/downloads/DataElementDownload';
import { DownloadAllButton } from '../../features/downloads/DownloadAllButton';
import { ExportArchiveButton } from '../../features/downloads/ExportArchiveButton';
import { InstanceView } from '../../features/instance/InstanceView';
import { MessageBoxPage } from '../../features/messagebox/MessageBoxPage';
import { parseListFilters, parseMessageBoxRoute } from '../../features/messagebox/urlState';
import { findParty } from '../../features/parties/partyTree';
import { useDisplayName } from '../../features/session/useDisplayName';
import { useT } from '../../i18n/useT';
import { NotFoundView } from './NotFoundRoute';

/**
 * `/parties/:partyId/:folder` and `/parties/:partyId/:folder/:instanceGuid`: the message box of
 * the party in the URL. Everything comes from the URL, so a link reproduces the view.
 */
export function MessageBoxRoute() {
  const t = useT();
  const params = useParams();
  const location = useLocation();
  const identity = useIdentity();
  const ownName = useDisplayName();
  const parties = useQuery(partiesQueryOptions(identity.userId));
  const route = parseMessageBoxRoute(params);
  if (!route) return <NotFoundView />;
  const party = parties.data ? findParty(parties.data, route.partyId) : null;
  const partyName =
    party?.name ||
    (route.partyId === identity.partyId
      ? ownName
      : parties.isPending
        ? t('app.loading')
        : String(route.partyId));
  return (
    <>
      {route.folder === 'archive' && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <ExportArchiveButton partyId={route.partyId} partyName={partyName} />
        </Box>
      )}
      <MessageBoxPage
        // A different party or folder is a different page: fresh list state, focus to its heading.
        key={`${route.partyId}/${route.folder}`}
        partyId={route.partyId}
        partyName={partyName}
        folder={route.folder}
        filters={parseListFilters(location.search)}
        instanceGuid={route.instanceGuid}
        renderInstance={(open) => (
          <InstanceView
            {...open}
            embedded
            renderElementDownload={({ partyId, instanceGuid, element, name }) => (
              <DataElementDownload
                partyId={partyId}
                instanceGuid={instanceGuid}
                element={element}
                label={name}
              />
            )}
            renderInstanceDownload={({ partyId, instance, title }) => (
              <DownloadAllButton
                partyId={partyId}
                instanceGuid={instance.id.split('/')[1] ?? ''}
                title={title}
              />
            )}
          />
        )}
      />
    </>
  );
}
