import { isApiError } from '../../api/errors';
import type { MessageKey } from '../../i18n/messages/nb';

/**
 * What to tell the person about a failed platform call, by what went wrong rather than where.
 * Never the body or a header of the answer: those can echo request data (see ApiError).
 */
export type FailureMessage = { key: MessageKey; status?: number };

export function failureMessage(error: unknown): FailureMessage {
  if (!isApiError(error)) return { key: 'fault.server' };
  switch (error.kind) {
    case 'timeout':
      return { key: 'fault.timeout' };
    case 'network':
      return { key: 'fault.network' };
    case 'invalid-response':
      return { key: 'fault.invalid' };
    case 'http':
      if (error.status === 429) return { key: 'fault.rateLimited' };
      if (error.status >= 500) return { key: 'fault.server' };
      return { key: 'fault.refused', status: error.status };
  }
}
