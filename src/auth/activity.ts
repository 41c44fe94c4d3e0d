/**
 * Tracks when the person last did something (pointer, keyboard, or coming back to the tab), for
 * the idle limit. Activity after the idle limit has already passed is ignored: a tab woken from
 * the background must be signed out, not revived by the visibility event that woke it.
 */
let lastActivityAt = Date.now();
let idleMs = Number.POSITIVE_INFINITY;
let paused = false;
let started = false;

const THROTTLE_MS = 1000;

function onActivity(): void {
  if (paused) return;
  const now = Date.now();
  if (now - lastActivityAt >= idleMs) return;
  if (now - lastActivityAt < THROTTLE_MS) return;
  lastActivityAt = now;
}

function onVisibility(): void {
  if (document.visibilityState === 'visible') onActivity();
}

export function startActivityTracking(idleLimitMs: number): void {
  idleMs = idleLimitMs;
  lastActivityAt = Date.now();
  if (started) return;
  started = true;
  const options = { passive: true, capture: true } as const;
  window.addEventListener('pointerdown', onActivity, options);
  window.addEventListener('keydown', onActivity, options);
  window.addEventListener('wheel', onActivity, options);
  document.addEventListener('visibilitychange', onVisibility);
}

export function getLastActivityAt(): number {
  return lastActivityAt;
}

/**
 * While the idle warning is open, stray keys and clicks must not silently dismiss it: only the
 * explicit "Stay signed in" counts.
 */
export function setActivityPaused(value: boolean): void {
  paused = value;
}

/** An explicit sign of life (the person pressed "Stay signed in", or just signed in). */
export function markActive(): void {
  lastActivityAt = Date.now();
}
