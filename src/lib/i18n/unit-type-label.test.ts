import { describe, expect, it } from 'vitest';
import { generateNational } from '../../../scripts/gen-national.mjs';
import { messagesEn } from './messages-en';
import { messagesId } from './messages-id';
import { unitTypeLabel } from './unit-type-label';

describe('unitTypeLabel', () => {
  it('uses the translation of a known key', () => {
    expect(unitTypeLabel(messagesId.unitTypes, 'kantor_wilayah')).toBe(messagesId.unitTypes.kantor_wilayah);
    expect(unitTypeLabel(messagesEn.unitTypes, 'samsat')).toBe(messagesEn.unitTypes.samsat);
  });

  it('makes an unknown key readable: underscores and hyphens to spaces, first letter capital', () => {
    const none = {};
    expect(unitTypeLabel(none, 'unit_pusat')).toBe('Unit pusat');
    expect(unitTypeLabel(none, 'badan__layanan-umum')).toBe('Badan layanan umum');
    expect(unitTypeLabel(none, '_rumah_sakit_')).toBe('Rumah sakit');
  });

  it('leaves the rest of an unknown key as written (acronyms, names already spelled out)', () => {
    const none = {};
    expect(unitTypeLabel(none, 'DPMPTSP')).toBe('DPMPTSP');
    expect(unitTypeLabel(none, 'Dinas Pendidikan')).toBe('Dinas Pendidikan');
    expect(unitTypeLabel(none, 'upt_BPJS')).toBe('Upt BPJS');
  });

  it('does not take inherited object keys for translations, and keeps a key with no letters', () => {
    expect(unitTypeLabel(messagesId.unitTypes, 'constructor')).toBe('Constructor');
    expect(unitTypeLabel({}, '___')).toBe('___');
  });

  it('has words in both languages for every unit type the national generator writes', () => {
    const types = new Set(generateNational({ scale: 0.2 }).records.map((r) => r.unitType));
    // The generator's three kinds of unit lists (regencies and cities, provinces, ministries and agencies).
    expect([...types]).toEqual(expect.arrayContaining(['puskesmas', 'samsat', 'unit_pusat', 'kantor_wilayah']));
    for (const type of types) {
      expect(Object.hasOwn(messagesId.unitTypes, type), `id: ${type}`).toBe(true);
      expect(Object.hasOwn(messagesEn.unitTypes, type), `en: ${type}`).toBe(true);
    }
  });
});
