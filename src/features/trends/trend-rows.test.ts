import { methodChanges } from '../../domain/methods';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/model';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { shownLevelText } from '../../lib/i18n/level-text';
import { messagesId } from '../../lib/i18n/messages-id';
import { DEPOK, KAB_CONTOH, KOTA_CONTOH, acrossTheBreak } from './trends-2025.fixture';
import {
  bandsOfYear,
  distinctSources,
  entityTrendIllustrative,
  entityTrendPoints,
  entityTrendSources,
  hasZoneOnlyYears,
  inferredBandYears,
  methodSegments,
  trendAxis,
  trendBreaks,
  trendChange,
  unitTrendData,
  unitTrendScores,
  unitTrendTableRows,
  yearBands,
  yearOverYear,
} from './trend-rows';

const empty: Dataset = { dimensions: [], institutions: [], records: [] };

describe('entityTrendPoints', () => {
  const ds = multiEntityMultiYear();

  it('keeps the reported figure and the units’ mean apart, year by year', () => {
    const points = entityTrendPoints(ds, BATANG);
    expect(points.map((p) => [p.year, p.score, p.reported])).toEqual([
      [2023, 91.5, true],
      [2024, 93.74, true],
    ]);
    // 2023: mean of 92.10, 88.40 and 90.00; 2024: mean of the six published units.
    expect(points[0]?.computedMean).toBeCloseTo(90.1667, 4);
    expect(points[1]?.computedMean).toBeCloseTo(93.7033, 4);
    expect(points.map((p) => p.level?.level.grade)).toEqual(['A', 'A']);
    expect(points.map((p) => [p.assessed, p.segment])).toEqual([
      [true, 0],
      [true, 0],
    ]);
  });

  it('falls back to the mean when nothing is reported', () => {
    const [first] = entityTrendPoints(ds, PEMALANG);
    expect(first).toMatchObject({ year: 2023, score: 96.75, reported: false, computedMean: 96.75 });
  });

  it('grades 2021 by zone only and later years by letter', () => {
    const points = entityTrendPoints(ds, JATENG);
    expect(points[0]?.level?.level).toMatchObject({ zone: 'kuning', method: 'zona' });
    expect(points[0]?.level?.level.grade).toBeUndefined();
    expect(points[1]?.level?.level).toMatchObject({ grade: 'A', zone: 'hijau', method: 'kepatuhan' });
    expect(points[0]?.computedMean).toBeNull();
    expect(hasZoneOnlyYears(points)).toBe(true);
    expect(hasZoneOnlyYears(entityTrendPoints(ds, BATANG))).toBe(false);
  });

  it('applies a dataset grade scale to every year', () => {
    const scaled: Dataset = {
      ...ds,
      gradeScale: [
        { grade: 'Baik', min: 90, zone: 'hijau' },
        { grade: 'Kurang', min: 0, zone: 'merah' },
      ],
    };
    expect(entityTrendPoints(scaled, JATENG).map((p) => p.level?.level.grade)).toEqual([
      'Kurang',
      'Baik',
      'Baik',
      'Baik',
    ]);
  });

  it('gives the 2025 year its own level: the opinion as published, else derived, never a zone', () => {
    const ds2025 = acrossTheBreak();
    const contoh = entityTrendPoints(ds2025, KOTA_CONTOH);
    expect(contoh.map((p) => [p.year, p.score, p.segment])).toEqual([
      [2023, 84.2, 0],
      [2024, 86.1, 0],
      [2025, 82.5, 1],
    ]);
    expect(contoh[1]?.level?.level).toMatchObject({ grade: 'B', zone: 'hijau' });
    expect(contoh[2]?.level).toMatchObject({ origin: 'derived', level: { quality: 'tinggi', basis: 'inferred' } });
    expect(contoh[2]?.level?.level.zone).toBeUndefined();
    expect(shownLevelText(contoh[2]?.level ?? null, messagesId, 'long')).toBe('Kualitas Tinggi (dihitung dari nilai)');
    const [depok] = entityTrendPoints(ds2025, DEPOK);
    expect(depok?.level).toMatchObject({
      origin: 'published',
      opinion: { level: 'tertinggi', tanpaMaladministrasi: true },
    });
  });

  it('keeps a year not assessed as such: no score, no level, not an unknown score', () => {
    const points = entityTrendPoints(acrossTheBreak(), KAB_CONTOH);
    expect(points).toEqual([
      expect.objectContaining({ year: 2023, score: 76.1, assessed: true, segment: 0 }),
      expect.objectContaining({ year: 2024, score: 77.5, assessed: true, segment: 0 }),
      { year: 2025, score: null, reported: false, computedMean: null, assessed: false, level: null, segment: 1 },
    ]);
  });
});

