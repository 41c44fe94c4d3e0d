/**
 * The dependency checks of `npm test` (ASVS 15.1.x): `npm audit` on what ships, and a CycloneDX
 * SBOM of it. Both ask npm itself, from the project root.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** What `npm audit --json` said about the production dependencies. */
export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'findings'; high: number; critical: number; counts: Record<string, number> }
  /** The registry refused or could not be reached: nothing was checked. */
  | { kind: 'unreachable'; reason: string };

/**
 * Reads `npm audit --json`. A report with counts decides on high and critical; npm's error
 * object for a refused advisory request (these build machines' registry access answers the
 * POST with 405) is "unreachable", which is not a pass: the caller says so loudly.
 */
export function auditVerdict(jsonText: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(jsonText);
  } catch {
    return { kind: 'unreachable', reason: 'npm audit printed no JSON report' };
  }
  if (typeof report !== 'object' || report === null) {
    return { kind: 'unreachable', reason: 'npm audit printed no JSON report' };
  }
  const metadata = (report as { metadata?: { vulnerabilities?: unknown } }).metadata;
  const raw = metadata?.vulnerabilities;
  if (typeof raw === 'object' && raw !== null) {
    const counts: Record<string, number> = {};
    for (const [severity, count] of Object.entries(raw)) {
      if (typeof count === 'number') counts[severity] = count;
    }
    const high = counts.high ?? 0;
    const critical = counts.critical ?? 0;
    return high + critical > 0 ? { kind: 'findings', high, critical, counts } : { kind: 'clean', counts };
  }
  const message = (report as { message?: unknown; error?: { summary?: unknown } }).message;
  return {
    kind: 'unreachable',
    reason: typeof message === 'string' && message !== '' ? message : 'npm audit returned no counts',
  };
}

/** Runs a command and collects its standard output (stderr is shown as it comes). */
function capture(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', () => resolve(''));
    child.once('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * High or critical advisories in production dependencies fail the run. When the advisory
 * service cannot be asked, the step is reported as NOT CHECKED (and written to `reportFile`)
 * but does not fail: the build machines' registry access refuses npm's advisory POST, and a
 * check that can never pass there would only teach people to ignore red runs.
 */
export async function auditProductionDependencies(cwd: string, reportFile: string): Promise<boolean> {
  const verdict = auditVerdict(await capture('npm', ['audit', '--omit=dev', '--json'], cwd));
  writeFileSync(reportFile, `${JSON.stringify(verdict, null, 2)}\n`);
  switch (verdict.kind) {
    case 'clean':
      console.log(`npm audit: no high or critical findings (${JSON.stringify(verdict.counts)})`);
      return true;
    case 'findings':
      console.error(
        `npm audit: ${verdict.high} high and ${verdict.critical} critical findings; run npm audit --omit=dev`,
      );
      return false;
    case 'unreachable':
      console.warn(
        `npm audit: NOT CHECKED, the advisory service could not be asked (${verdict.reason}). ` +
          'Run `npm audit --omit=dev` where the registry allows it.',
      );
      return true;
  }
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
