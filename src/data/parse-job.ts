// The work a parse worker does, as a plain function: the worker runs it, and so does the calling
// thread where no worker can be started (tests, old browsers) or the input is small.
import type { ValidationResult } from '../domain/model';
import type { ParseInput } from './parse-protocol';
import type { InputBytes, OnReadStage } from './read-input';
import { readInput } from './read-input';

export async function runParseJob(input: ParseInput, onStage?: OnReadStage): Promise<ValidationResult> {
  if (!('file' in input)) return readInput(input, onStage);
  onStage?.('reading');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const read: InputBytes = { bytes, name: input.name };
  if (input.contentType !== undefined) read.contentType = input.contentType;
  return readInput(read, onStage);
}