describe('methods along a trend', () => {
  it('splits the years into one stretch per method and names where each new one starts', () => {
    expect(methodSegments([2023, 2024, 2025])).toEqual([0, 0, 1]);
    expect(methodSegments([2021, 2022, 2023, 2024, 2025])).toEqual([0, 0, 0, 0, 1]);
    expect(methodSegments([2023, 2024])).toEqual([0, 0]);
    expect(trendBreaks(entityTrendPoints(acrossTheBreak(), KOTA_CONTOH))).toEqual([2025]);
    expect(trendBreaks(entityTrendPoints(acrossTheBreak(), BATANG))).toEqual([]);
  });

  it('names the methods on both sides of a change, from the registry', () => {
    const [change] = methodChanges([2023, 2024, 2025]);
    expect(change?.year).toBe(2025);
    expect(change?.from).toMatchObject({ id: 'kepatuhan', shortName: 'Penilaian Kepatuhan' });
    expect(change?.to).toMatchObject({
      id: 'maladministrasi',
      shortName: 'Penilaian Maladministrasi · Opini Ombudsman RI',
    });
    expect(methodChanges([2024, 2025, 2026]).map((c) => c.year)).toEqual([2025]);
    expect(methodChanges([2023, 2024])).toEqual([]);
  });
});

describe('trendChange and yearOverYear', () => {
  const jateng = entityTrendPoints(multiEntityMultiYear(), JATENG);

  it('measures from the first to the last known year of one method, never across a change', () => {
    // Zones (2021) and grades (2022) read the same Penilaian Kepatuhan scores: the change runs from 2021.
    expect(trendChange(jateng)).toMatchObject({ fromYear: 2021, from: 73.49, toYear: 2024, to: 98.21 });
    expect(trendChange(jateng)?.change).toBeCloseTo(24.72, 10);
    const contoh = entityTrendPoints(acrossTheBreak(), KOTA_CONTOH);
    // 2025 alone under its method: the change is the latest method with two years, 2023–2024.
    expect(trendChange(contoh)).toEqual({ fromYear: 2023, from: 84.2, toYear: 2024, to: 86.1, change: 1.9 });
    expect(trendChange(entityTrendPoints(acrossTheBreak(), KAB_CONTOH))).toMatchObject({ toYear: 2024, change: 1.4 });
  });

  it('gives each year its change from the previous known year of the same method', () => {
    expect(yearOverYear(jateng).map((c) => (c === null ? null : Math.round(c * 100) / 100))).toEqual([
      null,
      19.65,
      1.38,
      3.69,
    ]);
    expect(yearOverYear(entityTrendPoints(acrossTheBreak(), KOTA_CONTOH))).toEqual([null, 1.9, null]);
    expect(yearOverYear(entityTrendPoints(acrossTheBreak(), KAB_CONTOH))).toEqual([null, 1.4, null]);
  });

  it('skips unknown years and needs two known years', () => {
    const ds: Dataset = {
      ...empty,
      institutions: [
        { year: 2022, name: 'K', score: null },
        { year: 2023, name: 'K', score: 80 },
        { year: 2024, name: 'K', score: 79.5 },
      ],
    };
    const points = entityTrendPoints(ds, 'K');
    expect(trendChange(points)).toEqual({ fromYear: 2023, from: 80, toYear: 2024, to: 79.5, change: -0.5 });
    expect(yearOverYear(points)).toEqual([null, null, -0.5]);
    expect(trendChange(points.slice(0, 2))).toBeNull();
    expect(trendChange(entityTrendPoints(batang2024(), BATANG))).toBeNull();
  });
});

describe('trendAxis', () => {
  it('starts on a multiple of 10 at least 2 points under the lowest score and ends at 100', () => {
    expect(trendAxis([91.5, 93.74])).toEqual({ min: 80, max: 100, ticks: [80, 85, 90, 95, 100] });
    expect(trendAxis([73.49, 98.21]).min).toBe(70);
    expect(trendAxis([92, 99]).min).toBe(90);
  });

  it('uses finer ticks on a short span and stops at 90', () => {
    expect(trendAxis([98.21, 100])).toEqual({ min: 90, max: 100, ticks: [90, 92, 94, 96, 98, 100] });
  });

  it('is the whole scale for low or unknown scores, never drawing unknown as 0', () => {
    expect(trendAxis([1, 40])).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(trendAxis([null, null]).min).toBe(0);
    expect(trendAxis([null, 95]).min).toBe(90);
  });
});

