/**
 * Turns the JSON reports of Vitest and Playwright into the one line CI reads:
 * `tests: N passed, N failed`. The CI log reader knows neither tool's own closing lines.
 */

export interface PartCount {
  passed: number;
  failed: number;
  skipped: number;
  /** False when the report was missing or unreadable: the part then counts as one failure. */
  reported: boolean;
}

export interface Summary {
  unit: PartCount;
  e2e: PartCount;
  /** Steps that failed without leaving test results (lint, typecheck, a tool that crashed). */
  failedSteps: string[];
  passed: number;
  failed: number;
  skipped: number;
}

const missing: PartCount = { passed: 0, failed: 1, skipped: 0, reported: false };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/**
 * Counts a Vitest JSON report. A test file that fails to load has no assertion results, so
 * Vitest's own failed-test count stays 0 for it; each such file counts as one failure here.
 */
export function countVitest(report: unknown): PartCount {
  if (!isRecord(report) || typeof report.numTotalTests !== 'number') return missing;
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (file) =>
      isRecord(file) &&
      file.status === 'failed' &&
      (!Array.isArray(file.assertionResults) ||
        !file.assertionResults.some((a) => isRecord(a) && a.status === 'failed')),
  ).length;
  return {
    passed: count(report.numPassedTests),
    failed: count(report.numFailedTests) + brokenFiles,
    skipped: count(report.numPendingTests) + count(report.numTodoTests),
    reported: true,
  };
}

/**
 * Counts a Playwright JSON report. Flaky tests passed on retry and count as passed. Errors
 * outside any test (a web server that never started, a config error) count one failure each,
 * because Playwright then reports zero tests at all.
 */
export function countPlaywright(report: unknown): PartCount {
  if (!isRecord(report) || !isRecord(report.stats)) return missing;
  const { stats } = report;
  const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: count(stats.expected) + count(stats.flaky),
    failed: count(stats.unexpected) + globalErrors,
    skipped: count(stats.skipped),
    reported: true,
  };
}

export interface RunOutcome {
  /** Steps that failed without leaving test results (lint, typecheck). */
  failedSteps?: string[];
  /** Exit status of each test tool: one can fail with a clean report (e.g. Vitest's errors outside tests). */
  unitExitOk?: boolean;
  e2eExitOk?: boolean;
}

/**
 * Adds the parts up. A failed step without test results, and a tool that failed although its
 * report shows no failure, add one failure each, so a red run never reads "0 failed".
 */
export function summarize(
  vitest: unknown,
  playwright: unknown,
  { failedSteps = [], unitExitOk = true, e2eExitOk = true }: RunOutcome = {},
): Summary {
  const unit = countVitest(vitest);
  const e2e = countPlaywright(playwright);
  const quietFailures =
    Number(!unitExitOk && unit.reported && unit.failed === 0) +
    Number(!e2eExitOk && e2e.reported && e2e.failed === 0);
  return {
    unit,
    e2e,
    failedSteps,
    passed: unit.passed + e2e.passed,
    failed: unit.failed + e2e.failed + failedSteps.length + quietFailures,
    skipped: unit.skipped + e2e.skipped,
  };
}

export function formatSummaryLine(summary: Summary): string {
  return `tests: ${summary.passed} passed, ${summary.failed} failed`;
}

/** Parses a report file's text; anything unreadable becomes `undefined` (counted as missing). */
export function parseReport(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
