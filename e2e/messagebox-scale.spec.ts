import path from 'node:path';

import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';

// A bounded DOM (issue 4): 10,000 loaded rows of one party keep only the rows in view (plus
// overscan) mounted. The generated accountant's firm, party 600001, holds the big list
// (emulator/generate/ABOUT.md); about half of its instances are in the inbox.

const MOUNTED_BOUND = 60;
const WANTED_ROWS = 10_000;

test.afterEach(async ({ emulator }) => {
  await emulator.dataset({ dir: path.resolve('emulator/datasets/default') });
});

test('10,000 loaded rows keep at most 60 rows mounted while scrolling to the end', async ({
  page,
  emulator,
}, testInfo) => {
  test.setTimeout(180_000);
  // About 36 % of the big party's instances land in the inbox (8,688 of 24,000 with this seed).
  await emulator.dataset({ generate: { parties: 5, instances: 30_000, seed: 4 } });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, { person: 'Rita Revisor', from: '/parties/600001/inbox' });
  const selectAll = page.getByRole('checkbox', {
    name: /^(Velg|Vel|Select) all(e)? (lastede|lasta|loaded) \(\d+\)$/,
  });
  await expect(selectAll).toBeVisible({ timeout: 30_000 });

  const started = Date.now();
  const samples: number[] = [];
  let loaded = 0;
  // Scroll to the end again and again: each time the end comes into view the next page loads.
  while (loaded < WANTED_ROWS && Date.now() - started < 150_000) {
    const sample = await page.evaluate(async () => {
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await new Promise((resolve) => setTimeout(resolve, 60));
      const label =
        [...document.querySelectorAll('label')]
          .map((l) => l.textContent ?? '')
          .find((text) => /\(\d+\)$/.test(text)) ?? '';
      return {
        end: [...document.querySelectorAll('main p')].some((p) =>
          /^(Det er ikke flere meldinger|Det er ikkje fleire meldingar|There are no more messages)\.$/.test(
            p.textContent ?? '',
          ),
        ),
        mounted: document.querySelectorAll('[data-row-id]').length,
        loaded: Number(/\((\d+)\)/.exec(label)?.[1] ?? 0),
      };
    });
    samples.push(sample.mounted);
    loaded = sample.loaded;
    if (sample.end) break;
  }
  const seconds = (Date.now() - started) / 1000;
  const mountedMax = Math.max(...samples);
  const description = `${loaded} rows loaded in ${seconds.toFixed(1)} s (${samples.length} samples), at most ${mountedMax} rows mounted`;
  testInfo.annotations.push({ type: 'bounded DOM', description });
  console.log(`messagebox scale: ${description}`);
  expect(loaded).toBeGreaterThanOrEqual(WANTED_ROWS);
  expect(mountedMax).toBeGreaterThan(0);
  expect(mountedMax).toBeLessThanOrEqual(MOUNTED_BOUND);

  // Back at the top, the first rows are the ones mounted, and still only a handful.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect(page.locator('[data-row-id][data-index="0"]')).toHaveCount(1);
  expect(await page.locator('[data-row-id]').count()).toBeLessThanOrEqual(MOUNTED_BOUND);
});
