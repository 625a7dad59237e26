import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function decodedText(bytes: Uint8Array): string {
  const result = decodeBytes(bytes);
  if (!result.ok) throw new Error(`expected text, got ${result.problem.code}`);
  return result.text;
}

describe('decodeBytes', () => {
  it('reads UTF-8 and strips its byte order mark', () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Tahun;Nilai\r\n2024;93,74')]));
    expect(result).toEqual({ ok: true, text: 'Tahun;Nilai\r\n2024;93,74', encoding: 'utf-8' });
  });

  it('keeps non-ASCII UTF-8 intact', () => {
    expect(decodedText(utf8('Unit “Pelayanan” — Â é'))).toBe('Unit “Pelayanan” — Â é');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8 (Excel on Windows)', () => {
    // "Pelayanan Â", “x” and é as windows-1252 single bytes.
    const bytes = new Uint8Array([...utf8('Pelayanan '), 0xc2, 0x3b, 0x93, 0x78, 0x94, 0x3b, 0xe9]);
    const result = decodeBytes(bytes);
    expect(result).toEqual({ ok: true, text: 'Pelayanan Â;“x”;é', encoding: 'windows-1252' });
  });

  it('maps every windows-1252 byte from 0x80 to 0x9F, not only the quotes', () => {
    expect(decodedText(new Uint8Array([0x80, 0x20, 0x8a, 0x96, 0x97, 0x99, 0x9f, 0xff]))).toBe('€ Š–—™Ÿÿ');
  });

  it('reads UTF-16 little and big endian by their byte order marks', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3b, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x3b, 0x00, 0xe9]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: 'A;é', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ ok: true, text: 'A;é', encoding: 'utf-16be' });
  });

  it('recognises an Excel workbook (a ZIP file) by its signature', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(decodeBytes(xlsx)).toEqual({ ok: false, problem: { place: { kind: 'file' }, code: 'xlsx' } });
  });

  it('recognises a legacy Excel 97–2003 workbook (an OLE2 file) and names its format', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x3e, 0x00]);
    expect(decodeBytes(xls)).toEqual({
      ok: false,
      problem: { place: { kind: 'file' }, code: 'xlsx', params: { format: 'xls' } },
    });
    // Behind a UTF-8 byte order mark too, as for .xlsx; but a partial signature is just binary.
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...xls]))).toMatchObject({ problem: { code: 'xlsx' } });
    expect(decodeBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0x00, 0x00]))).toMatchObject({
      problem: { code: 'binary' },
    });
  });

  it('takes NUL bytes for binary', () => {
    expect(decodeBytes(new Uint8Array([0x7b, 0x00, 0x7d]))).toMatchObject({ ok: false, problem: { code: 'binary' } });
  });

  it('takes many control characters for binary, but not tabs and line breaks', () => {
    const noisy = new Uint8Array(100).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(noisy)).toMatchObject({ ok: false, problem: { code: 'binary' } });
    const table = utf8('a\tb\r\nc\td\f\n');
    expect(decodeBytes(table)).toMatchObject({ ok: true, text: 'a\tb\r\nc\td\f\n' });
  });

  it('reports empty and whitespace-only input as empty', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(decodeBytes(utf8(' \r\n\t '))).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, problem: { code: 'empty' } });
  });
});
