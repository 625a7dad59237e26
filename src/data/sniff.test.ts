import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isJsonInput, looksLikeHtml, looksLikeJson, mayBeCkanResponse } from './sniff';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('looksLikeHtml', () => {
  it('recognises a page by its doctype or html tag, after whitespace and a BOM', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF\n  <html lang="id">')).toBe(true);
    expect(looksLikeHtml('<!doctype HTML>')).toBe(true);
  });

  it('trusts an HTML content type only for text that starts with a tag', () => {
    expect(looksLikeHtml('<head><title>x</title>', 'text/html; charset=utf-8')).toBe(true);
    expect(looksLikeHtml('<head><title>x</title>')).toBe(false);
    expect(looksLikeHtml('Tahun;Nilai', 'text/html')).toBe(false);
  });

  it('does not mistake data for a page', () => {
    expect(looksLikeHtml('{"html": "<html>"}')).toBe(false);
    expect(looksLikeHtml('Unit;<html>')).toBe(false);
  });
});

describe('looksLikeJson', () => {
  it('looks at the first character that is not whitespace', () => {
    expect(looksLikeJson(' \n{"records": []}')).toBe(true);
    expect(looksLikeJson('\uFEFF[1]')).toBe(true);
    expect(looksLikeJson('Tahun,Nilai')).toBe(false);
    expect(looksLikeJson('')).toBe(false);
  });
});

describe('mayBeCkanResponse', () => {
  it('says yes to a CKAN answer and no to canonical JSON, a bare array and CSV', () => {
    expect(mayBeCkanResponse(utf8('{"help": "https://x/api/3/action/help_show", "success": true, "result": {}}'))).toBe(
      true,
    );
    expect(mayBeCkanResponse(utf8('{ "success" : false, "error": {} }'))).toBe(true);
    expect(mayBeCkanResponse(fixture('batang-2024.json'))).toBe(false);
    expect(mayBeCkanResponse(utf8('[{"year": 2024, "institution": "success"}]'))).toBe(false);
    expect(mayBeCkanResponse(utf8('Tahun;"success":;x'))).toBe(false);
  });
});

describe('isJsonInput', () => {
  it('takes text starting with { or [, a .json name or a JSON content type', () => {
    expect(isJsonInput(' [1]', 'a.csv', 'text/csv')).toBe(true);
    expect(isJsonInput('Tahun;Nilai', 'DATA.JSON', '')).toBe(true);
    expect(isJsonInput('Tahun;Nilai', 'a', 'application/vnd.api+json; charset=utf-8')).toBe(true);
    expect(isJsonInput('Tahun;Nilai', 'a.csv', 'text/csv')).toBe(false);
  });
});
