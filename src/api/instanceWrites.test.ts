import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { clearAltinnToken, setAltinnToken } from '../auth/altinnToken';
import { configureApiClient } from './client';
import { ApiError } from './errors';
import { deletePermanently } from './instanceWrites';

const fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();

describe('permanent deletion', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    configureApiClient({ basePath: '/platform' });
    setAltinnToken('token');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    clearAltinnToken();
  });

  it('sends a hard DELETE to the sbl instance and accepts `true`', async () => {
    fetchMock.mockResolvedValueOnce(new Response('true', { status: 200 }));
    await deletePermanently(501337, 'd52639f9-1768-45f8-b004-87ed3e523be0');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(
      '/platform/storage/api/v1/sbl/instances/501337/d52639f9-1768-45f8-b004-87ed3e523be0?hard=true',
    );
    expect(init?.method).toBe('DELETE');
  });

  it('surfaces the deletion-prevention 403 as an ApiError without its text body', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('"Instance cannot be deleted yet due to application restrictions."', { status: 403 }),
    );
    const error = await deletePermanently(1, 'g').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, kind: 'http' });
    expect(String(error)).not.toContain('restrictions');
  });

  it('refuses an answer other than `true`', async () => {
    fetchMock.mockResolvedValueOnce(new Response('false', { status: 200 }));
    await expect(deletePermanently(1, 'g')).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
