import { validateDataset } from '../domain/validate';
import type { ValidationResult } from '../domain/model';
import { readCkanSingle } from './ckan';
import { parseJsonText } from './json-text';
import { isCkanResponse } from './sniff';

/** A JSON dataset file: canonical form, a bare array of records, or a saved CKAN response. */
export function readJsonText(text: string): ValidationResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? readJsonValue(parsed.value) : parsed;
}

/** Parsed JSON of any supported shape. A CKAN response here is one page: it cannot be followed. */
export function readJsonValue(value: unknown): ValidationResult {
  return isCkanResponse(value) ? readCkanSingle(value) : validateDataset(value);
}
