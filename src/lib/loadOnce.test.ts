import { describe, expect, it, vi } from 'vitest';

import { loadOnce } from './loadOnce';

describe('loadOnce', () => {
  it('imports once while a load is pending or done, and hands out the same value', async () => {
    const importer = vi.fn(async () => 'module');
    const loader = loadOnce(importer);
    expect(loader.loaded()).toBeNull();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect([a, b, await loader.load(), loader.loaded()]).toEqual(['module', 'module', 'module', 'module']);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('does not remember a failed import: the next load tries again', async () => {
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('module');
    const loader = loadOnce(importer);
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    expect(loader.loaded()).toBeNull();
    await expect(loader.load()).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
