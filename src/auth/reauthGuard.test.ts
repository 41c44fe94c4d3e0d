import { afterEach, describe, expect, it } from 'vitest';

import { clearReauthentications, isLooping, recordReauthentication } from './reauthGuard';

describe('reauthGuard', () => {
  afterEach(() => clearReauthentications());

  it('allows three automatic re-sign-ins in two minutes, then stops', () => {
    const t = 1_000_000;
    expect(recordReauthentication(t)).toBe(true);
    expect(recordReauthentication(t + 1000)).toBe(true);
    expect(recordReauthentication(t + 2000)).toBe(true);
    expect(recordReauthentication(t + 3000)).toBe(false);
  });

  it('forgets attempts older than two minutes', () => {
    expect(isLooping([0, 1000, 2000], 2000)).toBe(true);
    expect(isLooping([0, 1000, 2000], 121_000)).toBe(false);
  });
});
