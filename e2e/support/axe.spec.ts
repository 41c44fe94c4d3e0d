import { expect, test } from '@playwright/test';

import { expectNoAxeViolations } from './axe.ts';

// Every journey trusts this helper to fail on a violation, so show that it does, and that a
// clean page passes. Both pages are inline; no server is involved.

test('expectNoAxeViolations fails on an inaccessible page and attaches the violations', async ({
  page,
}, testInfo) => {
  await page.setContent(
    '<html lang="nb"><head><title>t</title></head><body><main><img src="data:,"><button></button></main></body></html>',
  );
  const failure = await expectNoAxeViolations(page, testInfo, 'broken').then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(String(failure)).toContain('image-alt');
  expect(String(failure)).toContain('button-name');
  expect(testInfo.attachments.map((a) => a.name)).toContain('axe-violations-broken.json');
});

test('expectNoAxeViolations passes an accessible page', async ({ page }, testInfo) => {
  await page.setContent(
    '<html lang="nb"><head><title>Innboks</title></head><body><main><h1>Innboks</h1><button>Logg ut</button></main></body></html>',
  );
  await expectNoAxeViolations(page, testInfo, 'clean');
  expect(testInfo.attachments).toEqual([]);
});
