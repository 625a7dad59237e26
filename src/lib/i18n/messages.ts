import type { Lang } from '../format';
import { messagesId } from './messages-id';
import type { laterMessagesId } from './messages-id-later';

// Every word of the interface is in four files, two per language: messages-<lang>.ts for the first
// screen (shell, overview, data panel), messages-<lang>-later.ts for the rest (the other views,
// problems and notes about data). Indonesian first-screen words ship with the first download; the
// rest is fetched when needed (English when chosen, the later words with the first view or problem
// that shows them), keeping the first download small.

/** The words of the first screen. */
export type Messages = typeof messagesId;
/** The words not on the first screen. */
export type LaterMessages = typeof laterMessagesId;
/** Every word: what a view (and anything it draws) is given. */
export type AllMessages = Messages & LaterMessages;

/**
 * A promise that says whether it has settled, the way React's `use` reads one: a fulfilled one is
 * read at once instead of suspending. One promise per language and part, kept, so every render
 * passes `use` the same object.
 */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

function tracked<T>(promise: Promise<T>, onRejected: () => void): Tracked<T> {
  const result = promise as Tracked<T>;
  result.status = 'pending';
  promise.then(
    (value) => {
      result.status = 'fulfilled';
      result.value = value;
    },
    (reason: unknown) => {
      result.status = 'rejected';
      result.reason = reason;
      // A failed fetch (offline, a new deployment) is forgotten, so the next call tries again.
      onRejected();
    },
  );
  return result;
}

function fulfilled<T>(value: T): Tracked<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

const firstScreen: Partial<Record<Lang, Tracked<Messages>>> = { id: fulfilled(messagesId) };
const everything: Partial<Record<Lang, Tracked<AllMessages>>> = {};

function valueOf<T>(promise: Tracked<T> | undefined): T | undefined {
  return promise?.status === 'fulfilled' ? promise.value : undefined;
}

/** The first-screen words of a language if they are already here, else undefined (see `loadMessages`). */
export function messagesIfLoaded(lang: Lang): Messages | undefined {
  return valueOf(firstScreen[lang]);
}

/** The first-screen words of a language, fetched once; the same promise for every caller. */
export function loadMessages(lang: Lang): Promise<Messages> {
  return (firstScreen[lang] ??= tracked(
    import('./messages-en').then((m) => m.messagesEn),
    () => delete firstScreen[lang],
  ));
}

/** Every word of a language if it is already here, else undefined (see `loadAllMessages`). */
export function allMessagesIfLoaded(lang: Lang): AllMessages | undefined {
  return valueOf(everything[lang]);
}

/** Whether the later words were asked for in some language (a view or problem list has been shown). */
export function laterMessagesInUse(): boolean {
  return Object.keys(everything).length > 0;
}

/** Every word of a language: its first-screen words and its later words, fetched once. */
export function loadAllMessages(lang: Lang): Promise<AllMessages> {
  return (everything[lang] ??= tracked(
    Promise.all([loadMessages(lang), laterMessagesOf(lang)]).then(([first, later]) => ({ ...first, ...later })),
    () => delete everything[lang],
  ));
}

function laterMessagesOf(lang: Lang): Promise<LaterMessages> {
  return lang === 'id'
    ? import('./messages-id-later').then((m) => m.laterMessagesId)
    : import('./messages-en-later').then((m) => m.laterMessagesEn);
}
