import type { SourceInfo } from '../../domain/model';
import type { Formatters } from '../format';
import type { Messages } from './messages';

/** "Sumber: Ombudsman RI …, diambil 3 Desember 2024" — the line every chart and export carries. */
export function sourceText(source: SourceInfo | undefined, t: Messages, fmt: Formatters): string | null {
  if (!source?.name && !source?.url) return null;
  const name = source.name ?? source.url ?? '';
  const retrieved = source.retrieved ? `, ${t.data.retrieved({ date: fmt.date(source.retrieved) })}` : '';
  return `${t.data.sourceLine({ name })}${retrieved}`;
}
