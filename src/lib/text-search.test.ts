import { describe, expect, it } from 'vitest';
import { foldForSearch, hasEveryWord, searchWords } from './text-search';

describe('foldForSearch', () => {
  it('ignores case and diacritics', () => {
    expect(foldForSearch('Dinas SOSIAL')).toBe('dinas sosial');
    expect(foldForSearch('Łódź Café')).toBe('lodz cafe');
  });
});

describe('searchWords and hasEveryWord', () => {
  it('splits a query into folded words, none for a blank one', () => {
    expect(searchWords('  Kota   BÉKASI ')).toEqual(['kota', 'bekasi']);
    expect(searchWords('   ')).toEqual([]);
  });
  it('needs every word, in any order', () => {
    const text = foldForSearch('Dinas Sosial Kota Bekasi');
    expect(hasEveryWord(text, searchWords('bekasi sosial'))).toBe(true);
    expect(hasEveryWord(text, searchWords('bekasi kesehatan'))).toBe(false);
    expect(hasEveryWord(text, [])).toBe(true);
  });
});
