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

/** An officially reported entity result (regency, city, province, ministry…). */
export interface InstitutionResult {
  year: number;
  name: string;
  score: Score;
  /** Grade as reported; the app still derives its own from the score. */
  grade?: string;
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

/** A dataset-supplied scale, replacing the year-based default for every year. */
export type GradeScale = readonly GradeBand[];

export interface Dataset {
  title?: string;
  source?: SourceInfo;
  dimensions: Dimension[];
  institutions: InstitutionResult[];
  records: UnitRecord[];
  gradeScale?: GradeScale;
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
  // CSV
  | 'missingColumn'
  | 'raggedRow'
  | 'tooManyColumns'
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
  | 'reportedGradeDiffers';

export interface DataWarning {
  place: ProblemPlace;
  field?: string;
  code: WarningCode;
  params?: Record<string, string | number>;
}

export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: DataWarning[] } | { ok: false; problems: Problem[] };
