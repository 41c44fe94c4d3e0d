import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  checkNginxParameters,
  mainNginxConfig,
  NGINX_PARAMETERS,
  NginxTemplateError,
  renderNginxTemplate,
  resolveNginx,
  templatePlaceholders,
  type NginxParameters,
} from './lib/nginx.ts';

const template = readFileSync(new URL('../deploy/nginx/innboks.conf.template', import.meta.url), 'utf8');
const renderScript = readFileSync(new URL('../deploy/nginx/render.sh', import.meta.url), 'utf8');

const valid: NginxParameters = {
  INNBOKS_LISTEN: '127.0.0.1:4173',
  INNBOKS_SERVER_NAME: '_',
  INNBOKS_ROOT: '/srv/innboks/dist',
  INNBOKS_PLATFORM_UPSTREAM: 'https://platform.tt02.altinn.no',
  INNBOKS_CDN_UPSTREAM: 'https://altinncdn.no',
  INNBOKS_IDPORTEN_ORIGINS: 'https://test.idporten.no https://login.test.idporten.no',
};

/** nginx's own variables ($uri, $1, $innboks_cache_control ...) with how often each occurs. */
function nginxVariables(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name] of text.matchAll(/\$(?!\{)[A-Za-z0-9_]+/g)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

describe('the template and its renderers', () => {
  it('uses exactly the documented parameters, and render.sh substitutes exactly those', () => {
    expect([...templatePlaceholders(template)].sort()).toEqual([...NGINX_PARAMETERS].sort());
    const listed = /^VARIABLES='([^']*)'$/m.exec(renderScript)?.[1] ?? '';
    expect(listed.split(' ').sort()).toEqual(NGINX_PARAMETERS.map((name) => `\${${name}}`).sort());
  });

  it('fills every placeholder and touches nothing else', () => {
    const out = renderNginxTemplate(template, valid);
    expect(out).not.toMatch(/\$\{INNBOKS_[A-Z_]+\}/);
    expect(nginxVariables(out)).toEqual(nginxVariables(template));
    expect(nginxVariables(out).get('$innboks_cache_control')).toBeGreaterThan(5);
    expect(out).toContain('listen 127.0.0.1:4173;');
    expect(out).toContain('proxy_pass https://platform.tt02.altinn.no;');
    expect(out).toContain('proxy_pass https://altinncdn.no;');
    expect(out).toContain("connect-src 'self' https://test.idporten.no https://login.test.idporten.no;");
    expect(out).toContain("form-action 'self' https://test.idporten.no https://login.test.idporten.no;");
    // Every line without a placeholder comes out byte for byte, and no line is added or lost.
    const inLines = template.split('\n');
    const outLines = out.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    inLines.forEach((line, i) => {
      if (!/\$\{INNBOKS_[A-Z_]+\}/.test(line)) expect(outLines[i]).toBe(line);
    });
  });

  it('refuses an unknown placeholder instead of leaving it for nginx', () => {
    expect(() => renderNginxTemplate('listen ${INNBOKS_PORT};', valid)).toThrow(NginxTemplateError);
  });

  it('refuses missing parameters, naming each', () => {
    const problems = checkNginxParameters({ ...valid, INNBOKS_ROOT: undefined, INNBOKS_CDN_UPSTREAM: '' });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/INNBOKS_ROOT is not set/);
    expect(problems.join('\n')).toMatch(/INNBOKS_CDN_UPSTREAM is not set/);
  });

  it.each([
    ['INNBOKS_PLATFORM_UPSTREAM', 'https://platform.altinn.no;\n    location / { proxy_pass http://evil'],
    ['INNBOKS_PLATFORM_UPSTREAM', 'https://platform.altinn.no\nreturn 200'],
    ['INNBOKS_PLATFORM_UPSTREAM', 'https://platform.altinn.no/storage'],
    ['INNBOKS_PLATFORM_UPSTREAM', 'https://platform.altinn.no"'],
    ['INNBOKS_PLATFORM_UPSTREAM', "https://platform.altinn.no'"],
    ['INNBOKS_PLATFORM_UPSTREAM', 'https://$host'],
    ['INNBOKS_PLATFORM_UPSTREAM', 'javascript:alert(1)'],
    ['INNBOKS_PLATFORM_UPSTREAM', 'ftp://platform.altinn.no'],
    ['INNBOKS_CDN_UPSTREAM', 'https://altinncdn.no}'],
    ['INNBOKS_CDN_UPSTREAM', 'https://altinncdn.no{'],
    ['INNBOKS_IDPORTEN_ORIGINS', "https://idporten.no 'unsafe-inline'"],
    ['INNBOKS_IDPORTEN_ORIGINS', 'https://idporten.no; script-src *'],
    ['INNBOKS_IDPORTEN_ORIGINS', '*'],
    ['INNBOKS_LISTEN', '80; include /etc/passwd'],
    ['INNBOKS_LISTEN', '8080 default_server'],
    ['INNBOKS_ROOT', 'dist'],
    ['INNBOKS_ROOT', '/srv/../etc'],
    ['INNBOKS_ROOT', '/srv/innboks dist'],
    ['INNBOKS_SERVER_NAME', 'a.no\\'],
    ['INNBOKS_SERVER_NAME', 'a.no # comment'],
  ] as const)('refuses %s = %j', (name, value) => {
    const values = { ...valid, [name]: value };
    expect(checkNginxParameters(values)).toHaveLength(1);
    expect(() => renderNginxTemplate(template, values)).toThrow(NginxTemplateError);
  });

  it.each([
    ['INNBOKS_LISTEN', '8080'],
    ['INNBOKS_LISTEN', '[::]:8080'],
    ['INNBOKS_SERVER_NAME', 'innboks.example.no www.innboks.example.no'],
    ['INNBOKS_PLATFORM_UPSTREAM', 'http://127.0.0.1:5101'],
    ['INNBOKS_IDPORTEN_ORIGINS', 'http://127.0.0.1:5102'],
  ] as const)('accepts %s = %j', (name, value) => {
    expect(checkNginxParameters({ ...valid, [name]: value })).toEqual([]);
  });
});

