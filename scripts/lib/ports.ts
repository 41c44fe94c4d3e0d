import { createServer } from 'node:net';

/** The loopback ports the e2e run needs; fixed because OIDC redirect URIs and the issuer name them. */
export const E2E_PORTS = [
  { port: 5101, what: 'emulator platform' },
  { port: 5102, what: 'emulator ID-porten' },
  { port: 4173, what: 'the built app (nginx, or vite preview)' },
] as const;

/** True when nothing listens on 127.0.0.1:port (we can bind it ourselves for a moment). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => {
      probe.close(() => resolve(true));
    });
  });
}

export async function busyPorts<T extends { port: number }>(wanted: readonly T[]): Promise<T[]> {
  const free = await Promise.all(wanted.map(({ port }) => isPortFree(port)));
  return wanted.filter((_, i) => !free[i]);
}
