import { describe, expect, it } from 'vitest';

import { exportWindow, exportZipName, thisYearSoFar } from './exportWindow';

describe('exportWindow', () => {
  it('turns inclusive calendar days into gte/lt instants at local midnight', () => {
    const result = exportWindow('2024-01-01', '2024-12-31');
    expect(result).toEqual({
      ok: true,
      from: new Date(2024, 0, 1).toISOString(),
      to: new Date(2025, 0, 1).toISOString(),
    });
  });

  it('allows either bound to be empty, and refuses a reversed or malformed range', () => {
    expect(exportWindow('', '')).toEqual({ ok: true, from: null, to: null });
    expect(exportWindow('2024-05-01', '')).toMatchObject({ ok: true, to: null });
    expect(exportWindow('2024-05-02', '2024-05-01')).toEqual({ ok: false });
    expect(exportWindow('2024-5-1', '')).toEqual({ ok: false });
  });

  it('defaults to this year so far and names the ZIP safely', () => {
    expect(thisYearSoFar(new Date(2026, 10, 28))).toEqual({ from: '2026-01-01', to: '2026-11-28' });
    expect(exportZipName('Arkiv', 'DDG Fitness AS/Oslo', '2024-01-01', '2024-12-31')).toBe(
      'Arkiv DDG Fitness AS_Oslo 2024-01-01–2024-12-31.zip',
    );
  });
});
