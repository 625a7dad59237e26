import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'summarize-vitest.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'rapor-summary-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function summarize(report: unknown): { status: number | null; stdout: string; stderr: string } {
  const file = join(workDir, `${String(Math.random()).slice(2)}.json`);
  writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
  const result = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const test = (status: string) => ({ status, title: 't', failureMessages: [] });

describe('summarize-vitest', () => {
  it('prints passed and failed and succeeds when all passed', () => {
    const result = summarize({
      numPassedTests: 21,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [],
    });
    expect(result.stdout).toBe('tests: 21 passed, 0 failed\n');
    expect(result.status).toBe(0);
  });

  it('fails when a test failed and adds skipped (pending + todo) only when there are any', () => {
    const result = summarize({
      numPassedTests: 5,
      numFailedTests: 2,
      numPendingTests: 1,
      numTodoTests: 2,
      testResults: [{ status: 'failed', assertionResults: [test('passed'), test('failed')] }],
    });
    expect(result.stdout).toBe('tests: 5 passed, 2 failed, 3 skipped\n');
    expect(result.status).toBe(1);
  });

  it('fails an empty run: no passed test proves nothing', () => {
    const result = summarize({ numPassedTests: 0, numFailedTests: 0, testResults: [] });
    expect(result.stdout).toBe('tests: 0 passed, 0 failed\n');
    expect(result.status).toBe(1);
  });

  it('counts a file that failed without a failed test (import error, hook error)', () => {
    const result = summarize({
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [test('passed')] },
        { status: 'failed', message: 'Cannot find module', assertionResults: [] },
      ],
    });
    expect(result.stdout).toBe('tests: 3 passed, 0 failed, 1 files failed\n');
    expect(result.status).toBe(1);
  });

  it('exits 2 with a message when the report is not JSON', () => {
    const result = summarize('<html>');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read');
  });

  it('exits 2 with usage when no report is named', () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage');
  });
});
