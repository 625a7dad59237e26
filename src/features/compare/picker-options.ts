import type { CandidateGroup, CompareCandidate } from '../../domain/comparison';

/** Options the picker renders at most; more matches ask the person to type more. */
export const PICKER_LIMIT = 50;

/** Lower case without diacritics, so "dinas sosial" finds "Dinas Sosial" and "lodz" finds "Łódź"-like names. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/gi, 'l').toLocaleLowerCase('id');
}

function haystackOf(group: CandidateGroup, candidate: CompareCandidate): string {
  const r = candidate.record;
  return foldForSearch([r.unit, r.unitShort ?? '', r.unitType ?? '', group.institution, String(group.year)].join(' '));
}

/** The selected entity's groups first (newest year first), the rest in their given order. */
export function orderForSelection(groups: readonly CandidateGroup[], institution: string): CandidateGroup[] {
  return [
    ...groups.filter((g) => g.institution === institution),
    ...groups.filter((g) => g.institution !== institution),
  ];
}

export interface PickerOptions {
  groups: CandidateGroup[];
  /** Every match, including those beyond the limit. */
  matched: number;
  /** Options in the groups, at most `limit`. */
  shown: number;
}

/**
 * The candidates matching every word of the query (in the unit's full or short name, its type,
 * the entity or the year), in group order, cut at `limit` options. An empty query matches all.
 */
export function filterCandidates(
  groups: readonly CandidateGroup[],
  query: string,
  limit: number = PICKER_LIMIT,
): PickerOptions {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const result: CandidateGroup[] = [];
  let matched = 0;
  let shown = 0;
  for (const group of groups) {
    const hits = group.candidates.filter((c) => {
      const haystack = haystackOf(group, c);
      return words.every((w) => haystack.includes(w));
    });
    matched += hits.length;
    const room = Math.max(0, limit - shown);
    const kept = hits.slice(0, room);
    shown += kept.length;
    if (kept.length > 0) result.push({ ...group, candidates: kept });
  }
  return { groups: result, matched, shown };
}
