/**
 * Serves the built app (dist/) through deploy/nginx/innboks.conf.template with a private nginx,
 * in the foreground, for the e2e journeys (playwright.config.ts) or a local look at production
 * hosting. Everything nginx writes (pid, logs, temp files, a copy of dist/) lives in one temp
 * directory that is removed at the end. nginx stops with this process: on SIGTERM/SIGINT/SIGHUP,
 * when the parent that started us goes away, and (through setpriv's parent-death signal) even
 * if this process is killed outright.
 *
 *   npx tsx scripts/serve-nginx.ts [--listen 127.0.0.1:4173] [--root dist]
 *
 * Upstreams default to the emulator; INNBOKS_PLATFORM_UPSTREAM, INNBOKS_CDN_UPSTREAM and
 * INNBOKS_IDPORTEN_ORIGINS override them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { DEBIAN_MIME_TYPES, mainNginxConfig, nginxExecutablePath, renderNginxTemplate } from './lib/nginx.ts';
import { isExecutable } from './lib/isExecutable.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const templatePath = join(root, 'deploy', 'nginx', 'innboks.conf.template');
const SETPRIV = '/usr/bin/setpriv';

const { values: args } = parseArgs({
  options: {
    listen: { type: 'string', default: '127.0.0.1:4173' },
    root: { type: 'string', default: 'dist' },
  },
});

function say(text: string): void {
  console.error(`serve-nginx: ${text}`);
}

/** The user nginx's workers switch to when it starts as root, if this system has one we know. */
function workerUser(): { user: string; group: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8');
  const group = readFileSync('/etc/group', 'utf8');
  const has = (file: string, name: string): boolean =>
    file.split('\n').some((line) => line.startsWith(`${name}:`));
  if (has(passwd, 'www-data') && has(group, 'www-data')) return { user: 'www-data', group: 'www-data' };
  if (has(passwd, 'nobody') && has(group, 'nogroup')) return { user: 'nobody', group: 'nogroup' };
  return { user: 'nobody', group: 'nobody' };
}

const nginx = nginxExecutablePath(process.env);
if (!isExecutable(nginx)) {
  say(`no nginx at ${nginx}. npm test installs Debian's nginx-light as root; or set NGINX_PATH.`);
  process.exit(1);
}
const distDir = resolve(root, args.root);
try {
  accessSync(join(distDir, 'index.html'), constants.R_OK);
} catch {
  say(`${distDir}/index.html is missing; run \`npx vite build\` first.`);
  process.exit(1);
}

const PREFIX_NAME = 'innboks-nginx-';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run killed outright (SIGKILL, a crashed parent) cannot remove its directory; its nginx died
 * with it (setpriv's parent-death signal). Remove such leftovers: ours by name, older than ten
 * minutes, and without a live nginx.
 */
function removeStalePrefixes(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX_NAME)) continue;
    const dir = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(dir).mtimeMs < 10 * 60_000) continue;
      const pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) continue;
    } catch {
      // No pid file: nginx is not running from there.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

removeStalePrefixes();
const prefix = mkdtempSync(join(tmpdir(), PREFIX_NAME));
// The workers may run as another user (when we are root): they need to reach the copy of dist/
// and nothing else in the prefix. A copy also keeps serving one build while someone rebuilds.
chmodSync(prefix, 0o755);
const webRoot = join(prefix, 'root');
cpSync(distDir, webRoot, { recursive: true });
mkdirSync(join(prefix, 'temp'), { recursive: true });

const serverConfigPath = join(prefix, 'innboks.conf');
const mainConfigPath = join(prefix, 'nginx.conf');
try {
  writeFileSync(
    serverConfigPath,
    renderNginxTemplate(readFileSync(templatePath, 'utf8'), {
      INNBOKS_LISTEN: args.listen,
      INNBOKS_SERVER_NAME: '_',
      INNBOKS_ROOT: webRoot,
      INNBOKS_PLATFORM_UPSTREAM: process.env.INNBOKS_PLATFORM_UPSTREAM ?? 'http://127.0.0.1:5101',
      INNBOKS_CDN_UPSTREAM: process.env.INNBOKS_CDN_UPSTREAM ?? 'http://127.0.0.1:5101',
      INNBOKS_IDPORTEN_ORIGINS: process.env.INNBOKS_IDPORTEN_ORIGINS ?? 'http://127.0.0.1:5102',
    }),
  );
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  rmSync(prefix, { recursive: true, force: true });
  process.exit(1);
}
writeFileSync(
  mainConfigPath,
  mainNginxConfig({ prefix, serverConfigPath, mimeTypesPath: DEBIAN_MIME_TYPES, workerUser: workerUser() }),
);

const nginxArgs = ['-p', prefix, '-c', mainConfigPath, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'];
// setpriv --pdeathsig: the kernel sends nginx SIGTERM if this process dies, however it dies.
const child: ChildProcess = isExecutable(SETPRIV)
  ? spawn(SETPRIV, ['--pdeathsig', 'TERM', '--', nginx, ...nginxArgs], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
  : spawn(nginx, nginxArgs, { stdio: ['ignore', 'inherit', 'inherit'] });

function errorLogTail(): string {
  try {
    return readFileSync(join(prefix, 'error.log'), 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

let stopping = false;
function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  say(`stopping nginx (${reason})`);
  // SIGTERM is nginx's fast shutdown: the master stops its workers and exits.
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  // Should nginx not exit, do not hang whoever is waiting for us.
  setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => stop(signal));

const parent = process.ppid;
const watchParent = setInterval(() => {
  if (process.ppid !== parent) stop('parent exited');
}, 1_000);

child.once('error', (error) => {
  say(`could not start nginx: ${error.message}`);
  rmSync(prefix, { recursive: true, force: true });
  process.exit(1);
});
child.once('exit', (code, signal) => {
  clearInterval(watchParent);
  // Playwright may signal our whole process group, nginx included: that is a requested stop too.
  if (!stopping && signal !== 'SIGTERM' && signal !== 'SIGINT') {
    say(`nginx exited by itself (${signal ?? `code ${code}`})`);
    const tail = errorLogTail();
    if (tail) console.error(tail);
  }
  rmSync(prefix, { recursive: true, force: true });
  process.exit(stopping || signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1);
});

say(`nginx serving ${distDir} on http://${args.listen} (config in ${prefix})`);
