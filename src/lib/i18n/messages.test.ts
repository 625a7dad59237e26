import { describe, expect, it } from 'vitest';
import { allMessagesIfLoaded, laterMessagesInUse, loadAllMessages, loadMessages, messagesIfLoaded } from './messages';
import { messagesId } from './messages-id';

// The order matters: the module keeps what was fetched, as the app does.
describe('messages fetched when needed', () => {
  it('has the Indonesian first-screen words at once, and nothing else yet', () => {
    expect(messagesIfLoaded('id')).toBe(messagesId);
    expect(messagesIfLoaded('en')).toBeUndefined();
    expect(allMessagesIfLoaded('id')).toBeUndefined();
    expect(laterMessagesInUse()).toBe(false);
  });

  it('fetches English once, the same words for every caller', async () => {
    const [a, b] = await Promise.all([loadMessages('en'), loadMessages('en')]);
    expect(a).toBe(b);
    expect(a.app.loading).toBe('Loading data…');
    expect(messagesIfLoaded('en')).toBe(a);
  });

  it('gives every word of a language once the later words are fetched', async () => {
    const all = await loadAllMessages('id');
    expect(all.app).toBe(messagesId.app);
    expect(all.compare.totalsTitle).toEqual(expect.any(String));
    expect(all.problems.notNumber({ value: 'x' })).toContain('x');
    expect(allMessagesIfLoaded('id')).toBe(all);
    expect(laterMessagesInUse()).toBe(true);
    expect(allMessagesIfLoaded('en')).toBeUndefined();
  });
});
