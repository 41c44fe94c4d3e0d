/**
 * Reads the payload of a JWT without verifying it. The browser cannot verify Altinn's signature
 * (and does not need to: the platform does on every call); the app only reads its own session
 * facts (user id, party id, level, lifetime) from a token it just received over TLS.
 */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) throw new Error('Not a JWT');
  const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  let json: string;
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('JWT payload is not base64url-encoded UTF-8');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    throw new Error('JWT payload is not JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('JWT payload is not an object');
  }
  return payload as Record<string, unknown>;
}
