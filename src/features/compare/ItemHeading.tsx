import type { UnitRecord } from '../../domain/model';
import { CompareSeriesSwatch } from '../../components/charts/CompareSeriesSwatch';
import { useFullI18n } from '../../lib/i18n/i18n-context';

interface ItemHeadingProps {
  record: UnitRecord;
  index: number;
  /** Set when the unit belongs to the selected entity and year, the only ones whose detail can open. */
  onOpenUnit?: (unit: string) => void;
  /** In a narrow table column the number and line sit above the name. */
  stacked?: boolean;
}

/** An item's name as a column or card heading: number and line style, short name, entity and year. */
export function ItemHeading({ record, index, onOpenUnit, stacked = false }: ItemHeadingProps) {
  const { t } = useFullI18n();
  const name = record.unitShort ?? record.unit;
  return (
    <span className={`flex gap-2 text-left ${stacked ? 'flex-col items-start gap-1' : 'items-start'}`}>
      <CompareSeriesSwatch index={index} number={index + 1} />
      <span className="min-w-0">
        {onOpenUnit ? (
          <button
            type="button"
            onClick={() => onOpenUnit(record.unit)}
            title={t.compare.openUnit({ unit: record.unit })}
            className="text-left font-semibold text-accent underline-offset-2 hover:underline"
          >
            {name}
          </button>
        ) : (
          <span className="font-semibold text-ink">{name}</span>
        )}
        {index === 0 && (
          <span className="ml-1.5 rounded bg-sunken px-1.5 py-0.5 text-xs font-semibold text-ink">
            {t.compare.baseline}
          </span>
        )}
        <span className="block text-xs font-normal text-muted">
          {t.compare.itemContext({ entity: record.institution, year: record.year })}
        </span>
        {record.unitShort && record.unitShort !== record.unit && (
          <span className="block text-xs font-normal text-muted">{record.unit}</span>
        )}
      </span>
    </span>
  );
}
