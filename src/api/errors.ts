/**
 * The one error type the API layer throws. It carries the status and the endpoint's path, never
 * the response body, the query string or a header: platform error bodies can echo request data
 * (Storage even returns raw exception text on 500), and nothing here may leak into the UI or logs.
 */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response' | 'timeout';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when the request never got a response. */
  readonly status: number;
  /** Path without query string, e.g. `/authorization/api/v1/parties`. */
  readonly endpoint: string;
  /** What the platform's `Retry-After` asked for (429/503), in ms; null when it said nothing. */
  readonly retryAfterMs: number | null;
  /** Local epoch ms when the failure arrived: a "trying again in N s" countdown starts here. */
  readonly at: number;

  constructor(kind: ApiErrorKind, status: number, endpoint: string, retryAfterMs: number | null = null) {
    super(`Platform request to ${endpoint} failed (${kind}${status ? ` ${status}` : ''})`);
    this.kind = kind;
    this.status = status;
    this.endpoint = endpoint;
    this.retryAfterMs = retryAfterMs;
    this.at = Date.now();
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function hasStatus(error: unknown, status: number): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === status;
}
