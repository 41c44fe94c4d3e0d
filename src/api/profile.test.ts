import { afterEach, describe, expect, it, vi } from 'vitest';

import { clearAltinnToken, setAltinnToken } from '../auth/altinnToken';
import { configureApiClient } from './client';
import { fetchProfile, parseProfile } from './profile';

describe('profile', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearAltinnToken();
  });

  it('parses the language preference', () => {
    const profile = parseProfile({
      userId: 1337,
      partyId: 501337,
      party: { name: 'Sophie Salt' },
      profileSettingPreference: { language: 'nn' },
    });
    expect(profile).toEqual({ userId: 1337, partyId: 501337, name: 'Sophie Salt', language: 'nn' });
    expect(
      parseProfile({ userId: 1, partyId: 2, profileSettingPreference: { language: 'se' } }).language,
    ).toBeNull();
  });

  it('tolerates 403: the app works without a profile', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 403 }));
    configureApiClient({ basePath: '/platform' });
    setAltinnToken('t');
    await expect(fetchProfile()).resolves.toBeNull();
  });

  it('still fails on other errors', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    setAltinnToken('t');
    await expect(fetchProfile()).rejects.toMatchObject({ status: 500 });
  });
});
