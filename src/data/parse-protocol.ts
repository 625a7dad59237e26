// What the page and a parse worker say to each other: the input sent, and the result sent back in
// chunks. Kept apart from the reading itself, which the page loads only when it needs it.
import type { UnitRecord, ValidationResult } from '../domain/model';
import type { InputBytes, OnReadStage } from './read-input';

/** A picked file (read where the job runs) or bytes already in memory (a fetched body). */
export type ParseInput = InputBytes | { file: Blob; name: string; contentType?: string };

export function inputSize(input: ParseInput): number {
  return 'file' in input ? input.file.size : input.bytes.length;
}

/** Records per message back from a worker: small messages keep each one's handling on the page short. */
export const RECORDS_PER_MESSAGE = 2000;

/**
 * Messages from a parse worker, in order: stages, record chunks, then the result (its records left out).
 * Records travel as JSON text: for 120,000 records the page spends about half the time in JSON.parse
 * that it spends taking structured-clone copies apart, and validated records lose nothing in JSON
 * (finite numbers, null for unknown, no undefined members).
 */
export type ParseMessage =
  | { kind: 'stage'; stage: Parameters<OnReadStage>[0] }
  | { kind: 'records'; json: string }
  | { kind: 'done'; result: ValidationResult }
  | { kind: 'failed'; message: string };

/**
 * A result as messages: a dataset's records go in chunks and the final message carries the rest with
 * `records: []`; the receiver puts the chunks back in order (`recordsOf`).
 */
export function splitResult(result: ValidationResult, perMessage = RECORDS_PER_MESSAGE): ParseMessage[] {
  if (!result.ok) return [{ kind: 'done', result }];
  const { records } = result.dataset;
  const messages: ParseMessage[] = [];
  for (let start = 0; start < records.length; start += perMessage) {
    messages.push({ kind: 'records', json: JSON.stringify(records.slice(start, start + perMessage)) });
  }
  messages.push({ kind: 'done', result: { ...result, dataset: { ...result.dataset, records: [] } } });
  return messages;
}

/** The records of a chunk message. */
export function recordsOf(message: { kind: 'records'; json: string }): UnitRecord[] {
  return JSON.parse(message.json) as UnitRecord[];
}
