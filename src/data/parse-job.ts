// The work a parse worker does, as a plain function: the worker runs it, and so does the calling
// thread where no worker can be started (tests, old browsers).
import type { UnitRecord, ValidationResult } from '../domain/model';
import type { InputBytes, OnReadStage } from './read-input';
import { readInput } from './read-input';

/** A picked file (read where the job runs) or bytes already in memory (a fetched body). */
export type ParseInput = InputBytes | { file: Blob; name: string; contentType?: string };

export function inputSize(input: ParseInput): number {
  return 'file' in input ? input.file.size : input.bytes.length;
}

export async function runParseJob(input: ParseInput, onStage?: OnReadStage): Promise<ValidationResult> {
  if (!('file' in input)) return readInput(input, onStage);
  onStage?.('reading');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const read: InputBytes = { bytes, name: input.name };
  if (input.contentType !== undefined) read.contentType = input.contentType;
  return readInput(read, onStage);
}

/** Records per message back from a worker: small messages keep each deserialisation on the page short. */
export const RECORDS_PER_MESSAGE = 5000;

/** Messages from a parse worker, in order: stages, record chunks, then the result (its records left out). */
export type ParseMessage =
  | { kind: 'stage'; stage: Parameters<OnReadStage>[0] }
  | { kind: 'records'; records: UnitRecord[] }
  | { kind: 'done'; result: ValidationResult }
  | { kind: 'failed'; message: string };

/**
 * A result as messages: a dataset's records go in chunks and the final message carries the rest with
 * `records: []`; the receiver puts the chunks back in order.
 */
export function splitResult(result: ValidationResult, perMessage = RECORDS_PER_MESSAGE): ParseMessage[] {
  if (!result.ok) return [{ kind: 'done', result }];
  const { records } = result.dataset;
  const messages: ParseMessage[] = [];
  for (let start = 0; start < records.length; start += perMessage) {
    messages.push({ kind: 'records', records: records.slice(start, start + perMessage) });
  }
  messages.push({ kind: 'done', result: { ...result, dataset: { ...result.dataset, records: [] } } });
  return messages;
}
