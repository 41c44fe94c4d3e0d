/** Medians and spreads for the benchmark's figures (runs are few, so no interpolation). */

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** One figure over several runs: the median and the spread (min-max), with the samples kept. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number[];
  unit: string;
}

export function figure(runs: readonly number[], unit: string): Figure {
  const finite = runs.filter((v) => Number.isFinite(v));
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : NaN,
    max: finite.length ? Math.max(...finite) : NaN,
    runs: [...runs],
    unit,
  };
}

/** The scale a figure is printed in: seconds from 10 s up, so long waits stay readable. */
function scaleOf(f: Figure): { factor: number; unit: string } {
  if (f.unit === 'ms' && f.median >= 10_000) return { factor: 1000, unit: 's' };
  return { factor: 1, unit: f.unit };
}

function number(value: number, factor: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const v = value / factor;
  const digits = unit === 'count' || unit === 'score' || Math.abs(v) >= 100 ? 0 : 1;
  return v.toFixed(digits);
}

/** "123 ms (110-140)": the median, then min-max over the runs when there were several. */
export function formatFigure(f: Figure): string {
  const { factor, unit } = scaleOf(f);
  const shown = unit === 'count' || unit === 'score' ? '' : ` ${unit}`;
  const main = `${number(f.median, factor, unit)}${shown}`;
  if (!Number.isFinite(f.median)) return 'n/a';
  if (f.runs.length <= 1 || f.min === f.max) return main;
  return `${main} (${number(f.min, factor, unit)}-${number(f.max, factor, unit)})`;
}
