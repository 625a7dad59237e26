import type { Dataset, InstitutionResult, UnitRecord } from './model';
import { OPINION_LABEL, UNIT_QUALITY_LABEL } from './published-labels';

/** A record as the data contract writes it: computed totals and default flags left out. */
function canonicalRecord(record: UnitRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    year: record.year,
    institution: record.institution,
    unit: record.unit,
  };
  if (record.unitShort !== undefined) out.unitShort = record.unitShort;
  if (record.unitType !== undefined) out.unitType = record.unitType;
  // A computed total is derived data: leaving it out lets the reader compute (and mark) it again.
  if (!record.totalComputed) out.total = record.total;
  if (Object.keys(record.dimensions).length > 0) out.dimensions = { ...record.dimensions };
  if (record.illustrative) out.illustrative = true;
  if (record.quality !== undefined) out.quality = UNIT_QUALITY_LABEL[record.quality];
  if (record.compliance !== undefined) out.compliance = record.compliance;
  if (record.publicTrust != null) out.publicTrust = record.publicTrust;
  if (record.supervisionCompliance != null) out.supervisionCompliance = record.supervisionCompliance;
  if (record.source !== undefined) out.source = { ...record.source };
  return out;
}

/** An entity result as the data contract writes it: the opinion as its published label, the suffix apart. */
function canonicalInstitution(inst: InstitutionResult): Record<string, unknown> {
  const out: Record<string, unknown> = { year: inst.year, name: inst.name, score: inst.score };
  if (inst.grade !== undefined) out.grade = inst.grade;
  if (inst.opinion !== undefined) {
    out.opinion = OPINION_LABEL[inst.opinion.level];
    // Not reported (null) is a state of its own: left out, it reads back as not reported.
    if (inst.opinion.tanpaMaladministrasi !== null) out.tanpaMaladministrasi = inst.opinion.tanpaMaladministrasi;
  }
  if (inst.assessed === false) out.assessed = false;
  if (inst.publicTrust !== undefined) out.publicTrust = inst.publicTrust;
  if (inst.supervisionCompliance !== undefined) out.supervisionCompliance = inst.supervisionCompliance;
  if (inst.source !== undefined) out.source = { ...inst.source };
  return out;
}

/**
 * The dataset in the canonical JSON of the data contract (README), e.g. to publish a CSV import
 * for an API or a static server. Reading it back gives the same dataset. The records come last, so
 * canonical-blob.ts can write them a slice at a time.
 */
export function toCanonicalJson(dataset: Dataset): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (dataset.title !== undefined) out.title = dataset.title;
  if (dataset.source !== undefined) out.source = { ...dataset.source };
  // Default dimensions are left out: written, they would read back as weights the file vouches for.
  if (dataset.defaultDimensions !== true) out.dimensions = dataset.dimensions.map((d) => ({ ...d }));
  if (dataset.gradeScale !== undefined) out.gradeScale = dataset.gradeScale.map((b) => ({ ...b }));
  if (dataset.defaultView !== undefined) out.defaultView = { ...dataset.defaultView };
  if (dataset.nationalAverages !== undefined) {
    out.nationalAverages = dataset.nationalAverages.map((a) => {
      const average: Record<string, unknown> = { year: a.year, score: a.score };
      if (a.source !== undefined) average.source = { ...a.source };
      return average;
    });
  }
  out.institutions = dataset.institutions.map(canonicalInstitution);
  out.records = dataset.records.map(canonicalRecord);
  return out;
}
