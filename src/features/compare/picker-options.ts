import { compareCandidates, type CandidateGroup, type CompareCandidate } from '../../domain/comparison';
import type { Dataset } from '../../domain/model';
import { foldForSearch, hasEveryWord, searchWords } from '../../lib/text-search';

/** Options the picker renders at most; more matches ask the person to type more. */
export const PICKER_LIMIT = 50;

// Folding (Unicode normalisation) is the costly part of a search over 12,000+ units: each
// candidate's text is folded once, on the first search that reaches it.
const haystacks = new WeakMap<CompareCandidate, string>();

function haystackOf(group: CandidateGroup, candidate: CompareCandidate): string {
  let haystack = haystacks.get(candidate);
  if (haystack === undefined) {
    const r = candidate.record;
    haystack = foldForSearch(
      [r.unit, r.unitShort ?? '', r.unitType ?? '', group.institution, String(group.year)].join(' '),
    );
    haystacks.set(candidate, haystack);
  }
  return haystack;
}

const candidateCache = new WeakMap<Dataset, readonly CandidateGroup[]>();

/** The dataset's compare candidates, grouped once per dataset (not on every visit to the view). */
export function candidatesOf(ds: Dataset): readonly CandidateGroup[] {
  let groups = candidateCache.get(ds);
  if (!groups) {
    groups = compareCandidates(ds);
    candidateCache.set(ds, groups);
  }
  return groups;
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
  const words = searchWords(query);
  const result: CandidateGroup[] = [];
  let matched = 0;
  let shown = 0;
  for (const group of groups) {
    const hits =
      words.length === 0 ? group.candidates : group.candidates.filter((c) => hasEveryWord(haystackOf(group, c), words));
    matched += hits.length;
    const room = Math.max(0, limit - shown);
    const kept = hits.slice(0, room);
    shown += kept.length;
    if (kept.length > 0) result.push({ ...group, candidates: kept });
  }
  return { groups: result, matched, shown };
}
