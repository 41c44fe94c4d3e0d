// Runs Lighthouse (mobile, its defaults: simulated throttling on a Moto G Power-sized screen)
// against a page in an already running Chromium, over its remote-debugging port, and prints
// one JSON line with the scores. The benchmark starts that browser and signs in first, so the
// page is measured with a live ID-porten session (see README.md, "Benchmark").
//
//   node tools/lighthouse/run.mjs --port 9333 --url http://127.0.0.1:4173/parties/1/inbox [--out report.json]
import { writeFileSync } from 'node:fs';

import lighthouse from 'lighthouse';

function arg(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const port = Number(arg('port'));
const url = arg('url');
const out = arg('out');
if (!Number.isInteger(port) || !url) {
  console.error('usage: node run.mjs --port N --url URL [--out FILE]');
  process.exit(2);
}

const result = await lighthouse(url, {
  port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
  // Lighthouse would otherwise clear the origin's storage, and cookies follow the host, not the
  // port: the ID-porten session on 127.0.0.1:5102 would go and the page would end on the login
  // page. The benchmark empties the browser's HTTP cache itself right before this run.
  disableStorageReset: true,
});
if (!result) {
  console.error('lighthouse returned no result');
  process.exit(1);
}
const { lhr } = result;
if (out) writeFileSync(out, JSON.stringify(lhr));
const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const metric = (id) => lhr.audits[id]?.numericValue ?? null;
const failing = (id) =>
  (lhr.categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
    .map((ref) => ref.id);
console.log(
  JSON.stringify({
    finalUrl: lhr.finalDisplayedUrl,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
    },
    failing: {
      accessibility: failing('accessibility'),
      bestPractices: failing('best-practices'),
    },
    runtimeError: lhr.runtimeError?.message ?? null,
  }),
);
