import { createServer, type Server } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { busyPorts, isPortFree } from './lib/ports.ts';

describe('busyPorts', () => {
  let server: Server;
  let taken = 0;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    taken = address.port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reports a port someone listens on and not a free one', async () => {
    // A port that was free a moment ago: bind and release an ephemeral one.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const busy = await busyPorts([
      { port: taken, what: 'taken' },
      { port: address.port, what: 'free' },
    ]);
    expect(busy.map((b) => b.what)).toEqual(['taken']);
    expect(await isPortFree(address.port)).toBe(true);
  });
});
