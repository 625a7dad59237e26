// Reads input that is well-formed JSON in the dataset contract without the full reader (zod,
// papaparse): the fast way for the page to read small files and the dataset it saved itself.
import { validateWellFormed } from '../domain/fast-validate';
import type { ValidationResult } from '../domain/model';
import { decodeBytes } from './decode';
import { MAX_RESPONSE_BYTES } from './http';
import { parseJsonText } from './json-text';
import type { InputBytes, OnReadStage } from './read-input';
import { isCkanResponse, isJsonInput, looksLikeHtml } from './sniff';

/**
 * The dataset in these bytes, exactly as the full reader gives it, when they hold well-formed JSON of
 * the dataset contract; null for anything else (CSV, CKAN, broken or invalid data), which is then the
 * full reader's to read and explain.
 */
export function readWellFormedBytes(input: InputBytes, onStage?: OnReadStage): ValidationResult | null {
  if (input.bytes.length > MAX_RESPONSE_BYTES) return null;
  onStage?.('parsing');
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return null;
  const { text } = decoded;
  if (looksLikeHtml(text, input.contentType) || !isJsonInput(text, input.name, input.contentType ?? '')) return null;
  const parsed = parseJsonText(text);
  if (!parsed.ok || isCkanResponse(parsed.value)) return null;
  onStage?.('validating');
  return validateWellFormed(parsed.value);
}
