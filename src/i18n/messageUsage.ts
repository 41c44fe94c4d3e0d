/**
 * Finds message keys the code uses and keys no code uses, by reading the source text. Literal
 * keys ('mb.heading') must exist; template keys (`mb.folder.${folder}`) must match at least one
 * key and mark every key they match as used. Keys built any other way must be listed in the
 * test's DYNAMIC_KEYS, so nothing is left unchecked.
 */
export interface UsageReport {
  /** Literal keys handed to `t(…)` or cast to a key type (MessageKey, InstanceKey…) that are not keys. */
  missing: string[];
  /** Template keys that match no key at all. */
  deadTemplates: string[];
  /** Keys that no source mentions. */
  unused: string[];
}

const KEY = String.raw`[a-zA-Z][\w-]*(?:\.[\w-]+)+`;
const LITERAL = new RegExp(String.raw`(['"\`])(${KEY})\1`, 'g');
/**
 * A literal the code means as a key: `t('…'`, a branch of a ternary inside t(…), or a cast to a
 * key type: `'…' as MessageKey` for the core texts, `'…' as InstanceKey` and the like for a feature's.
 */
const MEANT_AS_KEY = new RegExp(
  String.raw`(?<=\bt\((?:[^()]*[?:])?\s*)(['"\`])(${KEY})\1|(['"\`])(${KEY})\3(?=\s+as\s+[A-Z]\w*Key\b)`,
  'g',
);

const TEMPLATE = /`([a-zA-Z][\w-]*\.(?:[\w.-]|\$\{[^}`]+\})*\$\{[^}`]+\}(?:[\w.-]|\$\{[^}`]+\})*)`/g;

function templatePattern(template: string): RegExp {
  const parts = template.split(/\$\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\w-]+')}$`);
}

export function checkMessageUsage(
  keys: readonly string[],
  sources: readonly string[],
  dynamicKeys: readonly string[] = [],
): UsageReport {
  const known = new Set(keys);
  const namespaces = new Set(keys.map((key) => key.split('.')[0]));
  const used = new Set<string>(dynamicKeys.filter((key) => known.has(key)));
  const missing = new Set<string>(dynamicKeys.filter((key) => !known.has(key)));
  const deadTemplates = new Set<string>();
  for (const source of sources) {
    for (const [, , literal = ''] of source.matchAll(LITERAL)) {
      if (known.has(literal)) used.add(literal);
    }
    for (const [, , inCall, , cast] of source.matchAll(MEANT_AS_KEY)) {
      const key = inCall ?? cast ?? '';
      if (!known.has(key)) missing.add(key);
    }
    for (const [, template = ''] of source.matchAll(TEMPLATE)) {
      if (!namespaces.has(template.split('.')[0])) continue;
      const pattern = templatePattern(template);
      const matches = keys.filter((key) => pattern.test(key));
      if (matches.length === 0) deadTemplates.add(template);
      for (const key of matches) used.add(key);
    }
  }
  return {
    missing: [...missing].sort(),
    deadTemplates: [...deadTemplates].sort(),
    unused: keys.filter((key) => !used.has(key)).sort(),
  };
}
