import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParseMessage } from './parse-protocol';
import { recordsOf } from './parse-protocol';
import { readInput } from './read-input';

const bytes = readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url));

/** The worker's global scope: messages in by event, out through postMessage. */
class FakeScope extends EventTarget {
  sent: ParseMessage[] = [];
  postMessage(message: ParseMessage): void {
    this.sent.push(message);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function startWorker(): Promise<FakeScope> {
  const scope = new FakeScope();
  vi.stubGlobal('self', scope);
  await import('./parse.worker');
  return scope;
}

describe('parse.worker', () => {
  it('answers a job with its stages, then the records, then the result', async () => {
    const scope = await startWorker();
    scope.dispatchEvent(new MessageEvent('message', { data: { file: new Blob([bytes]), name: 'b.json' } }));
    await vi.waitFor(() => expect(scope.sent.at(-1)?.kind).toBe('done'));
    expect(scope.sent.map((m) => (m.kind === 'stage' ? m.stage : m.kind))).toEqual([
      'reading',
      'parsing',
      'validating',
      'records',
      'done',
    ]);
    const expected = readInput({ bytes, name: 'b.json' });
    const records = scope.sent.flatMap((m) => (m.kind === 'records' ? recordsOf(m) : []));
    expect(expected.ok && records).toEqual(expected.ok && expected.dataset.records);
  });

  it('answers bad input with the problems, not an exception', async () => {
    const scope = await startWorker();
    scope.dispatchEvent(new MessageEvent('message', { data: { bytes: new Uint8Array([1, 0, 2]), name: 'x.csv' } }));
    await vi.waitFor(() => expect(scope.sent.at(-1)?.kind).toBe('done'));
    expect(scope.sent.at(-1)).toMatchObject({ kind: 'done', result: { ok: false, problems: [{ code: 'binary' }] } });
  });

  it('reports a job that throws as failed, with its message', async () => {
    const scope = await startWorker();
    const broken = { file: { size: 1, arrayBuffer: () => Promise.reject(new Error('unreadable')) }, name: 'x.json' };
    scope.dispatchEvent(new MessageEvent('message', { data: broken }));
    await vi.waitFor(() => expect(scope.sent.at(-1)?.kind).toBe('failed'));
    expect(scope.sent.at(-1)).toEqual({ kind: 'failed', message: 'unreadable' });
  });
});
