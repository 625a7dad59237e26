import { describe, expect, it } from 'vitest';
import { errorPosition, parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('strips a BOM and reports empty text as empty', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('  ')).toEqual({ ok: false, problems: [{ place: { kind: 'file' }, code: 'empty' }] });
  });
});

describe('errorPosition', () => {
  const text = '{\n  "a": 1,\n  "b": x\n}';

  it('reads V8\'s "at position N" and turns it into line and column', () => {
    expect(errorPosition('Unexpected token x in JSON at position 19', text)).toEqual({ line: 3, column: 8 });
  });

  it('reads line and column given by the engine (Firefox, newer V8)', () => {
    expect(errorPosition('JSON.parse: unexpected character at line 3 column 8 of the JSON data', text)).toEqual({
      line: 3,
      column: 8,
    });
    expect(errorPosition('Unexpected token \'x\', ..."b": x} is not valid JSON (line 3 column 8)', text)).toEqual({
      line: 3,
      column: 8,
    });
  });

  /** The message of this engine's JSON.parse for `text`. */
  const messageFor = (text: string): string => {
    try {
      JSON.parse(text);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected broken JSON');
  };

  it.each([
    // V8 quotes the text around the token, cut ("...") before, after, both, or not at all.
    [
      'a bare NaN near the end',
      '{"records": [\n  {"year": 2024, "institution": "A", "unit": "B", "total": NaN}\n]}',
      2,
      60,
    ],
    ['a stray letter near the start', '{"a": x, "bbbbbbbbbbbbbbbbbbbbbbbbb": 1}', 1, 7],
    ['undefined in the middle', '{"a": 1, "b": undefined, "ccccccccccccccccccccccccc": 2}', 1, 15],
    [
      'single quotes on line 2',
      '[\n  {"year": 2024, "unit": \'B\', "total": 90},\n  {"year": 2024, "unit": "C", "total": 91}\n]',
      2,
      26,
    ],
    ['a short text', '{"a": x}', 1, 7],
  ])('finds %s from the text V8 quotes around it (Node, Chrome)', (_what, text, line, column) => {
    expect(errorPosition(messageFor(text), text)).toEqual({ line, column });
  });

  it("reads the quoted context of V8's message without running JSON.parse", () => {
    const text = '{"records": [\n  {"year": 2024, "institution": "A", "unit": "B", "total": NaN}\n]}';
    expect(errorPosition('Unexpected token \'N\', ..." "total": NaN}\n]}" is not valid JSON', text)).toEqual({
      line: 2,
      column: 60,
    });
    // A context that does not fit the text (another text, or an engine that quotes differently) gives nothing.
    expect(errorPosition('Unexpected token \'N\', ..."zzz NaN zzz"... is not valid JSON', text)).toEqual({});
    expect(errorPosition('Unexpected token \'N\', "[NaN, NaN]" is not valid JSON', '[NaN, NaN]')).toEqual({});
  });

  it('gives nothing when the engine says nothing (Safari)', () => {
    expect(errorPosition('JSON Parse error: Unexpected identifier "x"', text)).toEqual({});
  });
});
