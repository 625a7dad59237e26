import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QualityLevel, UnitQuality } from './model';
import { readComplianceText, readOpinionLabel, readUnitQuality, readZoneWord } from './published-labels';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const LEVELS: readonly QualityLevel[] = ['tertinggi', 'tinggi', 'sedang', 'rendah', 'terendah'];
const UNIT_QUALITIES: readonly UnitQuality[] = ['sangat_baik', 'baik', 'cukup', 'kurang'];

/** The text with each letter's case flipped where `flips` says so. */
function recased(text: string, flips: readonly boolean[]): string {
  return [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

/** The text with every single space replaced by one of the given separators (spaces, tabs, punctuation). */
function respaced(text: string, separators: readonly string[]): string {
  let i = 0;
  return text.replace(/ /g, () => separators[i++ % separators.length] ?? ' ');
}

const flips = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });
const separators = fc.array(fc.constantFrom(' ', '  ', '\t', ' \u00a0', ', ', ' - ', '\n'), {
  minLength: 1,
  maxLength: 4,
});
const padding = fc.constantFrom('', ' ', '  ', '\t', '"', '.');

describe('readOpinionLabel: the official labels', () => {
  const official: [string, QualityLevel, true | null][] = [
    ['Kualitas Tertinggi Tanpa Maladministrasi', 'tertinggi', true],
    ['Kualitas Tertinggi', 'tertinggi', null],
    ['Kualitas Tinggi Tanpa Maladministrasi', 'tinggi', true],
    ['Kualitas Tinggi', 'tinggi', null],
    ['Kualitas Sedang Tanpa Maladministrasi', 'sedang', true],
    ['Kualitas Sedang', 'sedang', null],
    ['Kualitas Rendah', 'rendah', null],
    ['Kualitas Terendah', 'terendah', null],
  ];

  it.each(official)('reads "%s" as %s (Tanpa Maladministrasi: %s), not as a variant', (text, level, tm) => {
    expect(readOpinionLabel(text)).toEqual({ level, tanpaMaladministrasi: tm, variant: false });
  });

  it('reads the suffix on the levels never seen with it too (Rendah, Terendah)', () => {
    expect(readOpinionLabel('Kualitas Rendah Tanpa Maladministrasi')).toEqual({
      level: 'rendah',
      tanpaMaladministrasi: true,
      variant: false,
    });
    expect(readOpinionLabel('Kualitas Terendah Tanpa Maladministrasi')?.level).toBe('terendah');
  });

  it('ignores punctuation as it ignores spacing: "(Tanpa Maladministrasi)" is the official suffix', () => {
    expect(readOpinionLabel('Kualitas Sedang (Tanpa Maladministrasi)')).toEqual({
      level: 'sedang',
      tanpaMaladministrasi: true,
      variant: false,
    });
  });

  it('keeps "Tinggi" and "Tertinggi" apart, and "Rendah" and "Terendah"', () => {
    expect(readOpinionLabel('Kualitas Tinggi')?.level).toBe('tinggi');
    expect(readOpinionLabel('Kualitas Tertinggi')?.level).toBe('tertinggi');
    expect(readOpinionLabel('Kualitas Rendah')?.level).toBe('rendah');
    expect(readOpinionLabel('Kualitas Terendah')?.level).toBe('terendah');
  });

  it('reads any case and spacing as the same label (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...official),
        flips,
        separators,
        padding,
        padding,
        ([text, level, tm], f, seps, before, after) => {
          const written = `${before}${respaced(recased(text, f), seps)}${after}`;
          expect(readOpinionLabel(written)).toEqual({ level, tanpaMaladministrasi: tm, variant: false });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('readOpinionLabel: the variants of the press, read as the official labels', () => {
  it.each([
    // Kota Yogyakarta 2025 was reported as "kualitas sangat tinggi tanpa maladministrasi".
    ['kualitas sangat tinggi tanpa maladministrasi', 'tertinggi', true],
    ['Kualitas Sangat Tinggi', 'tertinggi', null],
    // Jawa Timur.
    ['Opini Tertinggi', 'tertinggi', null],
    ['Opini Kualitas Tinggi', 'tinggi', null],
    ['Opini Ombudsman RI Kualitas Sedang Tanpa Maladministrasi', 'sedang', true],
    ['Predikat Kualitas Tertinggi', 'tertinggi', null],
    // Jambi.
    ['Kualitas Tinggi Tanpa Potensi Maladministrasi', 'tinggi', true],
    // Bare level words: understood, but not how the Ombudsman writes an opinion.
    ['Tertinggi', 'tertinggi', null],
    ['tinggi', 'tinggi', null],
    ['SEDANG', 'sedang', null],
    ['Tertinggi Tanpa Maladministrasi', 'tertinggi', true],
    ['Kualitas Sangat Rendah', 'terendah', null],
    // English sheets.
    ['Highest quality without maladministration', 'tertinggi', true],
    ['High', 'tinggi', null],
    ['Medium quality', 'sedang', null],
    ['low', 'rendah', null],
  ] as const)('reads "%s" as %s (Tanpa Maladministrasi: %s), flagged as a variant', (text, level, tm) => {
    expect(readOpinionLabel(text)).toEqual({ level, tanpaMaladministrasi: tm, variant: true });
  });

  it('reads any case and spacing of a variant as the same variant (property)', () => {
    const variants = ['Kualitas Sangat Tinggi Tanpa Potensi Maladministrasi', 'Opini Tertinggi', 'Tertinggi'];
    fc.assert(
      fc.property(fc.constantFrom(...variants), flips, separators, (text, f, seps) => {
        expect(readOpinionLabel(respaced(recased(text, f), seps))).toEqual(readOpinionLabel(text));
        expect(readOpinionLabel(text)?.variant).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('readOpinionLabel: refusals', () => {
  it.each([
    '',
    '   ',
    '-',
    // A unit word is not an opinion.
    'Baik',
    'Sangat Baik',
    'Kategori Baik',
    'Cukup',
    // A zone is not an opinion.
    'Zona Hijau',
    'hijau',
    // A grade is not an opinion.
    'A',
    'Opini A',
    // Parts of a label without a level.
    'Kualitas',
    'Opini',
    'Tanpa Maladministrasi',
    'Kualitas Tanpa Maladministrasi',
    // Words that merely contain a level.
    'Kualitas Tertinggi Sekali',
    'Kualitas Tinggi Dengan Maladministrasi',
    'Kualitas Tinggi Tanpa Maladministrasi Tanpa Maladministrasi',
    'Tertinggi Kualitas',
    'Kualitas Tinggi Sedang',
    // Names of every plain object's own members.
    'constructor',
    'Kualitas constructor',
    'Kualitas __proto__',
    'toString',
  ])('refuses "%s"', (text) => {
    expect(readOpinionLabel(text)).toBeNull();
  });

  it('gives null or one of the five levels for any text, never something else (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc
            .array(
              fc.constantFrom('kualitas', 'opini', 'tinggi', 'sangat', 'tanpa', 'maladministrasi', 'constructor'),
              {
                maxLength: 5,
              },
            )
            .map((words) => words.join(' ')),
        ),
        (text) => {
          const read = readOpinionLabel(text);
          if (read === null) return;
          expect(LEVELS).toContain(read.level);
          expect([true, null]).toContain(read.tanpaMaladministrasi);
          expect(typeof read.variant).toBe('boolean');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('readUnitQuality', () => {
  it.each([
    ['Sangat Baik', 'sangat_baik'],
    ['Baik', 'baik'],
    ['Cukup', 'cukup'],
    ['Kurang', 'kurang'],
    ['  sangat   BAIK ', 'sangat_baik'],
    ['baik.', 'baik'],
  ] as const)('reads "%s" as %s', (text, quality) => {
    expect(readUnitQuality(text)).toEqual({ quality, variant: false });
  });

  it.each([
    // Kabupaten Bantul 2025 was reported in "kategori baik".
    ['Kategori Baik', 'baik'],
    ['kategori sangat baik', 'sangat_baik'],
    ['Kualitas Cukup', 'cukup'],
    ['Predikat Kurang', 'kurang'],
    ['Very good', 'sangat_baik'],
    ['Good', 'baik'],
    ['Fair', 'cukup'],
    ['Poor', 'kurang'],
  ] as const)('reads the variant "%s" as %s', (text, quality) => {
    expect(readUnitQuality(text)).toEqual({ quality, variant: true });
  });

  it.each([
    '',
    // An opinion's level is not a unit word.
    'Sangat Tinggi',
    'Tinggi',
    'Kualitas Tertinggi',
    'Sedang',
    'Rendah',
    'Sangat Kurang',
    'Baik Sekali',
    'Kategori',
    'Zona Hijau',
    'constructor',
    'Kategori constructor',
  ])('refuses "%s"', (text) => {
    expect(readUnitQuality(text)).toBeNull();
  });

  it('reads any case and spacing of the four words as the same word (property)', () => {
    const words: [string, UnitQuality][] = [
      ['Sangat Baik', 'sangat_baik'],
      ['Baik', 'baik'],
      ['Cukup', 'cukup'],
      ['Kurang', 'kurang'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...words), flips, separators, padding, ([text, quality], f, seps, pad) => {
        expect(readUnitQuality(`${pad}${respaced(recased(text, f), seps)}${pad}`)).toEqual({ quality, variant: false });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives null or one of the four words for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const read = readUnitQuality(text);
        if (read !== null) expect(UNIT_QUALITIES).toContain(read.quality);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('readZoneWord', () => {
  it.each([
    ['Zona Hijau', 'hijau'],
    ['zona kuning', 'kuning'],
    ['ZONA MERAH', 'merah'],
    ['hijau', 'hijau'],
    ['  Kuning ', 'kuning'],
    ['Green zone', 'hijau'],
    ['Zone yellow', 'kuning'],
    ['red', 'merah'],
  ] as const)('reads "%s" as %s', (text, zone) => {
    expect(readZoneWord(text)).toBe(zone);
  });

  it.each(['', 'Zona', 'Zona Biru', 'biru', 'Kualitas Tertinggi', 'Hijau Muda', 'constructor', 'Zona constructor'])(
    'refuses "%s"',
    (text) => {
      expect(readZoneWord(text)).toBeNull();
    },
  );
});

describe('readComplianceText', () => {
  it.each([
    // Kota Depok 2025: each unit "dengan Tingkat Kepatuhan Tinggi".
    ['Tingkat Kepatuhan Tinggi', 'Tinggi'],
    ['tingkat  kepatuhan   sedang', 'sedang'],
    ['Kepatuhan Rendah', 'Rendah'],
    ['Tinggi', 'Tinggi'],
    ['  Tinggi  ', 'Tinggi'],
    ['Sangat   Tinggi', 'Sangat Tinggi'],
  ])('reads "%s" as "%s"', (text, level) => {
    expect(readComplianceText(text)).toBe(level);
  });

  it('keeps a text that is nothing but the name', () => {
    expect(readComplianceText('Tingkat Kepatuhan')).toBe('Tingkat Kepatuhan');
    expect(readComplianceText(' Kepatuhan ')).toBe('Kepatuhan');
  });
});
