import { methodOfYear } from '../../domain/methods';
import type { Dataset } from '../../domain/model';
import type { UnitDimensionRow } from '../../domain/unit-detail';
import { yearWeights } from '../../domain/year-weights';
import { useFullI18n } from '../../lib/i18n/i18n-context';

interface UnitDimensionTableProps {
  rows: readonly UnitDimensionRow[];
  /** The dataset and year the rows are from: they decide whether the weights hold. */
  dataset: Pick<Dataset, 'dimensions' | 'defaultDimensions'>;
  year: number;
}

/** "2022–2024": the years of the method before the year's, whose dimensions meant something else. */
function yearsBefore(year: number): string | null {
  const { method } = methodOfYear(year);
  if (method.id !== 'maladministrasi') return null;
  const previous = methodOfYear(method.firstYear - 1).method;
  if (previous.id === method.id) return null;
  const last = previous.lastYear ?? method.firstYear - 1;
  return previous.firstYear === last ? String(last) : `${previous.firstYear}–${last}`;
}

/**
 * A unit's dimensions against the entity's means; a ▼ or ▲ says the direction without colour. The
 * weight column only where the year's weights are known (from 2025 only the file's own), and from
 * the Penilaian Maladministrasi on a sentence that its dimensions are not those of the years before.
 */
export function UnitDimensionTable({ rows, dataset, year }: UnitDimensionTableProps) {
  const { t, fmt } = useFullI18n();
  const weighted = yearWeights(dataset, year).known;
  const before = yearsBefore(year);
  const notComparable = before
    ? t.dimensions.notComparable({ from: methodOfYear(year).method.firstYear, before })
    : null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="unit-detail-dimensions">
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t.unitDetail.dimension}
            </th>
            {weighted && (
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                {t.unitDetail.weight}
              </th>
            )}
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {t.unitDetail.score}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {t.unitDetail.entityMean}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              {t.unitDetail.diff}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line/60 last:border-0">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {row.label}
              </th>
              {weighted && (
                <td className="py-1.5 pr-3 text-right text-muted tabular-nums">{fmt.percent(row.weight)}</td>
              )}
              <td className="py-1.5 pr-3 text-right tabular-nums">{fmt.score(row.score)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{fmt.score(row.mean)}</td>
              <td className={`py-1.5 text-right tabular-nums ${row.below ? 'font-medium text-flag' : ''}`}>
                {row.diff === null ? '—' : `${row.below ? '▼' : '▲'} ${fmt.signed(row.diff)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notComparable && (
        <p className="mt-1.5 text-xs text-muted" data-testid="unit-detail-dimensions-not-comparable">
          {notComparable}
        </p>
      )}
    </div>
  );
}
