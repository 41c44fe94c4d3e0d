import { SW_SCOPE, SW_SCRIPT_URL } from '../protocol';

/**
 * Registers the download worker the first time a download needs it, never at start-up (most
 * visits download nothing). In development Vite serves the TypeScript source; the built app has
 * its own file at the root.
 */
const SCRIPT = import.meta.env.DEV ? '/src/sw/download-sw.ts' : SW_SCRIPT_URL;
const ACTIVATE_TIMEOUT_MS = 10_000;

let pending: Promise<ServiceWorker | null> | null = null;

function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  if (registration.active) return Promise.resolve(registration.active);
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ACTIVATE_TIMEOUT_MS);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') {
        clearTimeout(timer);
        resolve(worker);
      } else if (worker.state === 'redundant') {
        clearTimeout(timer);
        resolve(registration.active);
      }
    });
  });
}

/** The active download worker, or null where service workers are unavailable or refused. */
export function downloadWorker(): Promise<ServiceWorker | null> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) {
    return Promise.resolve(null);
  }
  pending ??= navigator.serviceWorker
    .register(SCRIPT, { scope: SW_SCOPE, type: 'module', updateViaCache: 'none' })
    .then(activated)
    .catch(() => null)
    .then((worker) => {
      // A failed attempt may succeed later (e.g. after a deploy); don't remember the failure.
      if (!worker) pending = null;
      return worker;
    });
  return pending;
}
