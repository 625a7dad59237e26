// Types for gen-national.mjs, so its test is type-checked.
import type { Dimension, InstitutionResult, Score, SourceInfo } from '../src/domain/model';

export declare const DEFAULT_SEED: number;
export declare const YEARS: readonly number[];
export declare const GRADED_YEAR: number;
export declare const ENTITY_COUNTS: Readonly<
  Record<'kementerian' | 'lembaga' | 'provinsi' | 'kabupaten' | 'kota', number>
>;
export declare const GRADE_COUNTS_2024: Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E', number>>;
export declare const DIMENSIONS: readonly Dimension[];
export declare const TITLE: string;
export declare const SOURCE_NAME: string;

export declare function mulberry32(seed: number): () => number;
export declare function round2(value: number): number;
export declare function apportion<K extends string>(
  counts: Readonly<Record<K, number>>,
  total: number,
): Record<K, number>;

/** A record as written to the file (the raw contract, before validation fills in `totalComputed`). */
export interface GeneratedRecord {
  year: number;
  institution: string;
  unit: string;
  unitShort?: string;
  unitType: string;
  /** null: not reported (computed by the reader from the dimensions, or unknown when one is null). */
  total: Score;
  dimensions: Record<string, Score>;
  illustrative: true;
}

/** The generated dataset, in the canonical JSON shape. */
export interface GeneratedDataset {
  title: string;
  source: SourceInfo;
  dimensions: Dimension[];
  institutions: InstitutionResult[];
  records: GeneratedRecord[];
}

/** `scale` multiplies the entity counts: 10 for the stress version, fractions for quick tests. */
export declare function generateNational(options?: { seed?: number; scale?: number }): GeneratedDataset;
export declare function toCanonicalJson(dataset: GeneratedDataset): string;
export declare function toWideCsv(dataset: GeneratedDataset): string;

export interface WrittenFile {
  name: string;
  entities: number;
  records: number;
  jsonBytes: number;
  csvBytes: number;
}

/** Writes national.json/.csv and national-10x.json/.csv into `dir`. */
export declare function writeNationalFiles(dir: string, seed?: number): WrittenFile[];
