import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';

import { useIdentity } from '../../auth/useSession';
import { InstanceView } from '../../features/instance/InstanceView';
import { AllPartiesView } from '../../features/messagebox/allParties/AllPartiesView';
import { parseFolder, parseInstanceGuid, parsePartyId } from '../../features/messagebox/urlState';
import { readPartyMemory } from '../../features/parties/partyMemory';
import { NotFoundView } from './NotFoundRoute';

/**
 * `/all/:folder` and `/all/:folder/:partyId/:instanceGuid`: every party's folder at once. The
 * app layer hands the party picker's favourites to the view (features do not import each other).
 */
export function AllPartiesRoute() {
  const params = useParams();
  const [search] = useSearchParams();
  const identity = useIdentity();
  const folder = parseFolder(params.folder);
  const partyId = parsePartyId(params.partyId);
  const instanceGuid = parseInstanceGuid(params.instanceGuid);
  const open = useMemo(
    () => (partyId !== null && instanceGuid !== null ? { partyId, instanceGuid } : null),
    [partyId, instanceGuid],
  );
  const partial = params.partyId !== undefined && open === null;
  if (folder === null || partial) return <NotFoundView />;
  return (
    <AllPartiesView
      key={folder}
      folder={folder}
      search={search}
      open={open}
      favourites={readPartyMemory(identity.userId).favourites}
      renderInstance={(instance) => <InstanceView {...instance} embedded />}
    />
  );
}
