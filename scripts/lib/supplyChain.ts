/**
 * The dependency checks of `npm test` (ASVS 15.1.x): `npm audit` on what ships, and a CycloneDX
 * SBOM of it. Both ask npm itself, from the project root.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';

import { run } from './spawn.ts';

/**
 * High or critical advisories in production dependencies fail. npm asks the registry; when it
 * cannot be reached (or refuses), npm exits non-zero and so does this, loudly.
 */
export async function auditProductionDependencies(cwd: string): Promise<boolean> {
  const ok = (await run('npm', ['audit', '--omit=dev', '--audit-level=high'], { cwd })) === 0;
  if (!ok)
    console.error('npm audit: high/critical findings, or the registry could not be asked (see above).');
  return ok;
}

/** Components in a CycloneDX document; undefined when the text is not one. */
export function cycloneDxComponentCount(text: string): number | undefined {
  let bom: unknown;
  try {
    bom = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof bom !== 'object' || bom === null || !('bomFormat' in bom) || bom.bomFormat !== 'CycloneDX') {
    return undefined;
  }
  return 'components' in bom && Array.isArray(bom.components) ? bom.components.length : 0;
}

/** Writes `npm sbom`'s CycloneDX output for the production dependencies to `file` and checks it. */
export async function writeSbom(cwd: string, file: string): Promise<boolean> {
  rmSync(file, { force: true });
  const fd = openSync(file, 'w');
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npm', ['sbom', '--sbom-format', 'cyclonedx', '--omit=dev'], {
      cwd,
      stdio: ['ignore', fd, 'inherit'],
    });
    child.once('error', () => resolve(1));
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  closeSync(fd);
  const components = code === 0 ? cycloneDxComponentCount(readFileSync(file, 'utf8')) : undefined;
  if (components === undefined || components === 0) {
    console.error('sbom: npm sbom did not produce a CycloneDX document with components');
    return false;
  }
  console.log(`sbom: ${components} components in ${file}`);
  return true;
}
