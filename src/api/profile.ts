import { queryOptions } from '@tanstack/react-query';

import * as v from '../lib/validate';
import { readJson, requestWithSession } from './client';
import { hasStatus } from './errors';
import { looseObject, looseText } from './lenient';
import { queryKeys } from './queryKeys';

export interface Profile {
  userId: number;
  partyId: number;
  name: string | null;
  /** The language chosen in Altinn's profile, when it is one the app speaks. */
  language: 'nb' | 'nn' | 'en' | null;
}

const schema = v.object({
  userId: v.number(),
  partyId: v.number(),
  party: looseObject({ name: looseText }),
  profileSettingPreference: looseObject({ language: looseText }),
});

export function parseProfile(data: unknown): Profile {
  const raw = schema.parse(data);
  const language = raw.profileSettingPreference?.language;
  return {
    userId: raw.userId,
    partyId: raw.partyId,
    name: raw.party?.name ?? null,
    language: language === 'nb' || language === 'nn' || language === 'en' ? language : null,
  };
}

const PROFILE_PATH = '/profile/api/v1/users/current';

/**
 * The signed-in user's profile, or null when the platform refuses it: `users/current` needs the
 * restricted scope `altinn:portal/enduser`, which our ID-porten client may not get, and the app
 * must work without it.
 */
export async function fetchProfile(signal?: AbortSignal): Promise<Profile | null> {
  try {
    const response = await requestWithSession(PROFILE_PATH, { signal });
    return await readJson(response, PROFILE_PATH, parseProfile);
  } catch (error) {
    if (hasStatus(error, 403)) return null;
    throw error;
  }
}

export function profileQueryOptions(userId: number) {
  return queryOptions({
    queryKey: queryKeys.profile(userId),
    queryFn: ({ signal }) => fetchProfile(signal),
    staleTime: 30 * 60_000,
  });
}
