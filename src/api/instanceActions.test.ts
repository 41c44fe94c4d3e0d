import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { clearAltinnToken, setAltinnToken } from '../auth/altinnToken';
import { configureApiClient } from './client';
import { ApiError } from './errors';
import { moveToBin, restoreFromBin, setReadStatus } from './instanceActions';

const GUID = '7338501a-0425-4db9-8bba-be90a67be4d4';

describe('instance actions', () => {
  const fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();

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

  const call = () => {
    const [url, init] = fetchMock.mock.calls[0] ?? ['', {}];
    return { url, method: init.method };
  };

  it('sets the read status with PUT …/readstatus?status=', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id: `500000/${GUID}` }), { status: 200 }));
    await setReadStatus(500000, GUID, 'Read');
    expect(call()).toEqual({
      url: `/platform/storage/api/v1/instances/500000/${GUID}/readstatus?status=Read`,
      method: 'PUT',
    });
  });

  it('moves to the bin with the message box DELETE (soft) and expects true', async () => {
    fetchMock.mockResolvedValueOnce(new Response('true', { status: 200 }));
    await moveToBin(500000, GUID);
    expect(call()).toEqual({
      url: `/platform/storage/api/v1/sbl/instances/500000/${GUID}?hard=false`,
      method: 'DELETE',
    });
  });

  it('restores with PUT …/undelete', async () => {
    fetchMock.mockResolvedValueOnce(new Response('true', { status: 200 }));
    await restoreFromBin(500000, GUID);
    expect(call()).toEqual({
      url: `/platform/storage/api/v1/sbl/instances/500000/${GUID}/undelete`,
      method: 'PUT',
    });
  });

  it('turns the deletion-prevention 403 into an ApiError with the status and no body', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('"Instance cannot be deleted yet due to application restrictions."', { status: 403 }),
    );
    const error: unknown = await moveToBin(500000, GUID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect((error as ApiError).message).not.toContain('cannot be deleted');
  });

  it('refuses a body that is not what Storage sends', async () => {
    fetchMock.mockResolvedValueOnce(new Response('false', { status: 200 }));
    await expect(moveToBin(500000, GUID)).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
