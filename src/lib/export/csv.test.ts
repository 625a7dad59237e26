import { describe, expect, it } from 'vitest';
import { readWideCsv } from '../../data/csv';
import { toCsv } from './csv';

describe('toCsv', () => {
  const table = {
    columns: ['Unit', 'Nilai total', 'Selisih'],
    rows: [
      ['Disdikbud', 89.07, -4.63],
      ['Puskesmas Batang III', 90.9, null],
    ],
  };

  it('writes Indonesian CSV with semicolons, decimal commas and a BOM', () => {
    expect(toCsv(table, 'id')).toBe(
      '\uFEFFUnit;Nilai total;Selisih\r\nDisdikbud;89,07;-4,63\r\nPuskesmas Batang III;90,9;\r\n',
    );
  });
  it('writes English CSV with commas and decimal points', () => {
    expect(toCsv(table, 'en')).toBe(
      '\uFEFFUnit,Nilai total,Selisih\r\nDisdikbud,89.07,-4.63\r\nPuskesmas Batang III,90.9,\r\n',
    );
  });
  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv({ columns: ['a', 'b', 'c', 'd', 'e'], rows: [['=1+1', '+x', '-cmd', '@SUM(A1)', -2]] }, 'en');
    expect(csv.split('\r\n')[1]).toBe("'=1+1,'+x,'-cmd,'@SUM(A1),-2");
  });
  it('quotes cells holding the delimiter, quotes or line breaks', () => {
    const csv = toCsv({ columns: ['name'], rows: [['a;b'], ['say "hi"'], ['two\nlines']] }, 'id');
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['"a;b"', '"say ""hi"""', '"two\nlines"']);
  });
  it('round-trips through the app’s own CSV reader to the same numbers', () => {
    const exported = toCsv(
      {
        columns: ['Tahun', 'Instansi', 'Unit', 'Nilai'],
        rows: [
          [2024, 'Kabupaten Batang', 'Disdikbud', 89.07],
          [2024, 'Kabupaten Batang', 'DPMPTSP', 97.55],
        ],
      },
      'id',
    );
    const result = readWideCsv(exported.replace(/^\uFEFF/, ''));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.records.map((r) => r.total)).toEqual([89.07, 97.55]);
  });
});
