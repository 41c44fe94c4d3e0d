/**
 * Finds Debian's nginx for the e2e journeys (they run behind it, like production), or installs
 * it as root with apt-get, the way scripts/run-tests.ts provisions Chromium.
 */
import { chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

import { DENY_SERVICE_START_POLICY, NGINX_APT_CHOICES, resolveNginx } from './nginx.ts';
import { run } from './spawn.ts';
import { isExecutable } from './isExecutable.ts';

const POLICY_RC_D = '/usr/sbin/policy-rc.d';

/**
 * Runs `body` with a policy-rc.d that forbids starting services, then puts back whatever was
 * there before (or nothing): nginx's postinst would otherwise start a system nginx on port 80.
 */
export async function withServiceStartsDenied<T>(
  body: () => Promise<T>,
  policyPath = POLICY_RC_D,
): Promise<T> {
  let previous: { text: string; mode: number } | undefined;
  try {
    previous = { text: readFileSync(policyPath, 'utf8'), mode: statSync(policyPath).mode & 0o7777 };
  } catch {
    previous = undefined;
  }
  writeFileSync(policyPath, DENY_SERVICE_START_POLICY, { mode: 0o755 });
  chmodSync(policyPath, 0o755);
  try {
    return await body();
  } finally {
    if (previous) {
      writeFileSync(policyPath, previous.text);
      chmodSync(policyPath, previous.mode);
    } else {
      rmSync(policyPath, { force: true });
    }
  }
}

/**
 * The environment the e2e run needs for nginx (NGINX_PATH), or undefined when there is none and
 * none could be installed; says which it used.
 */
export async function provisionNginx(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<NodeJS.ProcessEnv | undefined> {
  const { plan, warnings } = resolveNginx({ env, isExecutable, isRoot: process.getuid?.() === 0 });
  for (const warning of warnings) console.warn(warning);
  switch (plan.kind) {
    case 'use':
      console.log(`nginx: ${plan.path} (${plan.source})`);
      return { ...env, NGINX_PATH: plan.path };
    case 'missing':
      console.error(
        'nginx: not found, and only root can install it. The e2e journeys run behind nginx: ' +
          '`sudo apt-get install nginx-light` (or set NGINX_PATH), or point them at a running app ' +
          'with E2E_BASE_URL.',
      );
      return undefined;
    case 'apt': {
      const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
      const installed = await withServiceStartsDenied(async () => {
        if ((await run('apt-get', ['update', '-qq'], { cwd, env: aptEnv })) !== 0) return false;
        for (const packages of NGINX_APT_CHOICES) {
          console.log(`nginx: none found; installing Debian's ${packages.join(' ')} with apt-get`);
          const args = ['install', '-y', '-qq', '--no-install-recommends', ...packages];
          if ((await run('apt-get', args, { cwd, env: aptEnv })) === 0) return true;
        }
        return false;
      });
      if (!installed || !isExecutable(plan.path)) {
        console.error('nginx: apt-get could not install nginx.');
        return undefined;
      }
      return { ...env, NGINX_PATH: plan.path };
    }
  }
}
