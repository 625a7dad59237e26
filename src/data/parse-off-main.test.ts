import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ParseJob from './parse-job';
import { runParseJob } from './parse-job';
import type { readHere } from './parse-off-main';
import type { ParseInput, ParseMessage } from './parse-protocol';
import { splitResult } from './parse-protocol';
import { OFF_MAIN_THREAD_MIN_BYTES } from './parse-threshold';
import {
  parseOffMainThread,
  prewarmParseWorker,
  startParseWorker,
  WARM_WORKER_IDLE_MS,
  warmOrNewParseWorker,
} from './parse-off-main';
import type { ReadStage } from './read-input';
import { readInput } from './read-input';

const bytes = readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url));
const expected = readInput({ bytes, name: 'b.json' });

type Behaviour = 'work' | 'fail-to-load' | 'report-failure' | 'hang';

/** Stands in for the parse worker: runs the same job, answers with the same messages, in small chunks. */
class FakeWorker extends EventTarget {
  terminated = false;
  received: ParseInput[] = [];
  constructor(private readonly behaviour: Behaviour) {
    super();
  }
  postMessage(input: ParseInput): void {
    this.received.push(input);
    setTimeout(() => void this.run(input), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  private send(message: ParseMessage): void {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  private async run(input: ParseInput): Promise<void> {
    if (this.behaviour === 'hang') return;
    if (this.behaviour === 'fail-to-load') {
      this.dispatchEvent(new Event('error', { cancelable: true }));
      return;
    }
    if (this.behaviour === 'report-failure') {
      this.send({ kind: 'failed', message: 'out of memory' });
      return;
    }
    const result = await runParseJob(input, (stage) => this.send({ kind: 'stage', stage }));
    splitResult(result, 2).forEach((m) => this.send(m));
  }
}

function fakeFactory(behaviour: Behaviour) {
  const started: FakeWorker[] = [];
  const factory = () => {
    const worker = new FakeWorker(behaviour);
    started.push(worker);
    return worker as unknown as Worker;
  };
  return { factory, started };
}

describe('parseOffMainThread', () => {
  it('reads in a worker and puts the chunked records back in order', async () => {
    const { factory, started } = fakeFactory('work');
    const stages: ReadStage[] = [];
    const result = await parseOffMainThread(
      { bytes, name: 'b.json' },
      { minBytes: 0, onStage: (s) => stages.push(s) },
      factory,
    );
    expect(result).toEqual(expected);
    expect(stages).toEqual(['parsing', 'validating']);
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(true);
  });

  it('hands a file to the worker as it is, to be read there', async () => {
    const { factory, started } = fakeFactory('work');
    const file = new Blob([bytes]);
    const stages: ReadStage[] = [];
    const result = await parseOffMainThread(
      { file, name: 'b.json' },
      { minBytes: 0, onStage: (s) => stages.push(s) },
      factory,
    );
    expect(result).toEqual(expected);
    expect(started[0]!.received[0]).toMatchObject({ file });
    expect(stages[0]).toBe('reading');
  });

  it('reads small inputs here without starting a worker', async () => {
    const { factory, started } = fakeFactory('work');
    expect(bytes.length).toBeLessThan(OFF_MAIN_THREAD_MIN_BYTES);
    expect(await parseOffMainThread({ bytes, name: 'b.json' }, {}, factory)).toEqual(expected);
    expect(started).toHaveLength(0);
  });

  it('reads here when there is no Worker (Node, jsdom)', async () => {
    expect(startParseWorker()).toBeNull();
    expect(await parseOffMainThread({ bytes, name: 'b.json' }, { minBytes: 0 })).toEqual(expected);
  });

  it('falls back to reading here when the worker fails to load', async () => {
    const { factory, started } = fakeFactory('fail-to-load');
    expect(await parseOffMainThread({ bytes, name: 'b.json' }, { minBytes: 0 }, factory)).toEqual(expected);
    expect(started[0]!.terminated).toBe(true);
  });

  it('rejects with the message of a job that failed in the worker', async () => {
    const { factory } = fakeFactory('report-failure');
    await expect(parseOffMainThread({ bytes, name: 'b.json' }, { minBytes: 0 }, factory)).rejects.toThrow(
      'out of memory',
    );
  });

  it('stops the worker and rejects with the reason when aborted', async () => {
    const { factory, started } = fakeFactory('hang');
    const controller = new AbortController();
    const pending = parseOffMainThread({ bytes, name: 'b.json' }, { minBytes: 0, signal: controller.signal }, factory);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(started[0]!.terminated).toBe(true);
  });

  it('rejects at once when already aborted', async () => {
    const { factory, started } = fakeFactory('work');
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(parseOffMainThread({ bytes, name: 'b.json' }, { minBytes: 0, signal }, factory)).rejects.toThrow(
      'too late',
    );
    expect(started).toHaveLength(0);
  });
});

describe('prewarmParseWorker', () => {
  it('starts one worker ahead, which the next parse takes', async () => {
    const { factory, started } = fakeFactory('work');
    prewarmParseWorker(factory);
    prewarmParseWorker(factory);
    expect(started).toHaveLength(1);
    const taken = warmOrNewParseWorker();
    expect(taken).toBe(started[0]);
    // Taken once: the next call has no warm worker, and here (Node) cannot start one.
    expect(warmOrNewParseWorker()).toBeNull();
    const result = await parseOffMainThread({ bytes, name: 'b.json' }, { minBytes: 0 }, () => taken);
    expect(result).toEqual(expected);
  });

  it('stops a warm worker nobody used', () => {
    vi.useFakeTimers();
    try {
      const { factory, started } = fakeFactory('work');
      prewarmParseWorker(factory);
      vi.advanceTimersByTime(WARM_WORKER_IDLE_MS);
      expect(started[0]!.terminated).toBe(true);
      expect(warmOrNewParseWorker()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('readHere', () => {
  const csv = readFileSync(new URL('../../tests/fixtures/batang-2024-excel-id.csv', import.meta.url));
  const broken = new TextEncoder().encode('{"records": [{"year": 1999, "institution": "A", "unit": "B", "total": 9}]}');

  /** readHere from a fresh module graph, noting whether the full reader (zod, papaparse) was loaded. */
  async function freshReadHere(): Promise<{ readHere: typeof readHere; loads: () => number }> {
    let loads = 0;
    vi.resetModules();
    vi.doMock('./parse-job', async (importOriginal) => {
      loads += 1;
      return importOriginal<typeof ParseJob>();
    });
    const fresh = await import('./parse-off-main');
    return { readHere: fresh.readHere, loads: () => loads };
  }

  afterEach(() => {
    vi.doUnmock('./parse-job');
    vi.resetModules();
  });

  it('loads the full reader only when asked to read, then reads a file with it, stage by stage', async () => {
    const { readHere, loads } = await freshReadHere();
    expect(loads()).toBe(0);
    const stages: ReadStage[] = [];
    expect(await readHere({ file: new Blob([bytes]), name: 'b.json' }, (s) => stages.push(s))).toEqual(expected);
    expect(stages).toEqual(['reading', 'parsing', 'validating']);
    expect(loads()).toBe(1);
  });

  it('reads CSV and data with problems as the full reader does', async () => {
    const { readHere, loads } = await freshReadHere();
    const stages: ReadStage[] = [];
    expect(await readHere({ bytes: csv, name: 'b.csv' }, (s) => stages.push(s))).toEqual(
      readInput({ bytes: csv, name: 'b.csv' }),
    );
    expect(stages).toEqual(['parsing']);
    stages.length = 0;
    const result = await readHere({ bytes: broken, name: 'b.json' }, (s) => stages.push(s));
    expect(result).toEqual(readInput({ bytes: broken, name: 'b.json' }));
    expect(result.ok).toBe(false);
    expect(stages).toEqual(['parsing', 'validating']);
    expect(loads()).toBe(1);
  });
});
