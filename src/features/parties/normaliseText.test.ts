import { describe, expect, it } from 'vitest';

import { normaliseForSearch } from './normaliseText';

describe('normaliseForSearch', () => {
  it('lower-cases, strips diacritics and folds Norwegian letters', () => {
    expect(normaliseForSearch('Bodø Ærlige Århus AS')).toBe('bodo aerlige arhus as');
    expect(normaliseForSearch('Crème Brûlée')).toBe('creme brulee');
  });

  it('turns punctuation into single word breaks', () => {
    expect(normaliseForSearch('  Salt Holding AS avd. Drammen — (nord) ')).toBe(
      'salt holding as avd drammen nord',
    );
    expect(normaliseForSearch("O'Hara & Co.")).toBe('o hara co');
  });

  it('keeps digits', () => {
    expect(normaliseForSearch('897 069 650')).toBe('897 069 650');
  });
});
