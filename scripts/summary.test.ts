import { describe, expect, it } from 'vitest';

import { countPlaywright, countVitest, formatSummaryLine, parseReport, summarize } from './lib/summary.ts';

// Shapes as Vitest 4's JSON reporter writes them (trimmed to the fields we read).
const vitestGreen = {
  numTotalTests: 5,
  numPassedTests: 4,
  numFailedTests: 0,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }],
};

const vitestBrokenFile = {
  numTotalTests: 3,
  numPassedTests: 2,
  numFailedTests: 1,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [
    { status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'passed' }] },
    // A file that threw on import: failed, but with no assertion results at all.
    { status: 'failed', assertionResults: [] },
    { status: 'passed', assertionResults: [{ status: 'passed' }] },
  ],
};

// Shape of Playwright 1.65's JSON reporter.
const playwrightRun = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0, duration: 1234 },
  errors: [],
};

const playwrightServerNeverStarted = {
  stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
  errors: [{ message: 'Timed out waiting 60000ms from config.webServer.' }],
};

describe('countVitest', () => {
  it('counts passed, failed and skipped tests', () => {
    expect(countVitest(vitestGreen)).toEqual({ passed: 4, failed: 0, skipped: 1, reported: true });
  });

  it('counts a test file that failed to load as one failure', () => {
    expect(countVitest(vitestBrokenFile)).toMatchObject({ passed: 2, failed: 2 });
  });

  it('treats a missing or foreign report as one failure', () => {
    expect(countVitest(undefined)).toEqual({ passed: 0, failed: 1, skipped: 0, reported: false });
    expect(countVitest({ stats: {} })).toMatchObject({ failed: 1, reported: false });
  });
});

describe('countPlaywright', () => {
  it('counts flaky tests (passed on retry) as passed', () => {
    expect(countPlaywright(playwrightRun)).toEqual({ passed: 4, failed: 1, skipped: 0, reported: true });
  });

  it('counts errors outside tests as failures', () => {
    expect(countPlaywright(playwrightServerNeverStarted)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('treats a missing report as one failure', () => {
    expect(countPlaywright(undefined)).toMatchObject({ failed: 1, reported: false });
  });
});

describe('summarize', () => {
  it('adds unit and e2e together into the CI line', () => {
    const summary = summarize(vitestGreen, playwrightRun);
    expect(formatSummaryLine(summary)).toBe('tests: 8 passed, 1 failed');
  });

  it('never says 0 failed when a step without tests failed', () => {
    const summary = summarize(vitestGreen, { stats: { expected: 2 } }, { failedSteps: ['lint'] });
    expect(formatSummaryLine(summary)).toBe('tests: 6 passed, 1 failed');
  });

  it('counts a tool that failed with a clean report as one failure', () => {
    const summary = summarize(vitestGreen, { stats: { expected: 2 } }, { unitExitOk: false });
    expect(summary.failed).toBe(1);
    // A tool whose report already shows failures adds nothing more.
    expect(summarize(vitestBrokenFile, playwrightRun, { unitExitOk: false, e2eExitOk: false }).failed).toBe(
      3,
    );
  });

  it('says 0 failed only when everything passed', () => {
    const summary = summarize({ ...vitestGreen, numPendingTests: 0 }, { stats: { expected: 2 }, errors: [] });
    expect(summary).toMatchObject({ passed: 6, failed: 0, skipped: 0 });
  });
});

describe('parseReport', () => {
  it('parses JSON and turns empty or broken text into undefined', () => {
    expect(parseReport('{"a":1}')).toEqual({ a: 1 });
    expect(parseReport('')).toBeUndefined();
    expect(parseReport('{"truncated":')).toBeUndefined();
    expect(parseReport(undefined)).toBeUndefined();
  });
});