describe('bandsOfYear', () => {
  it('gives 2025 its opinion levels without any zone, and says their cut points are inferred', () => {
    expect(bandsOfYear(2025).map((b) => [b.quality, b.min, b.max, b.zone, b.grade])).toEqual([
      ['tertinggi', 88, 100, undefined, undefined],
      ['tinggi', 78, 88, undefined, undefined],
      ['sedang', 54, 78, undefined, undefined],
      ['rendah', 32, 54, undefined, undefined],
      ['terendah', 0, 32, undefined, undefined],
    ]);
    const bands = yearBands([2024, 2025]);
    expect(bands.map((b) => b.inferred)).toEqual([false, true]);
    expect(inferredBandYears(bands)).toEqual([2025]);
    // A dataset's own grade scale never gives 2025 a zone.
    const scale = [
      { grade: 'Baik', min: 90, zone: 'hijau' as const },
      { grade: 'Kurang', min: 0, zone: 'merah' as const },
    ];
    expect(bandsOfYear(2025, scale).every((b) => b.zone === undefined)).toBe(true);
    expect(bandsOfYear(2024, scale).map((b) => b.grade)).toEqual(['Baik', 'Kurang']);
  });

  it('covers 0–100 with the letter bands from 2022', () => {
    expect(bandsOfYear(2024).map((b) => [b.grade, b.min, b.max])).toEqual([
      ['A', 88, 100],
      ['B', 78, 88],
      ['C', 54, 78],
      ['D', 32, 54],
      ['E', 0, 32],
    ]);
  });

  it('has zones only up to 2021, year by year', () => {
    const [y2021, y2022] = yearBands([2021, 2022]);
    expect(y2021?.bands.map((b) => [b.zone, b.min, b.max, b.grade])).toEqual([
      ['hijau', 81, 100, undefined],
      ['kuning', 51, 81, undefined],
      ['merah', 0, 51, undefined],
    ]);
    expect(y2022?.bands).toHaveLength(5);
  });
});

