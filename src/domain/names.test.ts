import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames } from './names';

const sorted = (names: string[]) => [...names].sort(compareNames);

describe('compareNames', () => {
  it('orders unit names as a reader expects: by the alphabet, whatever the case, shorter first', () => {
    expect(sorted(['Puskesmas Batang III', 'DPMPTSP', 'Puskesmas Batang I', 'Dinsos', 'Disdikbud'])).toEqual([
      'Dinsos',
      'Disdikbud',
      'DPMPTSP',
      'Puskesmas Batang I',
      'Puskesmas Batang III',
    ]);
  });

  it('orders numbers in names by their value, not digit by digit', () => {
    expect(sorted(['SMP Negeri 20 Depok', 'SMP Negeri 5 Yogyakarta', 'SMP Negeri 1 Bantul'])).toEqual([
      'SMP Negeri 1 Bantul',
      'SMP Negeri 5 Yogyakarta',
      'SMP Negeri 20 Depok',
    ]);
    expect(sorted(['Kota B', 'Kota 2', 'Kota', 'Kota 10', 'Kotab'])).toEqual([
      'Kota',
      'Kota 2',
      'Kota 10',
      'Kota B',
      'Kotab',
    ]);
  });

  it('puts a space before an underscore, that before digits, and digits before letters', () => {
    expect(sorted(['dinas_sosial', 'dinas sosial', 'dinas2', 'dinasx'])).toEqual([
      'dinas sosial',
      'dinas_sosial',
      'dinas2',
      'dinasx',
    ]);
  });

  it('tells names that differ only in case apart, lower case first, and finds equal names equal', () => {
    expect(compareNames('dinsos', 'Dinsos')).toBe(-1);
    expect(compareNames('DinSos', 'Dinsos')).toBe(1);
    expect(compareNames('Dinsos', 'Dinsos')).toBe(0);
    expect(compareNames('', '')).toBe(0);
  });

  it('puts accented letters beside their plain ones', () => {
    expect(sorted(['Édi', 'Eko', 'Edi'])).toEqual(['Edi', 'Édi', 'Eko']);
  });

  it('is a consistent order: reversing the arguments reverses the answer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(Math.sign(compareNames(a, b))).toBe(-Math.sign(compareNames(b, a)) || 0);
      }),
    );
  });
});
