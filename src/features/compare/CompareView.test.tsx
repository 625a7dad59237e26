import { useEffect, useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildComparison, shortcutFlaggedVsBest } from '../../domain/comparison';
import { compareKeysFromParam, compareKeysToParam, type CompareKey } from '../../domain/compare-keys';
import type { Dataset } from '../../domain/model';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { DIY, diy2025 } from '../../domain/testing/fixtures-2025';
import { createFormatters } from '../../lib/format';
import { laterMessagesEn } from '../../lib/i18n/messages-en-later';
import { laterMessagesId } from '../../lib/i18n/messages-id-later';
import { ChartRegistryProvider, useChartRegistry, type ChartRegistry } from '../../components/ui/chart-registry';
import { renderWithI18n, renderWithExporter } from '../../testing/render';
import { CompareView } from './CompareView';

const fmt = createFormatters('id');
const key = (unit: string, year = 2024, institution = BATANG): CompareKey => ({ institution, year, unit });
const param = (...keys: CompareKey[]) => compareKeysToParam(keys);

/** Keeps the parameter in state, as the URL does, and reports every change. */
function Harness({
  dataset,
  initial = null,
  onChange = () => {},
  selection = { institution: BATANG, year: 2024 },
}: {
  dataset: Dataset;
  initial?: string | null;
  onChange?: (p: string | null) => void;
  selection?: { institution: string; year: number };
}) {
  const [compareParam, setCompareParam] = useState<string | null>(initial);
  return (
    <CompareView
      dataset={dataset}
      selection={selection}
      compareParam={compareParam}
      onChangeCompare={(next) => {
        onChange(next);
        setCompareParam(next);
      }}
      onOpenUnit={() => {}}
    />
  );
}

