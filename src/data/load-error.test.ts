import { describe, expect, it } from 'vitest';
import { isLoadError, LoadError, loadErrorFromProblems } from './load-error';

describe('LoadError', () => {
  it('carries the problems and whether a retry may help', () => {
    const error = new LoadError([{ place: { kind: 'file' }, code: 'timeout' }], true);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LoadError');
    expect(error.message).toBe('timeout');
    expect(error.transient).toBe(true);
    expect(isLoadError(error)).toBe(true);
    expect(isLoadError(new Error('timeout'))).toBe(false);
  });

  it('makes invalid data a permanent failure', () => {
    const error = loadErrorFromProblems([
      { place: { kind: 'row', row: 3 }, field: 'Nilai', code: 'notNumber' },
      { place: { kind: 'row', row: 4 }, code: 'raggedRow' },
    ]);
    expect(error.transient).toBe(false);
    expect(error.message).toBe('notNumber, raggedRow');
    expect(error.problems).toHaveLength(2);
    expect(error.responseText).toBeUndefined();
  });
});
