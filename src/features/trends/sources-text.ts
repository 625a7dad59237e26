import type { SourceInfo } from '../../domain/model';
import type { Formatters } from '../../lib/format';
import type { Messages } from '../../lib/i18n/messages';

/** One "Sumber: …" line naming every source behind a chart, each with its retrieval date when known. */
export function sourcesText(sources: readonly SourceInfo[], t: Messages, fmt: Formatters): string | null {
  const names = sources.map((source) => {
    const name = source.name ?? source.url ?? '';
    return source.retrieved ? `${name}, ${t.data.retrieved({ date: fmt.date(source.retrieved) })}` : name;
  });
  return names.length > 0 ? t.data.sourceLine({ name: names.join('; ') }) : null;
}