/** Each top-level location's head and body, by brace depth (the template nests nothing deeper). */
function locations(text: string): { head: string; body: string }[] {
  const found: { head: string; body: string }[] = [];
  for (const match of text.matchAll(/^ {4}location (.*?) \{\n([\s\S]*?)^ {4}\}/gm)) {
    found.push({ head: match[1] ?? '', body: match[2] ?? '' });
  }
  return found;
}

/** The allow-listed platform locations as JavaScript regexes (the template's are PCRE-compatible). */
function proxiedPlatformPatterns(text: string): RegExp[] {
  return locations(text)
    .filter(({ head, body }) => head.startsWith('~ "^/platform/') && body.includes('proxy_pass'))
    .map(({ head }) => new RegExp(head.slice(3, -1)));
}

describe('the template keeps its promises', () => {
  const rendered = renderNginxTemplate(template, valid);

  it('has no add_header inside a location (it would drop the server-wide security headers)', () => {
    const all = locations(rendered);
    expect(all.length).toBeGreaterThan(10);
    for (const { head, body } of all) expect(body, head).not.toMatch(/add_header|expires/);
    expect(rendered).toMatch(/^ {4}add_header Content-Security-Policy "[^"]+" always;$/m);
    expect(rendered).toMatch(/^ {4}add_header Cache-Control \$innboks_cache_control always;$/m);
  });

  it('allows no inline or eval script and keeps unsafe-inline to style-src', () => {
    const csp = /Content-Security-Policy "([^"]+)"/.exec(rendered)?.[1] ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
  });

  it('proxies exactly the platform calls the app makes, and marks each no-store', () => {
    const patterns = proxiedPlatformPatterns(rendered);
    const allowed = (path: string): boolean => patterns.some((p) => p.test(path));
    const guid = '6cc2b37b-2ac7-47a0-8d66-f940e8a78f83';
    for (const path of [
      '/platform/authentication/api/v1/exchange/id-porten',
      '/platform/authentication/api/v1/refresh',
      '/platform/authorization/api/v1/parties',
      '/platform/profile/api/v1/users/current',
      '/platform/storage/api/v1/applications',
      '/platform/storage/api/v1/applications/ttd/some-app',
      '/platform/storage/api/v1/applications/ttd/some-app/texts/nb',
      '/platform/storage/api/v1/instances',
      `/platform/storage/api/v1/instances/500800/${guid}`,
      `/platform/storage/api/v1/instances/500800/${guid}/events`,
      `/platform/storage/api/v1/instances/500800/${guid}/process/history`,
      `/platform/storage/api/v1/instances/500800/${guid}/data/${guid}`,
      `/platform/storage/api/v1/instances/500800/${guid}/readstatus`,
      `/platform/storage/api/v1/sbl/instances/500800/${guid}`,
      `/platform/storage/api/v1/sbl/instances/500800/${guid}/undelete`,
    ]) {
      expect(allowed(path), path).toBe(true);
    }
    for (const path of [
      '/platform/__emulator/users',
      '/platform/register/api/v1/parties/500800',
      '/platform/storage/api/v1/instances/500800',
      `/platform/storage/api/v1/instances/500800/${guid}/data`,
      `/platform/storage/api/v1/instances/500800/${guid}/complete`,
      '/platform/storage/api/v1/sbl/instances/search',
      '/platform/authentication/api/v1/openid/.well-known/openid-configuration',
      '/platform/storage/api/v1/applications/ttd/../../../__emulator',
    ]) {
      expect(allowed(path), path).toBe(false);
    }
    for (const { head, body } of locations(rendered).filter((l) => l.body.includes('proxy_pass'))) {
      expect(body, head).toMatch(/set \$innboks_cache_control "no-(store|cache)";/);
      expect(body, head).toMatch(/return 405;/);
    }
  });

  it('answers 404 for everything else under /platform and /cdn', () => {
    const byHead = new Map(locations(rendered).map(({ head, body }) => [head, body]));
    expect(byHead.get('/platform/')).toMatch(/return 404;/);
    expect(byHead.get('/cdn/')).toMatch(/return 404;/);
  });
});

