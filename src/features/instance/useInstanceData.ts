import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { applicationsQueryOptions, applicationTitle, textsQueryOptions } from '../../api/applications';
import { partiesQueryOptions } from '../../api/authorization';
import {
  appDetailQueryOptions,
  instanceEventsQueryOptions,
  instanceQueryOptions,
  processHistoryQueryOptions,
} from '../../api/instance';
import { orgName, orgsQueryOptions } from '../../api/orgs';
import { useIdentity } from '../../auth/useSession';
import { useI18n } from '../../i18n/useT';
import type { ActorContext } from './actors';
import { findParty } from './findParty';

/**
 * Everything the instance view reads. Only the instance itself decides between the page and an
 * error; the rest (history, app texts, names) degrades to less detail when it fails, so a
 * missing label never blanks the page.
 */
export function useInstanceData(partyId: number, instanceGuid: string) {
  const identity = useIdentity();
  const { language } = useI18n();
  const instance = useQuery(instanceQueryOptions(partyId, instanceGuid));
  const readable = instance.isSuccess;
  const appId = instance.data?.appId ?? '';
  const events = useQuery({ ...instanceEventsQueryOptions(partyId, instanceGuid), enabled: readable });
  const history = useQuery({ ...processHistoryQueryOptions(partyId, instanceGuid), enabled: readable });
  const appDetail = useQuery({ ...appDetailQueryOptions(appId), enabled: readable });
  const texts = useQuery({ ...textsQueryOptions(appId, language), enabled: readable });
  const apps = useQuery(applicationsQueryOptions());
  const orgs = useQuery(orgsQueryOptions());
  const parties = useQuery(partiesQueryOptions(identity.userId));

  const party = findParty(parties.data, partyId);
  const title = instance.data
    ? applicationTitle(apps.data?.get(instance.data.appId), instance.data.appId, language)
    : '';

  const orgNames = orgs.data;
  const actorContext = useMemo<ActorContext>(
    () => ({
      userId: identity.userId,
      pid: identity.pid,
      orgName: (code) => (orgNames?.has(code) ? orgName(orgNames, code, language) : null),
      // The orgs list has no organisation numbers yet; an event at the same moment names the
      // service owner instead (changeActorSource), and anything else is "another user".
      orgNameByNumber: () => null,
    }),
    [identity.userId, identity.pid, orgNames, language],
  );

  return {
    identity,
    language,
    instance,
    events,
    history,
    appDetail: appDetail.data ?? null,
    texts: texts.data ?? {},
    title,
    serviceOwner: instance.data ? orgName(orgNames, instance.data.org, language) : '',
    party,
    actorContext,
  };
}

export type InstanceData = ReturnType<typeof useInstanceData>;
