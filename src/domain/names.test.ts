import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames } from './names';

const collator = new Intl.Collator('id');
const sorted = (names: string[]) => [...names].sort(compareNames);

/** Short names over a few letters, digits, a space and an underscore: shared beginnings and case ties are common. */
const plainName = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'z', 'Z', '1', '9', ' ', '_'), maxLength: 6 });

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

  it('puts a space before an underscore, that before digits, and digits before letters', () => {
    expect(sorted(['dinas_sosial', 'dinas sosial', 'dinas2', 'dinasx'])).toEqual([
      'dinas sosial',
      'dinas_sosial',
      'dinas2',
      'dinasx',
    ]);
    expect(sorted(['Kota B', 'Kota 2', 'Kota', 'Kota 10', 'Kotab'])).toEqual([
      'Kota',
      'Kota 10',
      'Kota 2',
      'Kota B',
      'Kotab',
    ]);
  });

  it('tells names that differ only in case apart, lower case first, and finds equal names equal', () => {
    expect(compareNames('dinsos', 'Dinsos')).toBe(-1);
    expect(compareNames('DinSos', 'Dinsos')).toBe(1);
    expect(compareNames('Dinsos', 'Dinsos')).toBe(0);
    expect(compareNames('', '')).toBe(0);
  });

  it('orders names of letters, digits, spaces and underscores exactly as the Indonesian collator does', () => {
    fc.assert(
      fc.property(plainName, plainName, (a, b) => {
        expect(compareNames(a, b)).toBe(collator.compare(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves accents and punctuation to the collator', () => {
    expect(sorted(['Édi', 'Eko', 'Edi'])).toEqual(['Edi', 'Édi', 'Eko']);
    expect(sorted(['Kab. Batang', 'Kab Batang', 'Kab-Batang'])).toEqual(
      ['Kab. Batang', 'Kab Batang', 'Kab-Batang'].sort(collator.compare),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
        expect(compareNames(a, b)).toBe(collator.compare(a, b));
      }),
    );
  });
});
