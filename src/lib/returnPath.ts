/** Where to go when a return path is missing or cannot be trusted. */
export const DEFAULT_RETURN_PATH = '/';

const CALLBACK_PATH = '/auth/callback';

/**
 * Accepts only a same-origin relative path ("/x?y#z"). Anything that a browser could resolve to
 * another origin ("//evil", "/\\evil", "https://…", "javascript:…") or that would loop back into
 * the sign-in callback falls back to the home page: the return path travels through the identity
 * provider and sessionStorage, so it is treated as untrusted input (ASVS 3.7.2).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return DEFAULT_RETURN_PATH;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return DEFAULT_RETURN_PATH;
  // Browsers strip tabs and newlines inside URLs, which can turn "/\t/evil" into "//evil".
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\\'))
    return DEFAULT_RETURN_PATH;
  const base = 'http://return-path.invalid';
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (parsed.origin !== base) return DEFAULT_RETURN_PATH;
  if (parsed.pathname === CALLBACK_PATH) return DEFAULT_RETURN_PATH;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
