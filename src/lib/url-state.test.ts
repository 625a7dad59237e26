import { describe, expect, it } from 'vitest';
import { patchSearch } from './url-state';

describe('patchSearch', () => {
  it('sets, replaces and removes keys', () => {
    expect(patchSearch('?view=overview&year=2023', { year: '2024', entity: 'Kabupaten Batang' })).toBe(
      '?view=overview&year=2024&entity=Kabupaten+Batang',
    );
    expect(patchSearch('?view=overview&year=2023', { year: null, view: undefined })).toBe('');
  });
  it('treats an empty string as removal so links stay short', () => {
    expect(patchSearch('?type=puskesmas', { type: '' })).toBe('');
  });
  it('keeps an encoded data URL intact', () => {
    const url = 'https://example.org/api?resource_id=1&limit=5';
    const search = patchSearch('', { data: url });
    expect(new URLSearchParams(search).get('data')).toBe(url);
  });
});