describe('unitTrendData', () => {
  const ds = multiEntityMultiYear();

  it('draws only units found in more than one year, in name order', () => {
    const data = unitTrendData(ds, BATANG);
    expect(data.series.map((s) => s.label)).toEqual(['Disdukcapil', 'Disdikbud', 'Puskesmas Batang III']);
    expect(data.series[1]?.unit).toBe('Dinas Pendidikan dan Kebudayaan');
    expect(data.rows.map((r) => r.year)).toEqual([2023, 2024]);
    expect(data.rows.map((r) => r.totals.u1)).toEqual([88.4, 89.07]);
    expect(data.breaks).toEqual([]);
    expect(data.lines).toEqual([
      { seriesKey: 'u0', segment: 0 },
      { seriesKey: 'u1', segment: 0 },
      { seriesKey: 'u2', segment: 0 },
    ]);
    expect(data.unitCount).toBe(6);
    // Illustrative dimension scores, but the totals drawn are published: official figures.
    expect(data.illustrative).toBe(false);
    expect(unitTrendScores(data.rows)).toHaveLength(6);
  });

  it('keeps to the selected unit type', () => {
    const puskesmas = unitTrendData(ds, BATANG, 'Puskesmas');
    expect(puskesmas.series.map((s) => s.label)).toEqual(['Puskesmas Batang III']);
    expect(puskesmas.unitCount).toBe(2);
    const dinsos = unitTrendData(ds, BATANG, 'Dinas Sosial');
    expect(dinsos.series).toEqual([]);
    expect(dinsos.unitCount).toBe(1);
  });

  it('knows an entity with reported figures only has no units at all', () => {
    expect(unitTrendData(ds, JATENG)).toMatchObject({ series: [], rows: [], unitCount: 0, illustrative: false });
    const single = unitTrendData(batang2024(), BATANG);
    expect(single.series).toEqual([]);
    expect(single.unitCount).toBe(6);
  });

  it('leaves a year a unit was not assessed unknown, and tables the change from first to last', () => {
    const gappy: Dataset = {
      ...empty,
      records: [
        unitRecord({ year: 2022, institution: 'K', unit: 'Alpha', total: 70 }),
        unitRecord({ year: 2024, institution: 'K', unit: 'Alpha', total: 75.25 }),
        unitRecord({ year: 2023, institution: 'K', unit: 'Beta', total: 80 }),
        unitRecord({ year: 2024, institution: 'K', unit: 'Beta', total: 79 }),
      ],
    };
    const data = unitTrendData(gappy, 'K');
    expect(data.rows.map((r) => [r.year, r.totals.u0, r.totals.u1])).toEqual([
      [2022, 70, null],
      [2023, null, 80],
      [2024, 75.25, 79],
    ]);
    expect(data.illustrative).toBe(false);
    expect(unitTrendTableRows(data)).toEqual([
      { unit: 'Alpha', label: 'Alpha', totals: [70, null, 75.25], change: 5.25 },
      { unit: 'Beta', label: 'Beta', totals: [null, 80, 79], change: -1 },
    ]);
  });

  it('breaks unit lines at the change of method and measures no change across it', () => {
    const data = unitTrendData(acrossTheBreak(), KOTA_CONTOH);
    expect(data.series.map((s) => s.label)).toEqual(['Dinas Sosial', 'RSUD']);
    expect(data.rows.map((r) => [r.year, r.segment, r.totals.u0])).toEqual([
      [2024, 0, 85],
      [2025, 1, 81],
    ]);
    expect(data.breaks).toEqual([2025]);
    expect(data.lines).toEqual([
      { seriesKey: 'u0', segment: 0 },
      { seriesKey: 'u0', segment: 1 },
      { seriesKey: 'u1', segment: 0 },
      { seriesKey: 'u1', segment: 1 },
    ]);
    expect(data.changes.map((c) => [c.year, c.from.id, c.to.id])).toEqual([[2025, 'kepatuhan', 'maladministrasi']]);
    expect(unitTrendTableRows(data).map((r) => [r.label, r.totals, r.change])).toEqual([
      ['Dinas Sosial', [85, 81], null],
      ['RSUD', [87.2, 84], null],
    ]);
  });
});

describe('illustrative and sources', () => {
  it('marks an entity line illustrative only where a computed mean rests on illustrative records', () => {
    const ds = multiEntityMultiYear();
    expect(entityTrendIllustrative(ds, BATANG, entityTrendPoints(ds, BATANG))).toBe(false);
    expect(entityTrendIllustrative(ds, PEMALANG, entityTrendPoints(ds, PEMALANG))).toBe(false);
    const illustrative: Dataset = {
      ...empty,
      records: [
        unitRecord({ year: 2023, institution: 'K', unit: 'u', total: 80, totalComputed: true, illustrative: true }),
        unitRecord({ year: 2024, institution: 'K', unit: 'u', total: 82 }),
      ],
    };
    expect(entityTrendIllustrative(illustrative, 'K', entityTrendPoints(illustrative, 'K'))).toBe(true);
    // The same unit with its total published: the mean rests on official totals.
    const published: Dataset = {
      ...illustrative,
      records: illustrative.records.map((r) => ({ ...r, totalComputed: false })),
    };
    expect(entityTrendIllustrative(published, 'K', entityTrendPoints(published, 'K'))).toBe(false);
    expect(unitTrendData(illustrative, 'K').illustrative).toBe(true);
    expect(unitTrendData(published, 'K').illustrative).toBe(false);
  });

  it('names each year’s source once, falling back to the dataset’s', () => {
    const ds = multiEntityMultiYear();
    expect(entityTrendSources(ds, BATANG, entityTrendPoints(ds, BATANG))).toEqual([
      { name: 'Contoh', url: 'https://example.org/rapor' },
      { name: 'Ombudsman RI', retrieved: '2024-12-10' },
    ]);
    expect(entityTrendSources(ds, JATENG, entityTrendPoints(ds, JATENG))).toEqual([
      { name: 'Contoh', url: 'https://example.org/rapor' },
    ]);
  });

  it('drops empty and repeated sources', () => {
    expect(
      distinctSources([undefined, {}, { name: 'A' }, { name: 'A' }, { name: 'A', retrieved: '2024-01-01' }]),
    ).toEqual([{ name: 'A' }, { name: 'A', retrieved: '2024-01-01' }]);
  });
});
