// The Ombudsman's assessment method of each year, as data: its name, its levels and their cut points,
// zones, weights and coaching advice, each with where it comes from. Nothing else in the app knows a
// year: every view asks this registry (see ../shared/reference/ombudsman-*.md for the sources).
import type { Dimension, QualityLevel, UnitQuality, Zone } from './model';
import type { CoachingRule } from './coaching-rule';

export type MethodId = 'zona' | 'kepatuhan' | 'maladministrasi';

/**
 * Where a fact comes from. `basis` names the publication or the reasoning; the interface turns it
 * into a sentence in the reader's language, so an inferred value is never shown as an official one.
 */
export type Provenance =
  | { kind: 'official'; basis: ProvenanceBasis }
  | { kind: 'press'; basis: ProvenanceBasis }
  | { kind: 'inferred'; basis: ProvenanceBasis }
  /** A convention of Rapor's own, not a fact about the assessment. */
  | { kind: 'rapor'; basis: ProvenanceBasis };

export type ProvenanceBasis =
  /** Ombudsman publications of the zone ranges used up to 2021. */
  | 'zones2021'
  /** Ombudsman grade table of the Penilaian Kepatuhan, 2022–2024. */
  | 'grades2022'
  /** Ombudsman Jawa Tengah workshop slides, 2023 (unconfirmed for 2022 and 2024). */
  | 'weightsSlides2023'
  /** Up to 2021 the same four dimensions and weights are assumed, as Rapor has always read them. */
  | 'weightsAssumedBefore2022'
  /** No range table was published for 2025; every published score/label pair fits the old cut points. */
  | 'opinionRanges2025'
  /** Four dimensions 70 % together, public trust 30 %, inner weights unpublished (ORI Lampung, Feb 2026). */
  | 'weightsUnpublished2025'
  /** The Ombudsman's letters to regional heads (Feb 2026): coach units scoring below 78. */
  | 'coachBelow78'
  /** Coaching units below the entity's mean: Rapor's own rule, as the regencies practise it. */
  | 'coachBelowMean'
  /** Sangat Baik ↔ Tertinggi, Baik ↔ Tinggi, Cukup ↔ Sedang, Kurang ↔ Rendah, read from published pairs. */
  | 'unitWords2025';

/** One level of a method's scale: a letter grade, an opinion level or a zone, from `min` up. */
export interface Level {
  /** Lowest score of the level, inclusive. */
  min: number;
  /** Letter grade A–E (Penilaian Kepatuhan). */
  grade?: string;
  /** The quality level ("Kualitas Tertinggi" …); a grade and an opinion share these words. */
  quality?: QualityLevel;
  zone?: Zone;
}

export type MethodWeights =
  { known: true; dimensions: readonly Dimension[]; provenance: Provenance } | { known: false; provenance: Provenance };

export interface AssessmentMethod {
  id: MethodId;
  /**
   * The assessment whose scores are comparable from year to year: the Penilaian Kepatuhan gave zones
   * only up to 2021 and grades from 2022 on the same 0–100 scores; the Penilaian Maladministrasi of
   * 2025 measures something else (new parts, new dimension meanings).
   */
  instrument: 'kepatuhan' | 'maladministrasi';
  /** The assessment's name as the Ombudsman writes it (a proper name: not translated). */
  name: string;
  /** A shorter form for headings and chart subtitles. */
  shortName: string;
  firstYear: number;
  /** The last year it was used; undefined for the current method. */
  lastYear?: number;
  /** Highest first; the last one starts at 0. */
  levels: readonly Level[];
  levelsProvenance: Provenance;
  /** The result is an Opini Ombudsman RI (quality level, optional Tanpa Maladministrasi), not a grade. */
  opinion: boolean;
  /** Units get a quality word (Sangat Baik …) rather than a grade. */
  unitWords: boolean;
  weights: MethodWeights;
  /** The coaching rule the view starts with, and why. */
  coaching: { rule: CoachingRule; provenance: Provenance };
}

/** The method of a year, and whether the registry knows it or assumes it (a year after the last published round). */
export interface YearMethod {
  year: number;
  method: AssessmentMethod;
  /** True for a year after LAST_KNOWN_YEAR: its method is assumed to be the latest one. */
  assumed: boolean;
}

/** The four dimensions of 2022–2024 with the weights of the Ombudsman Jawa Tengah slides (2023). */
export const KEPATUHAN_DIMENSIONS: readonly Dimension[] = [
  { key: 'input', label: 'Input', weight: 21.85 },
  { key: 'proses', label: 'Proses', weight: 32.37 },
  { key: 'output', label: 'Output', weight: 24.24 },
  { key: 'pengaduan', label: 'Pengaduan', weight: 21.54 },
];

const KEPATUHAN_WEIGHTS: MethodWeights = {
  known: true,
  dimensions: KEPATUHAN_DIMENSIONS,
  provenance: { kind: 'official', basis: 'weightsSlides2023' },
};

const BELOW_MEAN: AssessmentMethod['coaching'] = {
  rule: { kind: 'belowMean' },
  provenance: { kind: 'rapor', basis: 'coachBelowMean' },
};

const ZONA: AssessmentMethod = {
  id: 'zona',
  instrument: 'kepatuhan',
  name: 'Penilaian Kepatuhan Standar Pelayanan Publik',
  shortName: 'Penilaian Kepatuhan',
  firstYear: 2000,
  lastYear: 2021,
  levels: [
    { min: 81, zone: 'hijau' },
    { min: 51, zone: 'kuning' },
    { min: 0, zone: 'merah' },
  ],
  levelsProvenance: { kind: 'official', basis: 'zones2021' },
  opinion: false,
  unitWords: false,
  weights: {
    known: true,
    dimensions: KEPATUHAN_DIMENSIONS,
    provenance: { kind: 'rapor', basis: 'weightsAssumedBefore2022' },
  },
  coaching: BELOW_MEAN,
};

