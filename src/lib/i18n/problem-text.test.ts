import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format';
import { loadAllMessages } from './messages';
import { problemText, warningText } from './problem-text';

const id = { t: await loadAllMessages('id'), fmt: createFormatters('id') };
const en = { t: await loadAllMessages('en'), fmt: createFormatters('en') };

describe('problemText', () => {
  it('says which CSV column is missing with the names it accepts', () => {
    const text = problemText(
      { place: { kind: 'file' }, code: 'missingColumn', params: { column: 'year', found: 'Instansi, Nilai' } },
      id.t,
      id.fmt,
    );
    expect(text).toBe('Kolom “tahun” (atau “year”) tidak ditemukan. Kolom yang ada: Instansi, Nilai.');
  });
  it('writes sizes in megabytes in the language', () => {
    const problem = {
      place: { kind: 'file' as const },
      code: 'tooLarge' as const,
      params: { bytes: 104_857_600, max: 20_000_000 },
    };
    expect(problemText(problem, id.t, id.fmt)).toBe('Berkas terlalu besar (104,9 MB); batasnya 20 MB.');
    expect(problemText(problem, en.t, en.fmt)).toBe('The file is too large (104.9 MB); the limit is 20 MB.');
  });
  it('states the timeout in seconds', () => {
    const text = problemText(
      {
        place: { kind: 'file' },
        code: 'timeout',
        params: { url: 'https://x.test/d', origin: 'http://app', timeoutMs: 15000 },
      },
      en.t,
      en.fmt,
    );
    expect(text).toBe('https://x.test/d did not answer within 15 seconds.');
  });
  it('names the Excel format, .xlsx or the legacy .xls, and says how to save as CSV', () => {
    const xlsx = problemText({ place: { kind: 'file' }, code: 'xlsx' }, en.t, en.fmt);
    const xls = problemText({ place: { kind: 'file' }, code: 'xlsx', params: { format: 'xls' } }, id.t, id.fmt);
    expect(xlsx).toMatch(/^This is an Excel workbook \(\.xlsx\), not a CSV\..*CSV UTF-8/);
    expect(xls).toMatch(/^Ini berkas Excel \(\.xls\), bukan CSV\..*CSV UTF-8/);
  });
  it('asks to remove credentials from an address without repeating them', () => {
    const problem = {
      place: { kind: 'file' as const },
      code: 'badUrl' as const,
      params: { url: 'https://user:secret@x.test/d.json', reason: 'credentials' },
    };
    for (const { t, fmt } of [id, en]) expect(problemText(problem, t, fmt)).not.toContain('secret');
    expect(problemText(problem, en.t, en.fmt)).toContain('user name or password');
    expect(problemText({ ...problem, params: { url: 'ftp://x.test' } }, en.t, en.fmt)).toBe(
      '“ftp://x.test” is not a valid http(s) address.',
    );
  });
  it('puts the place and field before the reason', () => {
    const text = problemText(
      {
        place: { kind: 'institution', index: 0 },
        field: 'score',
        code: 'outOfRange',
        params: { value: 120.5, min: 0, max: 100 },
      },
      id.t,
      id.fmt,
    );
    expect(text).toBe('Instansi ke-1, kolom “score”: nilai 120,50 di luar rentang 0–100.');
  });
});

describe('problemText for HTTP statuses', () => {
  it('explains that 401 and 403 need a sign-in or permission, and says nothing extra for 500', () => {
    const at = (status: number) =>
      problemText({ place: { kind: 'file' }, code: 'httpStatus', params: { status } }, en.t, en.fmt);
    expect(at(401)).toContain('needs a sign-in or permission');
    expect(at(403)).toContain('needs a sign-in or permission');
    expect(at(500)).toBe('The server answered with HTTP status 500.');
  });
});

describe('warningText', () => {
  it('formats the reported and mean scores in the language', () => {
    const warning = {
      place: { kind: 'institution' as const, index: 0 },
      code: 'reportedDiffersFromMean' as const,
      params: { name: 'Kabupaten Batang', year: 2024, reported: 93.74, mean: 93.70333 },
    };
    expect(warningText(warning, id.t, id.fmt)).toBe(
      'Kabupaten Batang 2024: nilai resmi 93,74 berbeda dari rata-rata unit 93,70. Keduanya ditampilkan.',
    );
  });
});
