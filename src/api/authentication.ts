import { requestWithToken } from './client';
import { ApiError } from './errors';

const EXCHANGE_PATH = '/authentication/api/v1/exchange/id-porten';
const REFRESH_PATH = '/authentication/api/v1/refresh';

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * The exchange and refresh endpoints answer with the token as a bare string: `text/plain` with
 * no Accept header, or a JSON string literal (`"eyJ…"`) when JSON was asked for. Accept both.
 */
export function parseBareToken(body: string): string | null {
  let text = body.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  return JWT_SHAPE.test(text) ? text : null;
}

async function readToken(response: Response, path: string): Promise<string> {
  const token = parseBareToken(await response.text());
  if (!token) throw new ApiError('invalid-response', response.status, path);
  return token;
}

/**
 * Trades the ID-porten access token for an Altinn token. The result expires when the ID-porten
 * token does (about two minutes), so callers refresh it at once.
 */
export async function exchangeIdPortenToken(idPortenAccessToken: string): Promise<string> {
  const response = await requestWithToken(EXCHANGE_PATH, idPortenAccessToken, { accept: 'text' });
  return readToken(response, EXCHANGE_PATH);
}

/** Gets a new Altinn token (30 minutes in Altinn) for a still-valid one. */
export async function refreshAltinnToken(altinnToken: string): Promise<string> {
  const response = await requestWithToken(REFRESH_PATH, altinnToken, { accept: 'text' });
  return readToken(response, REFRESH_PATH);
}
