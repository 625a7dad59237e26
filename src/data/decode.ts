import type { Problem } from '../domain/model';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' }
  | { ok: false; problem: Problem };

const SNIFF_BYTES = 8 * 1024;
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
/** Share of control bytes above which a file is taken for binary (text has tabs and line breaks only). */
const CONTROL_SHARE = 0.1;

const FILE = { kind: 'file' } as const;

/**
 * Turns file bytes into text. Spreadsheets saved as "CSV" by Indonesian Windows Excel are often
 * windows-1252 rather than UTF-8, so invalid UTF-8 falls back to it instead of failing.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe]))
    return decodedText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff]))
    return decodedText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (startsWith(body, [0x50, 0x4b, 0x03, 0x04])) return failed('xlsx');
  // Excel 97–2003 (.xls) is an OLE2 compound file; it needs the same advice: save as CSV.
  if (startsWith(body, OLE2_SIGNATURE)) return failed('xlsx', { format: 'xls' });
  if (looksBinary(body)) return failed('binary');

  try {
    return decodedText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8');
  } catch {
    return decodedText(decodeWindows1252(body), 'windows-1252');
  }
}

/** Windows-1252 bytes 0x80–0x9F; the rest of the code page is Latin-1. Unassigned bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Browsers decode 'windows-1252' correctly, but Node's TextDecoder treats it as Latin-1 and leaves
 * 0x80–0x9F (curly quotes, dashes, €) as control characters; mapping them here makes both agree.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodedText(text: string, encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'): DecodeResult {
  if (text.trim() === '') return failed('empty');
  return { ok: true, text, encoding };
}

function failed(code: 'xlsx' | 'binary' | 'empty', params?: Problem['params']): DecodeResult {
  const problem: Problem = { place: FILE, code };
  if (params !== undefined) problem.params = params;
  return { ok: false, problem };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  // An indexed loop: this runs once per load, before the optimising compiler has seen it, where
  // for…of over a typed array costs several times as much.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if (b === 0) return true;
    // Tab, line feed, carriage return and form feed occur in text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  return sample.length > 0 && control / sample.length > CONTROL_SHARE;
}