describe('mainNginxConfig', () => {
  it('keeps every file nginx writes inside the prefix', () => {
    const config = mainNginxConfig({
      prefix: '/tmp/innboks-nginx-x',
      serverConfigPath: '/tmp/innboks-nginx-x/innboks.conf',
      mimeTypesPath: '/etc/nginx/mime.types',
    });
    for (const [, path] of config.matchAll(/(?:pid|error_log|access_log|_temp_path) (\S+?)[ ;]/g)) {
      expect(path?.startsWith('/tmp/innboks-nginx-x/')).toBe(true);
    }
    expect(config).toMatch(/_temp_path/);
    expect(config).not.toMatch(/^user /m);
    expect(config).toContain('include /tmp/innboks-nginx-x/innboks.conf;');
  });

  it('names the workers’ user when asked (nginx started as root)', () => {
    const config = mainNginxConfig({
      prefix: '/p',
      serverConfigPath: '/p/s.conf',
      mimeTypesPath: '/m',
      workerUser: { user: 'www-data', group: 'www-data' },
    });
    expect(config.split('\n')[0]).toBe('user www-data www-data;');
  });
});

describe('resolveNginx', () => {
  const none = (): boolean => false;

  it('prefers NGINX_PATH, then Debian, then apt as root', () => {
    expect(
      resolveNginx({ env: { NGINX_PATH: '/opt/nginx' }, isExecutable: () => true, isRoot: false }).plan,
    ).toEqual({ kind: 'use', path: '/opt/nginx', source: 'NGINX_PATH' });
    expect(
      resolveNginx({ env: {}, isExecutable: (p) => p === '/usr/sbin/nginx', isRoot: false }).plan,
    ).toEqual({ kind: 'use', path: '/usr/sbin/nginx', source: 'debian' });
    expect(resolveNginx({ env: {}, isExecutable: none, isRoot: true }).plan.kind).toBe('apt');
    expect(resolveNginx({ env: {}, isExecutable: none, isRoot: false }).plan.kind).toBe('missing');
  });

  it('warns when NGINX_PATH is wrong rather than silently using another', () => {
    const { warnings, plan } = resolveNginx({
      env: { NGINX_PATH: '/nope' },
      isExecutable: none,
      isRoot: true,
    });
    expect(warnings).toEqual(['NGINX_PATH=/nope is not an executable file; looking elsewhere.']);
    expect(plan.kind).toBe('apt');
  });
});
