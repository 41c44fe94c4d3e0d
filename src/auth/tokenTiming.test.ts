import { describe, expect, it } from 'vitest';

import { isExpired, localAuthTime, msUntilRefresh, refreshMarginMs, tokenTiming } from './tokenTiming';

describe('tokenTiming', () => {
  const sentAt = 1_000_000;

  it('uses the lifetime from the token, not the device clock', () => {
    // The platform's clock says 2025; the device says something else entirely.
    const timing = tokenTiming({ issuedAt: 1737815157, expiresAt: 1737815157 + 1800 }, sentAt);
    expect(timing.expiresAt).toBe(sentAt + 1_800_000);
    expect(timing.refreshAt).toBe(sentAt + 1_800_000 - 300_000);
  });

  it('refreshes a two-minute exchanged token 24 s before expiry', () => {
    const timing = tokenTiming({ issuedAt: 100, expiresAt: 220 }, sentAt);
    expect(timing.refreshAt).toBe(sentAt + 96_000);
  });

  it('keeps a margin of at least 5 s but never more than half the lifetime', () => {
    expect(refreshMarginMs(20_000)).toBe(5_000);
    expect(refreshMarginMs(6_000)).toBe(3_000);
    expect(refreshMarginMs(3_600_000)).toBe(300_000);
  });

  it('counts down to the refresh and reports expiry', () => {
    const timing = tokenTiming({ issuedAt: 0, expiresAt: 60 }, sentAt);
    expect(msUntilRefresh(timing, sentAt)).toBe(48_000);
    expect(msUntilRefresh(timing, sentAt + 50_000)).toBe(0);
    expect(isExpired(timing, sentAt + 59_999)).toBe(false);
    expect(isExpired(timing, sentAt + 60_000)).toBe(true);
  });

  it('treats a token with exp before iat as already expired', () => {
    const timing = tokenTiming({ issuedAt: 100, expiresAt: 50 }, sentAt);
    expect(isExpired(timing, sentAt)).toBe(true);
    expect(msUntilRefresh(timing, sentAt)).toBe(0);
  });
});

describe('localAuthTime', () => {
  it('places the sign-in before the token by iat − auth_time', () => {
    expect(localAuthTime({ iat: 5000, auth_time: 4400 }, 10_000_000)).toBe(10_000_000 - 600_000);
  });

  it('falls back to the receive time when the claims are missing or odd', () => {
    expect(localAuthTime({}, 123)).toBe(123);
    expect(localAuthTime({ iat: 10, auth_time: 20 }, 123)).toBe(123);
  });
});
