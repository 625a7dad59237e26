import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../lib/format';
import type { AllMessages } from '../../lib/i18n/messages';
import { messagesEn } from '../../lib/i18n/messages-en';
import { laterMessagesEn } from '../../lib/i18n/messages-en-later';
import { messagesId } from '../../lib/i18n/messages-id';
import { laterMessagesId } from '../../lib/i18n/messages-id-later';
import { assessmentsText, levelRowLabel, methodChangeSentences } from './method-notes';

const id: AllMessages = { ...messagesId, ...laterMessagesId };
const en: AllMessages = { ...messagesEn, ...laterMessagesEn };

describe('methodChangeSentences', () => {
  it('says in 2025 the Penilaian Kepatuhan became the Penilaian Maladministrasi, not directly comparable', () => {
    expect(methodChangeSentences([2024, 2025], id)).toEqual([
      'Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi Penilaian Maladministrasi · Opini Ombudsman RI. Nilai sebelum dan sesudahnya tidak dapat dibandingkan secara langsung.',
    ]);
    expect(methodChangeSentences([2025, 2024], en)).toEqual([
      'The assessment method changed in 2025: Penilaian Kepatuhan (compliance assessment, grades A–E) became Penilaian Maladministrasi · Opini Ombudsman RI (maladministration assessment, Ombudsman opinion). Scores before and after are not directly comparable.',
    ]);
  });

  it('says nothing between zones (2021) and grades (2022): one Penilaian Kepatuhan', () => {
    expect(methodChangeSentences([2021, 2022], id)).toEqual([]);
  });

  it('says nothing within one method', () => {
    expect(methodChangeSentences([2025, 2026], id)).toEqual([]);
  });
});

describe('assessmentsText and levelRowLabel', () => {
  const fmt = createFormatters('id');
  it('names each assessment once, and the level row in each year’s words', () => {
    expect(assessmentsText(['kepatuhan'], id, fmt)).toBe('Penilaian Kepatuhan');
    expect(assessmentsText(['zona', 'kepatuhan'], id, fmt)).toBe('Penilaian Kepatuhan');
    expect(assessmentsText(['kepatuhan', 'maladministrasi'], id, fmt)).toBe(
      'Penilaian Kepatuhan dan Penilaian Maladministrasi · Opini Ombudsman RI',
    );
    expect(levelRowLabel(['kepatuhan'], id)).toBe('Opini');
    expect(levelRowLabel(['maladministrasi'], id)).toBe('Kualitas');
    expect(levelRowLabel(['kepatuhan', 'maladministrasi'], id)).toBe('Opini / Kualitas');
    expect(levelRowLabel(['kepatuhan', 'maladministrasi'], en)).toBe('Grade / Quality');
  });
});
