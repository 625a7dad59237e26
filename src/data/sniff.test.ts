import { describe, expect, it } from 'vitest';
import { looksLikeHtml, looksLikeJson } from './sniff';

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
