// The data model every layer speaks. Parsers produce it, the domain computes on it, views show it.

/** A score on the Ombudsman 0–100 scale; `null` means unknown (never 0). */
export type Score = number | null;

export interface Dimension {
  key: string;
  label: string;
  /** Weight in percent of the total; the weights of a dataset need not sum to 100. */
  weight: number;
}

export interface SourceInfo {
  name?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) the figures were retrieved or published. */
  retrieved?: string;
}

/** The five quality levels, shared by the grades of 2022–2024 (A–E) and the opinions from 2025. */
export type QualityLevel = 'tertinggi' | 'tinggi' | 'sedang' | 'rendah' | 'terendah';

/** The word a unit is given from 2025 instead of an opinion. */
export type UnitQuality = 'sangat_baik' | 'baik' | 'cukup' | 'kurang';

/**
 * An Opini Ombudsman RI as published (from 2025): a quality level and the "Tanpa Maladministrasi"
 * suffix, which does not follow from the score: true (given), false (reported without it) or null
 * (not reported: many press reports leave the suffix out).
 */
export interface Opinion {
  level: QualityLevel;
  tanpaMaladministrasi: boolean | null;
}

/** An officially reported entity result (regency, city, province, ministry…). */
export interface InstitutionResult {
  year: number;
  name: string;
  score: Score;
  /** Grade as reported (2022–2024); the app still derives its own from the score. */
  grade?: string;
  /** The opinion as published (from 2025). */
  opinion?: Opinion;
  /** False when the entity was not assessed in the year: not a missing score, and left out of means. */
  assessed?: false;
  /** Optional parts of the score from 2025 (0–100). */
  publicTrust?: number;
  supervisionCompliance?: number;
  source?: SourceInfo;
}

/** One service unit (UPP) of an entity in one year. */
export interface UnitRecord {
  year: number;
  institution: string;
  unit: string;
  unitShort?: string;
  unitType?: string;
  total: Score;
  /** True when `total` was computed from dimension scores and weights, not given. */
  totalComputed: boolean;
  /** Scores by dimension key; a key that is absent or null is unknown. */
  dimensions: Record<string, Score>;
  /** True when the dimension scores are illustrative, not official figures. */
  illustrative: boolean;
  /** The quality word as published (from 2025); wins over a level derived from the total. */
  quality?: UnitQuality;
  /** The compliance level as published ("Tingkat Kepatuhan Tinggi" → "Tinggi"). */
  compliance?: string;
  /** Optional parts of the score from 2025 (0–100). */
  publicTrust?: Score;
  supervisionCompliance?: Score;
  source?: SourceInfo;
}

export type Zone = 'hijau' | 'kuning' | 'merah';

export interface GradeBand {
  /** Letter grade (A–E); absent for zone-only scales (up to 2021). */
  grade?: string;
  /** Lowest score in the band, inclusive. */
  min: number;
  zone: Zone;
}

/** A dataset-supplied scale, replacing the registry's grades and zones for the years that have them. */
export type GradeScale = readonly GradeBand[];

/** A reported national average of a year (e.g. 74.64 for 2025), shown beside an entity's figure. */
export interface NationalAverage {
  year: number;
  score: number;
  source?: SourceInfo;
}

export interface Dataset {
  title?: string;
  source?: SourceInfo;
  dimensions: Dimension[];
  /**
   * True when the file named no dimensions and the default four are used: their weights are then the
   * year's method's (none known from 2025), not weights the file vouches for.
   */
  defaultDimensions?: true;
  institutions: InstitutionResult[];
  records: UnitRecord[];
  gradeScale?: GradeScale;
  nationalAverages?: NationalAverage[];
  /** What the dataset opens on, when it says so (the bundled data: Batang 2024). */
  defaultView?: { year: number; institution: string };
}

/** Where a problem or warning sits in the input, so a person can find it. */
export type ProblemPlace =
  | { kind: 'file' }
  | { kind: 'record'; index: number }
  | { kind: 'institution'; index: number }
  | { kind: 'dimension'; index: number }
  | { kind: 'row'; row: number }
  | { kind: 'page'; page: number };

/**
 * A machine-readable problem; the UI turns `code` and `params` into a sentence in the
 * current language, so the same validation serves Indonesian and English.
 */
export interface Problem {
  place: ProblemPlace;
  field?: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export type ProblemCode =
  // Whole input
  | 'empty'
  | 'notJson'
  | 'notCsv'
  | 'htmlInsteadOfData'
  | 'wrongShape'
  | 'noRecords'
  | 'tooLarge'
  | 'binary'
  | 'xlsx'
  // Fields
  | 'required'
  | 'notNumber'
  | 'notText'
  | 'outOfRange'
  | 'yearOutOfRange'
  | 'noScores'
  | 'unknownDimension'
  | 'duplicateDimension'
  | 'badWeight'
  | 'badUrl'
  | 'badDate'
  | 'badGradeScale'
  | 'invalid'
  // Published results (they depend on the year's method)
  | 'unknownOpinion'
  | 'opinionNotInYear'
  | 'opinionConflict'
  | 'unknownQuality'
  | 'qualityNotInYear'
  | 'unknownZone'
  | 'scoreButNotAssessed'
  // CSV
  | 'missingColumn'
  | 'raggedRow'
  | 'tooManyColumns'
  // Table rows: a row without a unit is the entity's own row (CSV, CKAN)
  | 'opinionOnUnitRow'
  | 'unitFieldOnEntityRow'
  // CKAN / API
  | 'ckanFailure'
  | 'ckanIncomplete'
  // Transport (fetching a URL)
  | 'networkError'
  | 'timeout'
  | 'httpStatus'
  | 'truncated';

export type WarningCode =
  | 'reportedDiffersFromMean'
  | 'duplicateUnit'
  | 'totalDiffersFromDimensions'
  | 'totalUnknownMissingDimension'
  | 'reportedGradeDiffers'
  | 'opinionVariant'
  | 'qualityVariant'
  | 'suffixWithoutOpinion'
  | 'zoneNotInMethod'
  | 'reportedZoneDiffers'
  | 'gradeNotInMethod'
  | 'opinionDiffersFromScore'
  | 'qualityDiffersFromScore'
  | 'partNotInMethod'
  | 'totalNeedsWeights'
  | 'notAssessedHasUnits';

export interface DataWarning {
  place: ProblemPlace;
  field?: string;
  code: WarningCode;
  params?: Record<string, string | number>;
}

export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: DataWarning[] } | { ok: false; problems: Problem[] };
