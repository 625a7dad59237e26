// Types for gen-hostile.mjs, so its test and the browser tests that load its files are type-checked.
import type { ProblemPlace } from '../src/domain/model';

export declare const DEFAULT_OUT: string;
export declare const XSS_IMG: string;
export declare const XSS_SCRIPT: string;
export declare const FORMULA: string;

/** A problem or warning as the readers must report it (compared with `toMatchObject`). */
export interface ExpectedItem {
  place: ProblemPlace;
  code: string;
  field?: string;
  params?: Record<string, string | number>;
}

export type Produces =
  | { ok: false; problems: ExpectedItem[] }
  | { ok: true; /** Unit names in order, exactly as they must appear. */ units: string[]; warnings: ExpectedItem[] };

export interface HostileFile {
  name: string;
  /** What the file is, in a few words. */
  about: string;
  bytes: Uint8Array;
  produces: Produces;
}

export declare const HOSTILE_FILES: readonly HostileFile[];

export declare function windows1252(text: string): Uint8Array;
export declare function utf16le(text: string): Uint8Array;
export declare function wideCsv(columns: number): string;
export declare function writeOversizeCsv(path: string, bytes: number): Promise<number>;
export declare function writeHostileFixtures(dir: string): void;
