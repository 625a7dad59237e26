#!/usr/bin/env node
// Prints one plain line from a Vitest JSON report (`--reporter=json --outputFile=…`), for CI logs:
//   tests: N passed, M failed[, K skipped][, F files failed]
// Exits 1 when a test or a test file failed or when no test passed (an empty run proves nothing),
// 2 when the report cannot be read.
import { readFileSync } from 'node:fs';

const reportPath = process.argv[2];
if (!reportPath) {
  console.error('usage: node scripts/summarize-vitest.mjs <vitest-report.json>');
  process.exit(2);
}

let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (error) {
  console.error(
    `summarize-vitest: cannot read ${reportPath}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(2);
}

const count = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const passed = count(report.numPassedTests);
const failed = count(report.numFailedTests);
const skipped = count(report.numPendingTests) + count(report.numTodoTests);
// A file that fails to import or whose hooks throw has no failed test, yet the run failed.
const files = Array.isArray(report.testResults) ? report.testResults : [];
const filesFailed = files.filter(
  (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;

let line = `tests: ${passed} passed, ${failed} failed`;
if (skipped > 0) line += `, ${skipped} skipped`;
if (filesFailed > 0) line += `, ${filesFailed} files failed`;
console.log(line);

process.exit(failed > 0 || filesFailed > 0 || passed === 0 ? 1 : 0);
