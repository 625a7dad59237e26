// What a file may say about a year's published result depends on the year's method: an opinion and
// unit quality words from 2025, grades and zones up to 2024. The validator calls these checks after the
// schemas have read each item's shape.
import type {
  DataWarning,
  GradeScale,
  InstitutionResult,
  Opinion,
  Problem,
  ProblemPlace,
  QualityLevel,
  Score,
  UnitQuality,
} from './model';
import { levelOf } from './levels';
import { hasZones, LEVEL_OF_UNIT_WORD, methodOfYear } from './methods';
import { readComplianceText, readOpinionLabel, readUnitQuality, readZoneWord } from './published-labels';

/** An entity's result as the schemas read it: labels still as text. */
export interface InstitutionFields {
  year: number;
  name: string;
  score: Score;
  grade?: string | undefined;
  opinion?: string | undefined;
  tanpaMaladministrasi?: boolean | null | undefined;
  zone?: string | undefined;
  assessed?: boolean | null | undefined;
  publicTrust?: number | undefined;
  supervisionCompliance?: number | undefined;
  source?: InstitutionResult['source'] | undefined;
}

export type Checked<T> = { ok: true; value: T; warnings: DataWarning[] } | { ok: false; problems: Problem[] };

/**
 * The entity result of the data model, or every problem with it (place: the institution). A reported
 * zone is compared with the zone of the score on the file's own grade scale where it gives one, as shown.
 */
export function checkInstitution(
  fields: InstitutionFields,
  index: number,
  gradeScale?: GradeScale,
): Checked<InstitutionResult> {
  const place: ProblemPlace = { kind: 'institution', index };
  const { method } = methodOfYear(fields.year);
  const problems: Problem[] = [];
  const warnings: DataWarning[] = [];
  const year = fields.year;
  const notAssessed = fields.assessed === false;

  let opinion: Opinion | undefined;
  if (fields.opinion !== undefined) {
    const read = readOpinionLabel(fields.opinion);
    if (read === null) {
      problems.push({ place, field: 'opinion', code: 'unknownOpinion', params: { value: fields.opinion } });
    } else if (!method.opinion) {
      problems.push({ place, field: 'opinion', code: 'opinionNotInYear', params: { value: fields.opinion, year } });
    } else {
      const given = fields.tanpaMaladministrasi;
      if (read.tanpaMaladministrasi === true && given === false) {
        problems.push({
          place,
          field: 'tanpaMaladministrasi',
          code: 'opinionConflict',
          params: { value: fields.opinion },
        });
      }
      opinion = { level: read.level, tanpaMaladministrasi: read.tanpaMaladministrasi ?? given ?? null };
      if (read.variant) {
        warnings.push({
          place,
          field: 'opinion',
          code: 'opinionVariant',
          params: {
            name: fields.name,
            year,
            value: fields.opinion,
            level: read.level,
            tm: opinion.tanpaMaladministrasi ? 1 : 0,
          },
        });
      }
    }
  } else if (typeof fields.tanpaMaladministrasi === 'boolean') {
    if (!method.opinion) {
      problems.push({ place, field: 'tanpaMaladministrasi', code: 'opinionNotInYear', params: { year } });
    } else {
      warnings.push({
        place,
        field: 'tanpaMaladministrasi',
        code: 'suffixWithoutOpinion',
        params: { name: fields.name, year },
      });
    }
  }

  if (notAssessed && fields.score !== null) {
    problems.push({ place, field: 'score', code: 'scoreButNotAssessed', params: { name: fields.name, year } });
  }
  if (notAssessed && fields.opinion !== undefined) {
    problems.push({ place, field: 'opinion', code: 'scoreButNotAssessed', params: { name: fields.name, year } });
  }

  if (fields.zone !== undefined) {
    const zone = readZoneWord(fields.zone);
    if (!hasZones(method)) {
      // The press still writes "Zona Hijau" out of habit; the Ombudsman gives no zone from 2025.
      warnings.push({
        place,
        field: 'zone',
        code: 'zoneNotInMethod',
        params: { name: fields.name, year, value: fields.zone },
      });
    } else if (zone === null) {
      problems.push({ place, field: 'zone', code: 'unknownZone', params: { value: fields.zone } });
    } else {
      const derived = levelOf(fields.score, year, gradeScale)?.zone;
      if (derived !== undefined && derived !== zone) {
        warnings.push({
          place,
          field: 'zone',
          code: 'reportedZoneDiffers',
          params: { name: fields.name, year, given: zone, expected: derived },
        });
      }
    }
  }

  let grade = fields.grade;
  // From 2025 the result is an opinion, not a grade; up to 2021 a file's own grade is kept as before.
  if (grade !== undefined && method.opinion) {
    warnings.push({
      place,
      field: 'grade',
      code: 'gradeNotInMethod',
      params: { name: fields.name, year, value: grade },
    });
    grade = undefined;
  }

  const parts = scoreParts(fields, method.opinion, place, fields.name, warnings);
  if (problems.length > 0) return { ok: false, problems };

  if (opinion && fields.score !== null) {
    const derived = levelOf(fields.score, year)?.quality;
    if (derived !== undefined && derived !== opinion.level) {
      warnings.push({
        place,
        field: 'opinion',
        code: 'opinionDiffersFromScore',
        params: { name: fields.name, year, level: opinion.level, derived },
      });
    }
  }

  // Fields in a fixed order, absent ones left out, as the canonical JSON writes them.
  const result: InstitutionResult = { year, name: fields.name, score: fields.score };
  if (grade !== undefined) result.grade = grade;
  if (opinion) result.opinion = opinion;
  if (notAssessed) result.assessed = false;
  Object.assign(result, parts);
  if (fields.source !== undefined) result.source = fields.source;
  return { ok: true, value: result, warnings };
}

