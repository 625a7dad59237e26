// Reads the labels the Ombudsman and the press write (opinions, unit words, zones) into the model's
// keys. Official spellings are read as they are; the variants of the press ("Kualitas Sangat Tinggi",
// "Opini Tertinggi", "Tanpa Potensi Maladministrasi") are read as the official labels and flagged as
// variants, so the load notice can say how they were read.
import type { QualityLevel, UnitQuality, Zone } from './model';

/**
 * The Ombudsman's own spelling of each opinion level and unit word: the canonical JSON quotes them as
 * published, and the reader takes them back without a "variant" note.
 */
export const OPINION_LABEL: Readonly<Record<QualityLevel, string>> = {
  tertinggi: 'Kualitas Tertinggi',
  tinggi: 'Kualitas Tinggi',
  sedang: 'Kualitas Sedang',
  rendah: 'Kualitas Rendah',
  terendah: 'Kualitas Terendah',
};

export const UNIT_QUALITY_LABEL: Readonly<Record<UnitQuality, string>> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  cukup: 'Cukup',
  kurang: 'Kurang',
};

export interface ReadOpinion {
  level: QualityLevel;
  /** True when the label ends in "Tanpa Maladministrasi"; null when it says nothing about it. */
  tanpaMaladministrasi: true | null;
  /** The text is not the official spelling: it was read as the official label. */
  variant: boolean;
}

/** Lower case, letters and spaces only, single spaces: "Kualitas  Tertinggi," = "kualitas tertinggi". */
function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The table's entry for the words, own entries only: "constructor" is a key of every plain object and
 * must not read as a level, a unit word or a zone.
 */
function entryOf<T>(table: Readonly<Record<string, T>>, words: string): T | undefined {
  return Object.hasOwn(table, words) ? table[words] : undefined;
}

const LEVEL_WORDS: Readonly<Record<string, { level: QualityLevel; variant: boolean }>> = {
  tertinggi: { level: 'tertinggi', variant: false },
  tinggi: { level: 'tinggi', variant: false },
  sedang: { level: 'sedang', variant: false },
  rendah: { level: 'rendah', variant: false },
  terendah: { level: 'terendah', variant: false },
  'sangat tinggi': { level: 'tertinggi', variant: true },
  'sangat rendah': { level: 'terendah', variant: true },
  // English, as an English sheet may write them.
  highest: { level: 'tertinggi', variant: true },
  high: { level: 'tinggi', variant: true },
  medium: { level: 'sedang', variant: true },
  moderate: { level: 'sedang', variant: true },
  low: { level: 'rendah', variant: true },
  lowest: { level: 'terendah', variant: true },
};

const SUFFIXES: readonly { words: string; variant: boolean }[] = [
  { words: 'tanpa maladministrasi', variant: false },
  { words: 'tanpa potensi maladministrasi', variant: true },
  { words: 'without maladministration', variant: true },
];

const PREFIXES: readonly { words: string; variant: boolean }[] = [
  { words: 'kualitas', variant: false },
  { words: 'opini ombudsman ri kualitas', variant: true },
  { words: 'opini kualitas', variant: true },
  { words: 'opini', variant: true },
  { words: 'predikat kualitas', variant: true },
  { words: 'predikat', variant: true },
];

/** "Kualitas Tertinggi Tanpa Maladministrasi" and its press variants; null for any other text. */
export function readOpinionLabel(text: string): ReadOpinion | null {
  let words = plainWords(text);
  let variant = false;
  let tanpaMaladministrasi: true | null = null;
  for (const suffix of SUFFIXES) {
    if (words === suffix.words || words.endsWith(` ${suffix.words}`)) {
      words = words.slice(0, -suffix.words.length).trim();
      tanpaMaladministrasi = true;
      variant ||= suffix.variant;
      break;
    }
  }
  // English word order: "highest quality".
  if (words.endsWith(' quality')) {
    words = words.slice(0, -' quality'.length);
    variant = true;
  }
  const prefix = PREFIXES.find((p) => words.startsWith(`${p.words} `));
  if (prefix) {
    words = words.slice(prefix.words.length + 1);
    variant ||= prefix.variant;
  } else {
    // A bare "Tertinggi" is understood, but it is not how the Ombudsman writes the opinion.
    variant = true;
  }
  const level = entryOf(LEVEL_WORDS, words);
  if (!level) return null;
  return { level: level.level, tanpaMaladministrasi, variant: variant || level.variant };
}

const UNIT_WORDS: Readonly<Record<string, { quality: UnitQuality; variant: boolean }>> = {
  'sangat baik': { quality: 'sangat_baik', variant: false },
  baik: { quality: 'baik', variant: false },
  cukup: { quality: 'cukup', variant: false },
  kurang: { quality: 'kurang', variant: false },
  'very good': { quality: 'sangat_baik', variant: true },
  good: { quality: 'baik', variant: true },
  fair: { quality: 'cukup', variant: true },
  sufficient: { quality: 'cukup', variant: true },
  poor: { quality: 'kurang', variant: true },
};

/** A unit's quality word: "Sangat Baik", "Baik", "Cukup", "Kurang" (also "Kategori Baik", English words). */
export function readUnitQuality(text: string): { quality: UnitQuality; variant: boolean } | null {
  let words = plainWords(text);
  let variant = false;
  for (const prefix of ['kategori', 'kualitas', 'predikat']) {
    if (words.startsWith(`${prefix} `)) {
      words = words.slice(prefix.length + 1);
      variant = true;
    }
  }
  const found = entryOf(UNIT_WORDS, words);
  return found ? { quality: found.quality, variant: variant || found.variant } : null;
}

const ZONE_WORDS: Readonly<Record<string, Zone>> = {
  hijau: 'hijau',
  kuning: 'kuning',
  merah: 'merah',
  green: 'hijau',
  yellow: 'kuning',
  red: 'merah',
};

/** "Zona Hijau", "hijau", "green zone" → the zone; null for any other text. */
export function readZoneWord(text: string): Zone | null {
  const words = plainWords(text)
    .replace(/^(zona|zone) /, '')
    .replace(/ zone$/, '');
  return entryOf(ZONE_WORDS, words) ?? null;
}

/** "Tingkat Kepatuhan Tinggi" → "Tinggi"; the level of compliance as published, without its name. */
export function readComplianceText(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const stripped = trimmed.replace(/^(tingkat\s+)?kepatuhan\s+/i, '').trim();
  return stripped === '' ? trimmed : stripped;
}
