import { describe, expect, it } from 'vitest';

import { allMessages } from './languages';
import { checkMessageUsage } from './messageUsage';

// Every app source except tests and the message files themselves (core and each feature's): a key
// used only by a test, or only by another language, is not used by the app.
const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./messages/**', '!./features/*/{nb,nn,en}.ts'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/**
 * Keys the code builds in a way the scan cannot follow (computed from data, not from a literal or
 * a `prefix.${x}` template). Each must exist; list them here when adding one.
 */
const DYNAMIC_KEYS: readonly string[] = [];

// Core and feature keys together: which table a component may read is the type checker's job
// (a feature's hook types its keys), this scan finds misspelt and unused keys across all of them.
describe('message keys in use', () => {
  const report = checkMessageUsage(Object.keys(allMessages.nb), Object.values(sources), DYNAMIC_KEYS);

  it('reads the app sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });

  it('every key the code names exists', () => {
    expect(report.missing).toEqual([]);
    expect(report.deadTemplates).toEqual([]);
  });

  it('no key in the message files is unused', () => {
    expect(report.unused).toEqual([]);
  });
});

describe('checkMessageUsage', () => {
  const keys = ['mb.heading', 'mb.folder.inbox', 'mb.folder.bin', 'app.name', 'old.text'];

  it('finds a misspelt key, a template that matches nothing and a key nobody uses', () => {
    const report = checkMessageUsage(keys, [
      "t('mb.heading'); t('mb.haeding'); t(`mb.folder.${folder}`); t(`mb.range.${r}`); t('app.name')",
    ]);
    expect(report).toEqual({
      missing: ['mb.haeding'],
      deadTemplates: ['mb.range.${r}'],
      unused: ['old.text'],
    });
  });

  it('counts listed dynamic keys as used, and reports listed ones that do not exist', () => {
    const report = checkMessageUsage(
      keys,
      ["t('mb.heading'); t(`mb.folder.${f}`); t('app.name')"],
      ['old.text', 'old.gone'],
    );
    expect(report).toEqual({ missing: ['old.gone'], deadTemplates: [], unused: [] });
  });

  it('looks for missing keys only where a key is meant: t(…) and casts to MessageKey or a feature key type', () => {
    const report = checkMessageUsage(keys, [
      "t(x ? 'mb.heading' : 'mb.haeding'); t(`mb.folder.${f}`); t('app.name'); t('old.text'); color: 'error.main'; 'app.nmae' as MessageKey; 'mb.olde' as InstanceKey",
    ]);
    expect(report).toEqual({ missing: ['app.nmae', 'mb.haeding', 'mb.olde'], deadTemplates: [], unused: [] });
  });

  it('ignores dotted strings that are not keys', () => {
    const report = checkMessageUsage(keys, [
      "t('mb.heading'); t(`mb.folder.${f}`); t('app.name'); t('old.text'); import('./mb.helpers.ts'); sx={{ color: 'error.main' }}",
    ]);
    expect(report).toEqual({ missing: [], deadTemplates: [], unused: [] });
  });
});
