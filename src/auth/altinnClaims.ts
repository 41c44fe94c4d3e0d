import { decodeJwtPayload } from '../lib/jwt';
import * as v from '../lib/validate';

/** What the app needs from an Altinn token (altinn-api.md §2.1). */
export interface AltinnClaims {
  userId: number;
  /** The signed-in person's own party. */
  partyId: number;
  /** 3 = substantial, 4 = high. */
  authLevel: number;
  /** Seconds since the epoch, in the platform's clock. */
  issuedAt: number;
  expiresAt: number;
}

// userid is written as a string, partyid and authlevel as numbers; tolerate either for all three.
const intLike = v.union(v.number().check(Number.isSafeInteger), v.string().check(v.matches(/^\d{1,15}$/)));

const schema = v.object({
  'urn:altinn:userid': intLike,
  'urn:altinn:partyid': intLike,
  'urn:altinn:authlevel': intLike,
  iat: v.number(),
  exp: v.number(),
});

/** Reads the session facts from an Altinn token; throws when they are missing or malformed. */
export function readAltinnClaims(token: string): AltinnClaims {
  const claims = schema.parse(decodeJwtPayload(token));
  if (claims.exp <= claims.iat) throw new Error('Altinn token expires before it was issued');
  return {
    userId: Number(claims['urn:altinn:userid']),
    partyId: Number(claims['urn:altinn:partyid']),
    authLevel: Number(claims['urn:altinn:authlevel']),
    issuedAt: claims.iat,
    expiresAt: claims.exp,
  };
}