const KEPATUHAN: AssessmentMethod = {
  id: 'kepatuhan',
  instrument: 'kepatuhan',
  name: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik',
  shortName: 'Penilaian Kepatuhan',
  firstYear: 2022,
  lastYear: 2024,
  levels: [
    { min: 88, grade: 'A', quality: 'tertinggi', zone: 'hijau' },
    { min: 78, grade: 'B', quality: 'tinggi', zone: 'hijau' },
    { min: 54, grade: 'C', quality: 'sedang', zone: 'kuning' },
    { min: 32, grade: 'D', quality: 'rendah', zone: 'merah' },
    { min: 0, grade: 'E', quality: 'terendah', zone: 'merah' },
  ],
  levelsProvenance: { kind: 'official', basis: 'grades2022' },
  opinion: false,
  unitWords: false,
  weights: KEPATUHAN_WEIGHTS,
  coaching: BELOW_MEAN,
};

/** The level under which the Ombudsman asked regional heads to coach a unit (2025 letters). */
export const COACH_BELOW_2025 = 78;

const MALADMINISTRASI: AssessmentMethod = {
  id: 'maladministrasi',
  instrument: 'maladministrasi',
  name: 'Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik',
  shortName: 'Penilaian Maladministrasi · Opini Ombudsman RI',
  firstYear: 2025,
  levels: [
    { min: 88, quality: 'tertinggi' },
    { min: 78, quality: 'tinggi' },
    { min: 54, quality: 'sedang' },
    { min: 32, quality: 'rendah' },
    { min: 0, quality: 'terendah' },
  ],
  levelsProvenance: { kind: 'inferred', basis: 'opinionRanges2025' },
  opinion: true,
  unitWords: true,
  weights: { known: false, provenance: { kind: 'press', basis: 'weightsUnpublished2025' } },
  coaching: {
    rule: { kind: 'belowTarget', target: COACH_BELOW_2025 },
    provenance: { kind: 'press', basis: 'coachBelow78' },
  },
};

/** Oldest first; every year from the first method's first year belongs to exactly one. */
export const METHODS: readonly AssessmentMethod[] = [ZONA, KEPATUHAN, MALADMINISTRASI];

/** The last year whose results were published (2025, released 29 January 2026). Later years are assumed. */
export const LAST_KNOWN_YEAR = 2025;

const LATEST = MALADMINISTRASI;

export function methodOfYear(year: number): YearMethod {
  const method =
    METHODS.find((m) => year >= m.firstYear && (m.lastYear === undefined || year <= m.lastYear)) ??
    (year < ZONA.firstYear ? ZONA : LATEST);
  return { year, method, assumed: year > LAST_KNOWN_YEAR };
}

/** The method's levels have zones (up to 2024); from 2025 no zone is given. */
export function hasZones(method: AssessmentMethod): boolean {
  return method.levels.some((l) => l.zone !== undefined);
}

/** The method's levels have letter grades (2022–2024). */
export function hasGrades(method: AssessmentMethod): boolean {
  return method.levels.some((l) => l.grade !== undefined);
}

/**
 * True when two years' scores come from different assessments and are not directly comparable
 * (2024 → 2025). Zones up to 2021 and grades from 2022 read the same Penilaian Kepatuhan scores.
 */
export function methodChangesBetween(a: number, b: number): boolean {
  return methodOfYear(a).method.instrument !== methodOfYear(b).method.instrument;
}

/**
 * The years among `years` (ascending) at which a new assessment starts, e.g. [2025] for 2021–2025:
 * where a trend line must break.
 */
export function methodBreaks(years: readonly number[]): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < years.length; i += 1) {
    const before = years[i - 1];
    const year = years[i];
    if (before !== undefined && year !== undefined && methodChangesBetween(before, year)) breaks.push(year);
  }
  return breaks;
}

/** A change of assessment between two consecutive years of a trend or a comparison. */
export interface MethodChange {
  /** The first year of the new method. */
  year: number;
  from: AssessmentMethod;
  to: AssessmentMethod;
}

/** Every change of assessment among the years (any order, repeats allowed), oldest first. */
export function methodChanges(years: readonly number[]): MethodChange[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return methodBreaks(sorted).flatMap((year) => {
    const before = sorted[sorted.indexOf(year) - 1];
    return before === undefined ? [] : [{ year, from: methodOfYear(before).method, to: methodOfYear(year).method }];
  });
}

/** The unit word of a level (inferred mapping); Terendah has none. */
export const UNIT_WORD_OF_LEVEL: Readonly<Partial<Record<QualityLevel, UnitQuality>>> = {
  tertinggi: 'sangat_baik',
  tinggi: 'baik',
  sedang: 'cukup',
  rendah: 'kurang',
};

/** The level a published unit word stands for (inferred mapping, see UNIT_WORD_OF_LEVEL). */
export const LEVEL_OF_UNIT_WORD: Readonly<Record<UnitQuality, QualityLevel>> = {
  sangat_baik: 'tertinggi',
  baik: 'tinggi',
  cukup: 'sedang',
  kurang: 'rendah',
};

export const UNIT_WORDS_PROVENANCE: Provenance = { kind: 'inferred', basis: 'unitWords2025' };
