import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { DENY_SERVICE_START_POLICY } from './lib/nginx.ts';
import { withServiceStartsDenied } from './lib/nginxProvision.ts';

describe('withServiceStartsDenied', () => {
  const dirs: string[] = [];
  const tempPolicy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-rc-'));
    dirs.push(dir);
    return join(dir, 'policy-rc.d');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('denies service starts (exit 101, executable) while the body runs, then removes its own file', async () => {
    const path = tempPolicy();
    const during = await withServiceStartsDenied(
      () => Promise.resolve({ text: readFileSync(path, 'utf8'), mode: statSync(path).mode & 0o777 }),
      path,
    );
    expect(during.text).toBe(DENY_SERVICE_START_POLICY);
    expect(during.text).toMatch(/^exit 101$/m);
    expect(during.mode).toBe(0o755);
    expect(existsSync(path)).toBe(false);
  });

  it("puts back the machine's own policy, content and mode, even when the body fails", async () => {
    const path = tempPolicy();
    writeFileSync(path, '#!/bin/sh\nexit 0\n', { mode: 0o700 });
    await expect(
      withServiceStartsDenied(() => Promise.reject(new Error('apt-get failed')), path),
    ).rejects.toThrow('apt-get failed');
    expect(readFileSync(path, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    expect(statSync(path).mode & 0o777).toBe(0o700);
  });
});
