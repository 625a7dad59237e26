import type { CsvCell, CsvTable } from '../../components/ui/chart-export';
import { roundTo } from '../../domain/stats';
import type { Lang } from '../format';

const BOM = '\uFEFF';

/**
 * Spreadsheet conventions per language: Indonesian Excel expects `;` with a decimal comma,
 * English `,` with a decimal point. Either way a cell never turns into a formula.
 */
const STYLE: Record<Lang, { delimiter: string; decimal: string }> = {
  id: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
};

/** Text that a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe. */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: CsvCell, decimal: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    // Numbers stay numbers: no grouping, plain minus, so the spreadsheet can compute with them.
    // Rounded as the screen shows it (half away from zero at two decimals).
    const text = String(roundTo(cell, 2));
    return text.replace('.', decimal);
  }
  return neutralise(cell);
}

/** CSV text with a UTF-8 BOM (so Excel reads the encoding) and CRLF line ends. */
export function toCsv(table: CsvTable, lang: Lang): string {
  const { delimiter, decimal } = STYLE[lang];
  const line = (cells: readonly CsvCell[]) => cells.map((c) => quote(cellText(c, decimal), delimiter)).join(delimiter);
  return BOM + [line(table.columns), ...table.rows.map(line)].join('\r\n') + '\r\n';
}
