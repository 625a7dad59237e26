import type { DataSource } from '../../data/sources';
import type { Messages } from '../../lib/i18n/messages';

export function sourceLabel(source: DataSource, t: Messages): string {
  switch (source.kind) {
    case 'bundled':
      return t.data.sourceBundled;
    case 'file':
      return t.data.sourceFile({ name: source.name });
    case 'url':
      return t.data.sourceUrl({ url: source.url });
  }
}
