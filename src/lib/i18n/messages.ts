import type { Lang } from '../format';
import { messagesId } from './messages-id';
import { messagesEn } from './messages-en';

export type Messages = typeof messagesId;

const BY_LANG: Record<Lang, Messages> = { id: messagesId, en: messagesEn };

export function messagesFor(lang: Lang): Messages {
  return BY_LANG[lang];
}
