import { describe, expect, it } from 'vitest';

import { validateRuntimeConfig, type RuntimeConfig } from './runtimeConfig';

const presets = import.meta.glob<unknown>(['../../deploy/config/*.json', '../../public/config.json'], {
  eager: true,
  import: 'default',
});

const valid: RuntimeConfig = {
  oidc: {
    authority: 'http://127.0.0.1:5102',
    clientId: 'innboks',
    scopes: 'openid profile altinn:instances.read',
    acrValues: 'idporten-loa-substantial',
  },
  platform: { basePath: '/platform' },
  appLinkPattern: 'https://{org}.apps.altinn.no/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
  session: { idleMinutes: 30, absoluteMinutes: 120, idleWarningSeconds: 60 },
};

/** A deep copy of `valid` with one field replaced (or removed when value is undefined). */
function withField(path: string, value: unknown): unknown {
  const copy = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('validateRuntimeConfig', () => {
  it('finds all four presets', () => {
    expect(Object.keys(presets).sort()).toEqual([
      '../../deploy/config/local.json',
      '../../deploy/config/production.json',
      '../../deploy/config/tt02.json',
      '../../public/config.json',
    ]);
  });

  it.each(Object.entries(presets))('accepts the preset %s', (_name, preset) => {
    expect(validateRuntimeConfig(preset)).toEqual({ ok: true, config: preset });
  });

  it('accepts a valid config', () => {
    expect(validateRuntimeConfig(valid).ok).toBe(true);
  });

  it.each([
    'oidc',
    'oidc.authority',
    'oidc.clientId',
    'oidc.scopes',
    'oidc.acrValues',
    'platform',
    'platform.basePath',
    'appLinkPattern',
    'session',
    'session.idleMinutes',
    'session.absoluteMinutes',
    'session.idleWarningSeconds',
  ])('reports %s as missing', (field) => {
    expect(validateRuntimeConfig(withField(field, undefined))).toEqual({
      ok: false,
      problems: [{ field, kind: 'missing' }],
    });
  });

  it.each([
    ['oidc.authority', 'idporten.no'],
    ['oidc.authority', 'http://idporten.no'],
    ['oidc.authority', 'https://idporten.no/'],
    ['oidc.authority', 42],
    ['oidc.clientId', '   '],
    ['oidc.scopes', 'profile altinn:instances.read'],
    ['oidc.scopes', 'openid profile'],
    ['oidc.acrValues', 'Level3'],
    ['platform.basePath', 'platform'],
    ['platform.basePath', '//evil.example'],
    ['platform.basePath', '/platform/'],
    ['platform.basePath', 'https://platform.altinn.no'],
    ['appLinkPattern', 'https://{org}.apps.altinn.no/{org}/{app}/'],
    ['appLinkPattern', 'javascript:alert("{org}{app}{instanceOwnerPartyId}{instanceGuid}")'],
    [
      'appLinkPattern',
      'http://{org}.apps.altinn.no/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
    ],
    ['orgsUrl', 'https://altinncdn.no/orgs/altinn-orgs.json'],
    ['orgsUrl', '//evil.example/orgs.json'],
    ['session.idleMinutes', 0],
    ['session.idleMinutes', '30'],
    ['session.absoluteMinutes', 10],
    ['session.idleWarningSeconds', 1.5],
    ['session.idleWarningSeconds', 1800],
  ])('reports %s = %j as invalid', (field, value) => {
    expect(validateRuntimeConfig(withField(field, value))).toEqual({
      ok: false,
      problems: [{ field, kind: 'invalid' }],
    });
  });

  it.each([null, [], 'config', 3])('rejects a root that is not an object: %j', (input) => {
    expect(validateRuntimeConfig(input)).toEqual({
      ok: false,
      problems: [{ field: '(root)', kind: 'invalid' }],
    });
  });

  it('accepts a same-origin orgsUrl and treats it as optional', () => {
    expect(validateRuntimeConfig(withField('orgsUrl', '/cdn/orgs/altinn-orgs.json')).ok).toBe(true);
    expect(validateRuntimeConfig(withField('orgsUrl', undefined)).ok).toBe(true);
  });

  it('names every wrong field at once', () => {
    const input = withField('oidc.clientId', undefined) as Record<string, unknown>;
    input.appLinkPattern = 'nope';
    const result = validateRuntimeConfig(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.field).sort()).toEqual(['appLinkPattern', 'oidc.clientId']);
  });

  it('names a cross-field problem beside a field that breaks its own rule', () => {
    const input = withField('session', { idleMinutes: 30, absoluteMinutes: 10, idleWarningSeconds: 60 });
    (input as Record<string, unknown>).appLinkPattern = 'nope';
    expect(validateRuntimeConfig(input)).toEqual({
      ok: false,
      problems: [
        { field: 'appLinkPattern', kind: 'invalid' },
        { field: 'session.absoluteMinutes', kind: 'invalid' },
      ],
    });
  });

  it('leaves cross-field rules out while a field has the wrong type', () => {
    const input = withField('session', { idleMinutes: 30, absoluteMinutes: 10, idleWarningSeconds: 60 });
    (input as Record<string, unknown>).appLinkPattern = 5;
    expect(validateRuntimeConfig(input)).toEqual({
      ok: false,
      problems: [{ field: 'appLinkPattern', kind: 'invalid' }],
    });
  });

  it('trims text fields and drops keys it does not know', () => {
    const input = withField('oidc.clientId', '  innboks  ') as Record<string, unknown>;
    input.unknownKey = 'x';
    const result = validateRuntimeConfig(input);
    expect(result.ok && result.config.oidc.clientId).toBe('innboks');
    expect(result.ok && 'unknownKey' in result.config).toBe(false);
  });
});
