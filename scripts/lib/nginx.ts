/**
 * The nginx hosting in deploy/nginx/, from Node: render the server template (tests and
 * scripts/serve-nginx.ts; production uses deploy/nginx/render.sh with envsubst), write the small
 * main config a private nginx runs with, and find or install Debian's nginx like Chromium.
 * Pure functions; the file system and processes stay with the callers.
 */

/** Every parameter of deploy/nginx/innboks.conf.template, in the order the README lists them. */
export const NGINX_PARAMETERS = [
  'INNBOKS_LISTEN',
  'INNBOKS_SERVER_NAME',
  'INNBOKS_ROOT',
  'INNBOKS_PLATFORM_UPSTREAM',
  'INNBOKS_CDN_UPSTREAM',
  'INNBOKS_IDPORTEN_ORIGINS',
] as const;

export type NginxParameter = (typeof NGINX_PARAMETERS)[number];
export type NginxParameters = Record<NginxParameter, string>;

const ORIGIN = '(?:https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?)';

/**
 * What each parameter may hold. Values land inside nginx directives (and the CSP header), so
 * anything that could end a directive, open a block, quote, escape or start a variable is
 * refused outright, whatever the parameter.
 */
const SHAPES: Record<NginxParameter, { pattern: RegExp; example: string }> = {
  INNBOKS_LISTEN: {
    pattern: /^(?:(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+):)?[0-9]{1,5}$/,
    example: '8080 or 127.0.0.1:4173',
  },
  INNBOKS_SERVER_NAME: {
    pattern:
      /^(?:_|[A-Za-z0-9*](?:[A-Za-z0-9.*-]*[A-Za-z0-9])?)(?: (?:[A-Za-z0-9*](?:[A-Za-z0-9.*-]*[A-Za-z0-9])?))*$/,
    example: 'innboks.example.no or _',
  },
  INNBOKS_ROOT: { pattern: /^\/(?:[A-Za-z0-9._+-]+\/?)*$/, example: '/srv/innboks/dist' },
  INNBOKS_PLATFORM_UPSTREAM: {
    pattern: new RegExp(`^${ORIGIN}$`),
    example: 'https://platform.tt02.altinn.no',
  },
  INNBOKS_CDN_UPSTREAM: { pattern: new RegExp(`^${ORIGIN}$`), example: 'https://altinncdn.no' },
  INNBOKS_IDPORTEN_ORIGINS: {
    pattern: new RegExp(`^${ORIGIN}(?: ${ORIGIN})*$`),
    example: 'https://idporten.no https://login.idporten.no',
  },
};

/** Characters that are never allowed in a value: they could change the config's structure. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse.
const UNSAFE = /[\u0000-\u001f\u007f;{}'"`$\\#]/;

export class NginxTemplateError extends Error {
  override name = 'NginxTemplateError';
}

/** The problems with a set of parameter values, one line each; empty when all are usable. */
export function checkNginxParameters(values: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  for (const name of NGINX_PARAMETERS) {
    const value = values[name];
    if (value === undefined || value === '') {
      problems.push(`${name} is not set (e.g. ${SHAPES[name].example})`);
    } else if (UNSAFE.test(value)) {
      problems.push(
        `${name} contains a character nginx would read as syntax (; { } quotes $ \\ # or a control character)`,
      );
    } else if (!SHAPES[name].pattern.test(value)) {
      problems.push(`${name} is not of the form ${SHAPES[name].example}`);
    } else if (
      name === 'INNBOKS_ROOT' &&
      value.split('/').some((segment) => segment === '..' || segment === '.')
    ) {
      problems.push(`${name} must be an absolute path without . or .. segments`);
    }
  }
  return problems;
}

const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;

/** The placeholders a template uses, each once, in order of first appearance. */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

function isParameter(name: string): name is NginxParameter {
  return (NGINX_PARAMETERS as readonly string[]).includes(name);
}