function tableRow(label: RegExp): HTMLElement {
  const table = screen.getByTestId('compare-table');
  const row = within(table)
    .getAllByRole('row')
    .find((r) => label.test(within(r).queryByRole('rowheader')?.textContent ?? ''));
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('CompareView', () => {
  it('builds a comparison with the keyboard through the picker', async () => {
    const onChange = vi.fn();
    renderWithI18n(<Harness dataset={batang2024()} initial={param(key('Dinas Sosial'))} onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Tambah unit' });
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await userEvent.type(input, 'disdik');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Unit yang dapat dibandingkan' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(within(listbox).getByRole('group', { name: 'Kabupaten Batang · 2024' })).toBeInTheDocument();
    expect(within(listbox).getAllByRole('option')).toHaveLength(1);

    await userEvent.keyboard('{ArrowDown}');
    const option = within(listbox).getByRole('option', { name: /Disdikbud/ });
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');

    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(param(key('Dinas Sosial'), key('Dinas Pendidikan dan Kebudayaan')));
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(within(screen.getByTestId('compare-chips')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('compare-table')).toBeInTheDocument();

    // Escape closes the list; the unit already chosen is marked and cannot be added twice.
    await userEvent.type(input, 'dinas sosial');
    const chosen = within(listbox).getByRole('option', { name: /Dinsos/ });
    expect(chosen).toHaveAttribute('aria-disabled', 'true');
    expect(chosen).toHaveTextContent('sudah dipilih');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('dinas sosial');
  });

  it('opens the picker on ArrowDown before anything is typed, on its first unit', async () => {
    const onChange = vi.fn();
    renderWithI18n(<Harness dataset={batang2024()} onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Tambah unit' });
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Unit yang dapat dibandingkan' })).getAllByRole(
      'option',
    );
    expect(options.length).toBeGreaterThan(1);
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('says so when nothing matches', async () => {
    renderWithI18n(<Harness dataset={batang2024()} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Tambah unit' }), 'rahasia');
    expect(screen.getByText('Tidak ada unit yang cocok dengan “rahasia”.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Tambah unit' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('adds the flagged units and the best unit with one shortcut', async () => {
    const onChange = vi.fn();
    const ds = batang2024();
    renderWithI18n(<Harness dataset={ds} onChange={onChange} />);
    expect(
      screen.getByText('Kabupaten Batang 2024: Disdikbud dan Puskesmas Batang III vs DPMPTSP (terbaik)'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Unit yang perlu pembinaan vs unit terbaik' }));
    const expected = shortcutFlaggedVsBest(ds, { institution: BATANG, year: 2024 });
    expect(onChange).toHaveBeenCalledWith(compareKeysToParam(expected));
    const headers = within(screen.getByTestId('compare-table')).getAllByRole('columnheader').slice(1);
    expect(headers.map((h) => h.textContent)).toEqual([
      expect.stringMatching(/^1Disdikbudacuan/),
      expect.stringMatching(/^2Puskesmas Batang III/),
      expect.stringMatching(/^3DPMPTSP/),
    ]);
  });

  it('shows each item’s signed difference to the first item, in id-ID format', () => {
    const ds = batang2024();
    const keys = [key('Disdikbud'), key('DPMPTSP'), key('Puskesmas Batang III')];
    renderWithI18n(<Harness dataset={ds} initial={param(...keys)} />);
    const [, dpm, pkm] = buildComparison(ds, keys).items;
    if (!dpm || !pkm) throw new Error('fixture');

    expect(screen.getByTestId('compare-baseline-note')).toHaveTextContent(
      'Item 1 (Disdikbud — Kabupaten Batang 2024) adalah acuan',
    );
    const total = tableRow(/Nilai total/);
    expect(total).toHaveTextContent(fmt.score(dpm.total));
    expect(total).toHaveTextContent(`▲ ${fmt.signed(dpm.diffTotal)}`);
    expect(fmt.signed(dpm.diffTotal)).toBe('+8,48');
    expect(total).toHaveTextContent(`▲ ${fmt.signed(pkm.diffTotal)}`);

    const proses = tableRow(/^Proses/);
    // DPMPTSP is lower than Disdikbud on Proses: a real minus sign and a down arrow.
    expect(fmt.signed(dpm.diffDimensions.proses)).toBe('−0,50');
    expect(proses).toHaveTextContent(`▼ ${fmt.signed(dpm.diffDimensions.proses)}`);
    expect(proses).toHaveTextContent('lebih rendah dari acuan');
    const pengaduan = tableRow(/^Pengaduan/);
    expect(pengaduan).toHaveTextContent(`▲ ${fmt.signed(pkm.diffDimensions.pengaduan)}`);

    // The phone cards carry the same differences.
    const cards = within(screen.getByTestId('compare-cards')).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    expect(cards[1]).toHaveTextContent(fmt.signed(dpm.diffTotal));
    expect(cards[1]).toHaveTextContent(fmt.signed(dpm.diffDimensions.proses));
    expect(within(cards[0] as HTMLElement).queryAllByTestId('compare-diff')).toHaveLength(0);
    expect(within(cards[2] as HTMLElement).getAllByTestId('compare-diff')).toHaveLength(5);

    // Radar and bars with the items in the legend, full names, entity and year.
    expect(screen.getByTestId('chart-compare-radar')).toHaveTextContent(
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu — Kabupaten Batang 2024',
    );
    expect(screen.getByTestId('chart-compare-bars')).toBeInTheDocument();
    expect(screen.getAllByTestId('illustrative-note').length).toBeGreaterThan(0);
  });

  it('names an item of the link that is not in the data and shows the rest', async () => {
    const onChange = vi.fn();
    const link = param(key('Disdikbud'), key('Dinas Rahasia'), key('Dinsos', 2019), key('Dinsos'));
    renderWithI18n(<Harness dataset={batang2024()} initial={link} onChange={onChange} />);
    const notice = screen.getByTestId('compare-missing');
    expect(notice).toHaveTextContent('2 item dari tautan tidak ada di data yang dimuat');
    expect(notice).toHaveTextContent('Dinas Rahasia — Kabupaten Batang, 2024');
    expect(notice).toHaveTextContent('Dinsos — Kabupaten Batang, 2019');
    expect(within(screen.getByTestId('compare-table')).getAllByRole('columnheader')).toHaveLength(3);

    await userEvent.click(within(notice).getByRole('button', { name: 'Hapus dari tautan' }));
    expect(onChange).toHaveBeenLastCalledWith(param(key('Disdikbud'), key('Dinsos')));
    expect(screen.queryByTestId('compare-missing')).not.toBeInTheDocument();
  });

  it('removes items through their labelled chip buttons, down to an empty link', async () => {
    const onChange = vi.fn();
    renderWithI18n(
      <Harness
        dataset={batang2024()}
        initial={param(key('Disdikbud'), key('Dinsos'), key('DPMPTSP'))}
        onChange={onChange}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Hapus Dinsos (Kabupaten Batang 2024) dari perbandingan' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(param(key('Disdikbud'), key('DPMPTSP')));

    await userEvent.click(screen.getByRole('button', { name: 'Jadikan acuan: DPMPTSP (Kabupaten Batang 2024)' }));
    expect(onChange).toHaveBeenLastCalledWith(param(key('DPMPTSP'), key('Disdikbud')));

    await userEvent.click(
      screen.getByRole('button', { name: 'Hapus DPMPTSP (Kabupaten Batang 2024) dari perbandingan' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(param(key('Disdikbud')));
    expect(screen.getByTestId('compare-empty')).toHaveTextContent('Disdikbud — Kabupaten Batang 2024 sudah dipilih');

    await userEvent.click(
      screen.getByRole('button', { name: 'Hapus Disdikbud (Kabupaten Batang 2024) dari perbandingan' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByTestId('compare-empty')).toHaveTextContent('Belum ada yang dibandingkan');
  });

  it('compares the same unit this year and last year', async () => {
    const onChange = vi.fn();
    renderWithI18n(<Harness dataset={multiEntityMultiYear()} onChange={onChange} />);
    const button = screen.getByRole('button', { name: 'Tahun ini vs tahun lalu' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Unit \(Kabupaten Batang 2024\)/ }), 'DPMPTSP');
    expect(button).toBeDisabled();
    expect(screen.getByText('Tidak ada data DPMPTSP sebelum tahun 2024.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Unit/ }), 'Disdikbud');
    expect(button).toBeEnabled();
    await userEvent.click(button);
    const keys = compareKeysFromParam(onChange.mock.lastCall?.[0] as string);
    expect(keys).toEqual([key('Dinas Pendidikan dan Kebudayaan', 2023), key('Dinas Pendidikan dan Kebudayaan', 2024)]);
    // 88.40 → 89.07
    expect(tableRow(/Nilai total/)).toHaveTextContent(`▲ ${fmt.signed(89.07 - 88.4)}`);
  });

  it('compares on totals when an item lacks dimension scores, and says so', () => {
    const link = param(key('Disdukcapil', 2024, PEMALANG), key('Puskesmas Comal', 2024, PEMALANG));
    renderWithI18n(
      <Harness dataset={multiEntityMultiYear()} initial={link} selection={{ institution: PEMALANG, year: 2024 }} />,
    );
    // Neither item has a dimension score: the sentence says the data holds totals only.
    expect(screen.getByTestId('compare-totals-only')).toHaveTextContent(
      'Data ini hanya memuat nilai total untuk item-item ini, jadi perbandingan memakai nilai total.',
    );
    expect(screen.getByTestId('chart-compare-totals')).toBeInTheDocument();
    expect(screen.queryByTestId('chart-compare-radar')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chart-compare-bars')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('compare-table'))
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Nilai total', 'Opini']);
    expect(tableRow(/Nilai total/)).toHaveTextContent(`▼ ${fmt.signed(98.2 - 98.9)}`);
    expect(screen.queryByTestId('illustrative-note')).not.toBeInTheDocument();
  });

  it('names an item without a total instead of drawing it, and keeps a dimension score some item has', () => {
    const link = param(
      key('Disdukcapil', 2024, PEMALANG),
      key('Puskesmas Comal', 2024, PEMALANG),
      key('Dinas Sosial', 2024, PEMALANG),
    );
    renderWithI18n(
      <Harness dataset={multiEntityMultiYear()} initial={link} selection={{ institution: PEMALANG, year: 2024 }} />,
    );
    expect(screen.getByTestId('chart-compare-totals')).toHaveTextContent(
      'Tanpa nilai total (tidak digambar): 3. Dinas Sosial.',
    );
    // Total, four dimensions, grade.
    expect(within(screen.getByTestId('compare-table')).getAllByRole('rowheader')).toHaveLength(6);
    const total = tableRow(/Nilai total/);
    expect(within(total).getAllByTestId('compare-diff')).toHaveLength(1);
    expect(total).toHaveTextContent('—');
    // Only Dinas Sosial has an Input score; no baseline to measure it against.
    expect(tableRow(/^Input/)).toHaveTextContent('97,00');
    expect(within(tableRow(/^Input/)).queryAllByTestId('compare-diff')).toHaveLength(0);
  });

  it('shows at most six items, says how many more the link named, and stops the picker adding', async () => {
    const records = Array.from({ length: 8 }, (_, i) =>
      unitRecord({ year: 2024, institution: 'Kota K', unit: `Unit ${i + 1}`, total: 80 + i }),
    );
    const dataset: Dataset = { dimensions: [], institutions: [], records };
    const link = compareKeysToParam(records.map((r) => ({ institution: r.institution, year: r.year, unit: r.unit })));
    const onChange = vi.fn();
    renderWithI18n(
      <Harness
        dataset={dataset}
        initial={link}
        onChange={onChange}
        selection={{ institution: 'Kota K', year: 2024 }}
      />,
    );
    expect(screen.getByTestId('compare-truncated')).toHaveTextContent(
      '2 item lain dari tautan tidak ditampilkan: paling banyak 6 item.',
    );
    expect(within(screen.getByTestId('compare-chips')).getAllByRole('listitem')).toHaveLength(6);
    expect(
      screen.getByText('Sudah 6 item, batas perbandingan. Hapus salah satu untuk menambah yang lain.'),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Tambah unit' }), 'unit 8');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('explains how to add items when fewer than two are chosen', () => {
    renderWithI18n(<Harness dataset={batang2024()} />);
    const empty = screen.getByTestId('compare-empty');
    expect(empty).toHaveTextContent('Belum ada yang dibandingkan');
    expect(within(empty).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByTestId('compare-table')).not.toBeInTheDocument();
  });

  it('offers an export menu on the radar and bars, and on the totals chart', async () => {
    const { unmount } = renderWithExporter(
      <Harness dataset={batang2024()} initial={param(key('Disdikbud'), key('DPMPTSP'))} />,
    );
    const radar = within(screen.getByTestId('chart-compare-radar'));
    expect(radar.getByRole('button', { name: 'Ekspor grafik “Perbandingan profil dimensi”' })).toBeInTheDocument();
    const bars = within(screen.getByTestId('chart-compare-bars'));
    await userEvent.click(bars.getByRole('button', { name: 'Ekspor grafik “Perbandingan nilai per dimensi”' }));
    expect(
      within(bars.getByRole('group', { name: 'Ekspor grafik “Perbandingan nilai per dimensi”' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Gambar PNG', 'Gambar SVG', 'Salin gambar', 'Data CSV']);
    unmount();

    const link = param(key('Disdukcapil', 2024, PEMALANG), key('Puskesmas Comal', 2024, PEMALANG));
    renderWithExporter(
      <Harness dataset={multiEntityMultiYear()} initial={link} selection={{ institution: PEMALANG, year: 2024 }} />,
    );
    expect(
      within(screen.getByTestId('chart-compare-totals')).getByRole('button', {
        name: 'Ekspor grafik “Perbandingan nilai total”',
      }),
    ).toBeInTheDocument();
  });

  it.each([
    ['id', laterMessagesId],
    ['en', laterMessagesEn],
  ] as const)('gives each chart a title of its own, not one of the dimension view’s (%s)', (lang, t) => {
    renderWithI18n(<Harness dataset={batang2024()} initial={param(key('Disdikbud'), key('DPMPTSP'))} />, lang);
    const titles = ['chart-compare-radar', 'chart-compare-bars'].map(
      (testId) => within(screen.getByTestId(testId)).getByRole('heading', { level: 3 }).textContent,
    );
    const dimensionTitles = [t.dimensions.heatmapTitle, t.dimensions.barTitle, t.dimensions.radarTitle];
    expect(new Set([...titles, t.compare.totalsTitle, ...dimensionTitles]).size).toBe(6);
  });
});

describe('CompareView across a change of method', () => {
  // Batang 2024 (Penilaian Kepatuhan, grades with zones) beside Pemda DIY 2025 (Penilaian Maladministrasi).
  const acrossYears = (): Dataset => ({
    ...batang2024(),
    defaultDimensions: true,
    institutions: [...batang2024().institutions, ...diy2025().institutions],
    records: [...batang2024().records, ...diy2025().records],
  });
  const METHOD_SENTENCE =
    'Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi Penilaian Maladministrasi · Opini Ombudsman RI. Nilai sebelum dan sesudahnya tidak dapat dibandingkan secara langsung.';

  it('says above the charts and in their notes that the method changed in 2025', () => {
    renderWithI18n(<Harness dataset={acrossYears()} initial={param(key('Dinsos'), key('Dinas Sosial', 2025, DIY))} />);
    const notice = screen.getByTestId('compare-method-change');
    expect(notice).toHaveTextContent(METHOD_SENTENCE);
    const totals = screen.getByTestId('chart-compare-totals');
    // The notice comes before the chart.
    expect(notice.compareDocumentPosition(totals) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(totals).getByTestId('compare-method-note')).toHaveTextContent(METHOD_SENTENCE);
    expect(within(screen.getByTestId('compare-result')).getByTestId('compare-method-note')).toHaveTextContent(
      METHOD_SENTENCE,
    );
    expect(totals).toHaveTextContent('Penilaian Kepatuhan dan Penilaian Maladministrasi · Opini Ombudsman RI');
  });

  it('carries the sentence and each year’s level into the export', () => {
    const onRegistry = vi.fn<(registry: ChartRegistry | null) => void>();
    function Probe(): ReactElement | null {
      const registry = useChartRegistry();
      useEffect(() => onRegistry(registry));
      return null;
    }
    renderWithI18n(
      <ChartRegistryProvider>
        <Probe />
        <Harness dataset={acrossYears()} initial={param(key('Dinsos'), key('Dinas Sosial', 2025, DIY))} />
      </ChartRegistryProvider>,
    );
    const charts = onRegistry.mock.lastCall?.[0]?.list() ?? [];
    expect(charts).toHaveLength(1);
    const [totals] = charts;
    expect(totals?.subtitle).toBe(
      'Penilaian Kepatuhan dan Penilaian Maladministrasi · Opini Ombudsman RI · label: nomor item · nilai · skala 0–100',
    );
    expect(totals?.spec.sourceLine.split('\n')[0]).toBe(METHOD_SENTENCE);
    expect(totals?.spec.csv.columns).toEqual([
      'Item',
      'Unit',
      'Singkatan',
      'Instansi',
      'Tahun',
      'Opini / Kualitas',
      'Nilai total',
    ]);
    expect(totals?.spec.csv.rows.map((r) => [r[5], r[6]])).toEqual([
      ['Opini A · Zona Hijau', 95.07],
      ['Sangat Baik', 92.36],
    ]);
  });

  it('shows the 2024 grade with its zone and the 2025 quality word without one', () => {
    renderWithI18n(<Harness dataset={acrossYears()} initial={param(key('Dinsos'), key('Dinas Sosial', 2025, DIY))} />);
    const level = tableRow(/^Opini \/ Kualitas$/);
    const [grade, quality] = within(level).getAllByTestId('level-badge');
    expect(grade).toHaveTextContent('AKualitas TertinggiZona Hijau');
    expect(quality).toHaveTextContent(/^Sangat Baik$/);
    expect(tableRow(/Nilai total/)).toHaveTextContent(`▼ ${fmt.signed(92.36 - 95.07)}`);
    // The 2025 item has no dimension scores: the comparison is on totals.
    expect(screen.getByTestId('compare-totals-only')).toHaveTextContent(
      'Tidak semua item memiliki nilai per dimensi, jadi perbandingan memakai nilai total.',
    );
    // No dimension weight is shown: none holds for 2025.
    expect(within(screen.getByTestId('compare-table')).queryByText(/bobot/)).not.toBeInTheDocument();
  });

  it('marks a 2025 level Rapor derived from the score, and names no zone anywhere', () => {
    const ds = diy2025();
    for (const record of ds.records) delete record.quality;
    renderWithI18n(
      <Harness
        dataset={ds}
        initial={param(key('Dinas Sosial', 2025, DIY), key('SMAN 1 Yogyakarta', 2025, DIY))}
        selection={{ institution: DIY, year: 2025 }}
      />,
    );
    expect(screen.queryByTestId('compare-method-change')).not.toBeInTheDocument();
    const level = tableRow(/^Kualitas$/);
    expect(
      within(level)
        .getAllByTestId('level-badge')
        .map((b) => b.textContent),
    ).toEqual(['Sangat Baikdihitung dari nilai', 'Baikdihitung dari nilai']);
    expect(screen.queryByText(/Zona/)).not.toBeInTheDocument();
    expect(screen.getByTestId('chart-compare-totals')).toHaveTextContent(
      'Penilaian Maladministrasi · Opini Ombudsman RI · label: nomor item · nilai · skala 0–100',
    );
  });

  it('says nothing about a change within one method', () => {
    renderWithI18n(<Harness dataset={batang2024()} initial={param(key('Disdikbud'), key('DPMPTSP'))} />);
    expect(screen.queryByTestId('compare-method-change')).not.toBeInTheDocument();
    expect(screen.queryByTestId('compare-method-note')).not.toBeInTheDocument();
    expect(screen.getByTestId('chart-compare-radar')).toHaveTextContent('2 item · Penilaian Kepatuhan · skala 0–100');
    expect(tableRow(/^Input/)).toHaveTextContent('bobot 21,85%');
  });
});
