import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../lib/i18n/messages-en';
import { messagesId } from '../../lib/i18n/messages-id';
import { methodChanges } from '../../domain/methods';
import { methodChangeText } from '../../lib/i18n/level-text';
import { exportFooterLine, methodChangeTexts } from './method-text';

describe('methodChangeText', () => {
  it('names the two methods of 2024 → 2025 by their short names', () => {
    const [change] = methodChanges([2024, 2025]);
    if (!change) throw new Error('expected a change of method');
    expect(methodChangeText(change, messagesId)).toBe(
      'Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi Penilaian Maladministrasi · Opini Ombudsman RI. Nilai sebelum dan sesudahnya tidak dapat dibandingkan secara langsung.',
    );
    expect(methodChangeText(change, messagesEn)).toContain(
      'The assessment method changed in 2025: Penilaian Kepatuhan (compliance assessment, grades A–E) became',
    );
  });

  it('says nothing where the years share one assessment (zones up to 2021, then grades)', () => {
    expect(methodChangeTexts(methodChanges([2021, 2022]), messagesId)).toEqual([]);
    expect(methodChangeTexts(methodChanges([2023, 2024]), messagesId)).toEqual([]);
  });
});

describe('exportFooterLine', () => {
  it('puts the notes after the source, and stands without a source', () => {
    expect(exportFooterLine('Sumber: A', ['B.'])).toBe('Sumber: A · B.');
    expect(exportFooterLine(null, ['B.'])).toBe('B.');
    expect(exportFooterLine(null, [])).toBe('');
  });
});
