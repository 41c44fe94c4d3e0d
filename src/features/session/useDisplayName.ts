import { useQuery } from '@tanstack/react-query';

import { partiesQueryOptions } from '../../api/authorization';
import { profileQueryOptions } from '../../api/profile';
import { useIdentity } from '../../auth/useSession';
import { maskIdentityNumber } from '../../lib/maskIdentityNumber';

/**
 * The signed-in person's name. ID-porten's ID token carries no name, so it comes from the
 * profile (when the platform allows it), else from the person's own entry in the parties list,
 * else the ID token, else the masked identity number.
 */
export function useDisplayName(): string {
  const identity = useIdentity();
  const profile = useQuery(profileQueryOptions(identity.userId));
  const parties = useQuery(partiesQueryOptions(identity.userId));
  const own = parties.data?.find((p) => p.partyId === identity.partyId);
  return (
    profile.data?.name ||
    own?.name ||
    identity.name ||
    (identity.pid ? maskIdentityNumber(identity.pid) : String(identity.userId))
  );
}
