/**
 * Every query key in the app, hierarchical so invalidation works by prefix. User-scoped data
 * starts with the user id; party-scoped data will always carry the party id
 * (`['party', partyId, …]`), so switching party can never show another party's data.
 */
export const queryKeys = {
  user: (userId: number) => ['user', userId] as const,
  parties: (userId: number) => ['user', userId, 'parties'] as const,
  profile: (userId: number) => ['user', userId, 'profile'] as const,
  party: (partyId: number) => ['party', partyId] as const,
};
