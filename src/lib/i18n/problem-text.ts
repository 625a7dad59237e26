import type { DataWarning, Problem, ProblemPlace } from '../../domain/model';
import type { Formatters } from '../format';
import type { AllMessages } from './messages';

type Params = Record<string, string | number>;

/** Sizes read as megabytes; fractional numbers are scores: both in the language's number format. */
function localiseParams(params: Params | undefined, fmt: Formatters, code: string): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'number') out[key] = value;
    // A year is written as typed (2024,5), never grouped like a score (2.024,50).
    else if (code === 'yearOutOfRange') out[key] = fmt.plain(value);
    else if (code === 'tooLarge') out[key] = fmt.megabytes(value);
    else out[key] = Number.isInteger(value) ? value : fmt.score(value);
  }
  return out;
}

export function placeText(place: ProblemPlace, t: AllMessages): string {
  switch (place.kind) {
    case 'file':
      return t.place.file;
    case 'record':
      return t.place.record({ index: place.index + 1 });
    case 'institution':
      return t.place.institution({ index: place.index + 1 });
    case 'dimension':
      return t.place.dimension({ index: place.index + 1 });
    case 'row':
      return t.place.row({ row: place.row });
    case 'page':
      return t.place.page({ page: place.page });
  }
}

/** "Baris 4, kolom “Nilai”: “abc” bukan angka." — where, which field, and why. */
export function problemText(problem: Problem, t: AllMessages, fmt: Formatters): string {
  const reason = t.problems[problem.code](localiseParams(problem.params, fmt, problem.code));
  if (problem.place.kind === 'file' && !problem.field) return reason;
  const where = [placeText(problem.place, t), problem.field ? t.place.field({ field: problem.field }) : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${reason}`;
}

export function warningText(warning: DataWarning, t: AllMessages, fmt: Formatters): string {
  const reason = t.warnings[warning.code](localiseParams(warning.params, fmt, warning.code));
  if (warning.place.kind === 'file' || warning.place.kind === 'institution') return reason;
  const where = [placeText(warning.place, t), warning.field ? t.place.field({ field: warning.field }) : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${reason}`;
}