/** The parts of the 2025 score; given for an earlier year, they are left out with a note. */
function scoreParts(
  fields: { year: number; publicTrust?: Score | undefined; supervisionCompliance?: Score | undefined },
  methodHasParts: boolean,
  place: ProblemPlace,
  name: string,
  warnings: DataWarning[],
): { publicTrust?: number; supervisionCompliance?: number } {
  const parts: { publicTrust?: number; supervisionCompliance?: number } = {};
  for (const key of ['publicTrust', 'supervisionCompliance'] as const) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (!methodHasParts) {
      warnings.push({ place, field: key, code: 'partNotInMethod', params: { name, year: fields.year } });
      continue;
    }
    parts[key] = value;
  }
  return parts;
}

/** A unit record's published words as the schemas read them. */
export interface UnitFields {
  year: number;
  unit: string;
  total?: Score | undefined;
  quality?: string | undefined;
  compliance?: string | undefined;
  zone?: string | undefined;
  publicTrust?: Score | undefined;
  supervisionCompliance?: Score | undefined;
}

export interface UnitExtras {
  quality?: UnitQuality;
  compliance?: string;
  publicTrust?: number;
  supervisionCompliance?: number;
}

/** The published words and score parts of a unit record, or the problems with them (place: the record). */
export function checkUnitFields(fields: UnitFields, index: number): Checked<UnitExtras> {
  const place: ProblemPlace = { kind: 'record', index };
  const { method } = methodOfYear(fields.year);
  const warnings: DataWarning[] = [];
  const extras: UnitExtras = {};
  if (fields.quality !== undefined) {
    const read = readUnitQuality(fields.quality);
    if (read === null) {
      return {
        ok: false,
        problems: [{ place, field: 'quality', code: 'unknownQuality', params: { value: fields.quality } }],
      };
    }
    if (!method.unitWords) {
      return {
        ok: false,
        problems: [
          { place, field: 'quality', code: 'qualityNotInYear', params: { value: fields.quality, year: fields.year } },
        ],
      };
    }
    extras.quality = read.quality;
    if (read.variant) {
      warnings.push({
        place,
        field: 'quality',
        code: 'qualityVariant',
        params: { value: fields.quality, quality: read.quality },
      });
    }
    const derived: QualityLevel | undefined = levelOf(fields.total ?? null, fields.year)?.quality;
    if (derived !== undefined && derived !== LEVEL_OF_UNIT_WORD[read.quality]) {
      warnings.push({
        place,
        field: 'quality',
        code: 'qualityDiffersFromScore',
        params: { unit: fields.unit, quality: read.quality, derived },
      });
    }
  }
  if (fields.compliance !== undefined) extras.compliance = readComplianceText(fields.compliance);
  // The press still writes "Zona Hijau" for units too; from 2025 no zone is given, and the notes say so.
  if (fields.zone !== undefined && !hasZones(method)) {
    warnings.push({
      place,
      field: 'zone',
      code: 'zoneNotInMethod',
      params: { name: fields.unit, year: fields.year, value: fields.zone },
    });
  }
  Object.assign(extras, scoreParts(fields, method.opinion, place, fields.unit, warnings));
  return { ok: true, value: extras, warnings };
}