/**
 * Fills `${INNBOKS_*}` placeholders exactly like `envsubst` with the explicit variable list does,
 * and nothing else: nginx's own `$uri`, `$1` or `$innboks_cache_control` stay as they are. Throws
 * on an unknown placeholder and on any value checkNginxParameters refuses.
 */
export function renderNginxTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): string {
  const unknown = templatePlaceholders(template).filter((name) => !isParameter(name));
  if (unknown.length > 0) throw new NginxTemplateError(`unknown placeholders: ${unknown.join(', ')}`);
  const problems = checkNginxParameters(values);
  if (problems.length > 0) throw new NginxTemplateError(problems.join('\n'));
  return template.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

export interface MainConfigOptions {
  /** Private directory holding the pid file, logs, temp paths and the rendered server config. */
  prefix: string;
  /** The rendered server block to include. */
  serverConfigPath: string;
  /** Debian's mime types (`/etc/nginx/mime.types`). */
  mimeTypesPath: string;
  /** `user` for the workers when nginx starts as root (they must be able to read the root). */
  workerUser?: { user: string; group: string };
}

/**
 * A whole nginx.conf for a private instance: nothing under /var or /run, so it neither needs nor
 * disturbs a system nginx. `daemon off` is passed on the command line.
 */
export function mainNginxConfig({
  prefix,
  serverConfigPath,
  mimeTypesPath,
  workerUser,
}: MainConfigOptions): string {
  return [
    ...(workerUser ? [`user ${workerUser.user} ${workerUser.group};`] : []),
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 512; }',
    'http {',
    `    include ${mimeTypesPath};`,
    '    default_type application/octet-stream;',
    `    access_log ${prefix}/access.log;`,
    `    client_body_temp_path ${prefix}/temp/client_body;`,
    `    proxy_temp_path ${prefix}/temp/proxy;`,
    `    fastcgi_temp_path ${prefix}/temp/fastcgi;`,
    `    uwsgi_temp_path ${prefix}/temp/uwsgi;`,
    `    scgi_temp_path ${prefix}/temp/scgi;`,
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_timeout 65;',
    `    include ${serverConfigPath};`,
    '}',
    '',
  ].join('\n');
}

export const DEBIAN_NGINX = '/usr/sbin/nginx';
export const DEBIAN_MIME_TYPES = '/etc/nginx/mime.types';
/** Debian bookworm's smallest nginx first; `nginx` itself if an archive lacks nginx-light. */
export const NGINX_APT_CHOICES = [['nginx-light'], ['nginx']] as const;

export type NginxPlan =
  | { kind: 'use'; path: string; source: 'NGINX_PATH' | 'debian' }
  | { kind: 'apt'; path: string }
  /** No nginx and no root to install one: the e2e journeys cannot run behind nginx. */
  | { kind: 'missing' };

export interface NginxProbe {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable: (path: string) => boolean;
  isRoot: boolean;
}

export function resolveNginx({ env, isExecutable, isRoot }: NginxProbe): {
  plan: NginxPlan;
  warnings: string[];
} {
  const warnings: string[] = [];
  const fromEnv = env.NGINX_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv))
      return { plan: { kind: 'use', path: fromEnv, source: 'NGINX_PATH' }, warnings };
    warnings.push(`NGINX_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  if (isExecutable(DEBIAN_NGINX))
    return { plan: { kind: 'use', path: DEBIAN_NGINX, source: 'debian' }, warnings };
  if (isRoot) return { plan: { kind: 'apt', path: DEBIAN_NGINX }, warnings };
  return { plan: { kind: 'missing' }, warnings };
}

/** NGINX_PATH when given (the test runner sets it after provisioning), else Debian's binary. */
export function nginxExecutablePath(env: Readonly<Record<string, string | undefined>>): string {
  return env.NGINX_PATH?.trim() || DEBIAN_NGINX;
}

/**
 * A policy-rc.d that forbids every service start: Debian's nginx postinst would otherwise start
 * a system nginx on port 80 that nobody stops.
 */
export const DENY_SERVICE_START_POLICY =
  '#!/bin/sh\n# Written by innboks npm test while apt-get installs nginx.\nexit 101\n';
