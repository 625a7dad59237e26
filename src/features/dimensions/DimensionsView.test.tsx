import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { CONTOH, DIY, contoh2025, diy2025 } from '../../domain/testing/fixtures-2025';
import type { Dataset } from '../../domain/model';
import { ChartRegistryProvider, useChartRegistry, type ChartRegistry } from '../../components/ui/chart-registry';
import type { Lang } from '../../lib/format';
import { renderWithExporter, renderWithI18n } from '../../testing/render';
import { DimensionsView } from './DimensionsView';

const batangSelection = { institution: BATANG, year: 2024 };

function heatmapRow(label: string): HTMLElement {
  const heatmap = screen.getByTestId('dimension-heatmap');
  const row = within(heatmap).getByRole('button', { name: label }).closest('tr');
  if (!row) throw new Error(`no heatmap row for ${label}`);
  return row;
}

/** Renders the view with a chart registry, the way "download all charts" reads every card's export. */
function renderWithRegistry(ui: ReactElement, lang: Lang = 'id'): { registry: () => ChartRegistry } {
  let registry: ChartRegistry | null = null;
  function Probe() {
    registry = useChartRegistry();
    return null;
  }
  renderWithI18n(
    <ChartRegistryProvider>
      <Probe />
      {ui}
    </ChartRegistryProvider>,
    lang,
  );
  return {
    registry: () => {
      if (!registry) throw new Error('no registry');
      return registry;
    },
  };
}

function view(dataset: Dataset, institution: string, year: number): ReactElement {
  return <DimensionsView dataset={dataset} selection={{ institution, year }} onOpenUnit={() => {}} />;
}

function headersOf(testId: string): (string | null)[] {
  return within(screen.getByTestId(testId))
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
}

function cellsOf(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('DimensionsView', () => {
  it('shows each unit’s dimension scores with weights in the headers and ▼ below the entity mean', () => {
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />);
    const heatmap = screen.getByTestId('dimension-heatmap');
    const headers = within(heatmap)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Unit',
      'Input · 21,85%',
      'Proses · 32,37%',
      'Output · 24,24%',
      'Pengaduan · 21,54%',
      'Nilai total',
    ]);

    const [input, proses, output, pengaduan, total] = cellsOf(heatmapRow('Disdikbud'));
    expect(input).toBe('▼ 78,50 (di bawah rata-rata instansi)');
    expect(proses).toBe('98,00');
    expect(output).toBe('97,50');
    expect(pengaduan).toMatch(/^▼ 76,89/);
    expect(total).toMatch(/^▼ 89,07/);
    expect(cellsOf(heatmapRow('DPMPTSP')).some((text) => text.includes('▼'))).toBe(false);
  });

  it('ends the heatmap with the entity’s dimension means and names the weakest dimension', () => {
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />);
    const meanRow = within(screen.getByTestId('dimension-heatmap')).getByRole('rowheader', {
      name: 'Rata-rata instansi',
    });
    const row = meanRow.closest('tr');
    if (!row) throw new Error('no mean row');
    expect(cellsOf(row)).toEqual(['90,75', '96,38', '96,27', '89,79', '93,70']);
    expect(screen.getByTestId('dimensions-summary')).toHaveTextContent(
      'Dimensi dengan rata-rata instansi terendah: Pengaduan (89,79).',
    );
  });

  it('opens a unit by its full name from the heatmap', async () => {
    const onOpenUnit = vi.fn();
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={onOpenUnit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Puskesmas Batang III' }));
    expect(onOpenUnit).toHaveBeenCalledWith('Puskesmas Batang III');
    await userEvent.click(screen.getByRole('button', { name: 'Disdikbud' }));
    expect(onOpenUnit).toHaveBeenLastCalledWith('Dinas Pendidikan dan Kebudayaan');
  });

  it('notes in every card that the dimension scores are illustrative', () => {
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />);
    for (const id of ['dimension-heatmap', 'chart-dimension-bars', 'chart-dimension-radar']) {
      expect(within(screen.getByTestId(id)).getByTestId('illustrative-note')).toHaveTextContent(
        'Nilai dimensi bersifat ilustratif',
      );
    }
  });

  it('offers the grouped bars as a table with the same values and marks', async () => {
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />);
    const card = screen.getByTestId('chart-dimension-bars');
    await userEvent.click(within(card).getByRole('button', { name: 'Tampilkan tabel' }));
    const rows = within(within(card).getByTestId('dimension-bars-table')).getAllByRole('row');
    // Header, six units highest total first, the means.
    expect(rows).toHaveLength(8);
    expect(rows[1]).toHaveTextContent(/^Dinas Penanaman Modal.*98,00.*97,50.*97,00.*97,79$/);
    expect(rows[6]).toHaveTextContent('Dinas Pendidikan dan Kebudayaan▼ 78,50');
    expect(rows[7]).toHaveTextContent('Rata-rata instansi90,7596,3896,2789,79');
  });

  it('opens the radar on the weakest unit and follows the picker', async () => {
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />);
    const card = screen.getByTestId('chart-dimension-radar');
    const picker = within(card).getByRole('combobox', { name: 'Unit' });
    expect(picker).toHaveValue('Dinas Pendidikan dan Kebudayaan');
    expect(within(picker).getByRole('option', { name: 'Disdikbud (terendah)' })).toBeInTheDocument();
    expect(card).toHaveTextContent(
      'Dinas Pendidikan dan Kebudayaan dibandingkan dengan rata-rata Kabupaten Batang, 2024',
    );

    await userEvent.click(within(card).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(card).getByTestId('dimension-radar-table');
    let rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^Input21,85%▼ 78,50.*90,75−12,25$/);
    expect(rows[2]).toHaveTextContent(/^Proses32,37%98,0096,38\+1,62$/);

    await userEvent.selectOptions(picker, 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    rows = within(within(card).getByTestId('dimension-radar-table')).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('DPMPTSP');
    expect(rows[1]).toHaveTextContent(/^Input21,85%98,0090,75\+7,25$/);
  });

  it('says there are no dimension scores for totals-only data instead of drawing zeros', () => {
    renderWithI18n(
      <DimensionsView
        dataset={multiEntityMultiYear()}
        selection={{ institution: PEMALANG, year: 2023 }}
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('dimensions-none')).toHaveTextContent(
      'Tidak ada nilai per dimensi untuk Kabupaten Pemalang tahun 2023. Nilai total ada di tampilan Ringkasan.',
    );
    expect(screen.queryByTestId('dimension-heatmap')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chart-dimension-bars')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chart-dimension-radar')).not.toBeInTheDocument();
  });

  it('says the same for an entity with a reported score only', () => {
    renderWithI18n(
      <DimensionsView
        dataset={multiEntityMultiYear()}
        selection={{ institution: JATENG, year: 2021 }}
        onOpenUnit={() => {}}
      />,
      'en',
    );
    expect(screen.getByTestId('dimensions-none')).toHaveTextContent(
      'No dimension scores are available for Provinsi Jawa Tengah in 2021.',
    );
  });

  it('shows unknown scores as “—” and no illustrative note for official data', () => {
    renderWithI18n(
      <DimensionsView
        dataset={multiEntityMultiYear()}
        selection={{ institution: PEMALANG, year: 2024 }}
        onOpenUnit={() => {}}
      />,
    );
    expect(cellsOf(heatmapRow('Dinas Sosial'))).toEqual([
      '97,00',
      '—tidak ada nilai',
      '—tidak ada nilai',
      '—tidak ada nilai',
      '—tidak ada nilai',
    ]);
    expect(cellsOf(heatmapRow('Disdukcapil'))[4]).toBe('98,90');
    expect(screen.queryByTestId('illustrative-note')).not.toBeInTheDocument();
    // The only unit with dimension scores has no total, so the radar opens on it without "(lowest)".
    expect(screen.getByRole('combobox', { name: 'Unit' })).toHaveDisplayValue('Dinas Sosial');
  });

  it('narrows the rows to a unit type but keeps the entity’s means', () => {
    renderWithI18n(
      <DimensionsView
        dataset={batang2024()}
        selection={{ ...batangSelection, unitType: 'Puskesmas' }}
        onOpenUnit={() => {}}
      />,
    );
    const heatmap = screen.getByTestId('dimension-heatmap');
    expect(
      within(within(heatmap).getByRole('table'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Puskesmas Batang I', 'Puskesmas Batang III']);
    expect(cellsOf(heatmapRow('Puskesmas Batang III'))[0]).toMatch(/^▼ 84,00/);
    expect(screen.getByText(/dihitung dari semua unit instansi/)).toBeInTheDocument();
  });

  it('speaks English with English number formats', () => {
    renderWithI18n(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />, 'en');
    expect(screen.getByRole('columnheader', { name: 'Pengaduan · 21.54%' })).toBeInTheDocument();
    expect(cellsOf(heatmapRow('Disdikbud'))[0]).toBe('▼ 78.50 (below the entity mean)');
  });

  it('offers an export menu on every card, the heatmap included', async () => {
    renderWithExporter(<DimensionsView dataset={batang2024()} selection={batangSelection} onOpenUnit={() => {}} />);
    const cards: [string, string][] = [
      ['dimension-heatmap', 'Nilai per dimensi'],
      ['chart-dimension-bars', 'Dimensi per unit'],
      ['chart-dimension-radar', 'Profil dimensi satu unit'],
    ];
    for (const [id, title] of cards) {
      expect(
        within(screen.getByTestId(id)).getByRole('button', { name: `Ekspor grafik “${title}”` }),
      ).toBeInTheDocument();
    }
    const heatmap = within(screen.getByTestId('dimension-heatmap'));
    await userEvent.click(heatmap.getByRole('button', { name: 'Ekspor grafik “Nilai per dimensi”' }));
    expect(
      within(heatmap.getByRole('group', { name: 'Ekspor grafik “Nilai per dimensi”' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Gambar PNG', 'Gambar SVG', 'Salin gambar', 'Data CSV']);
  });

  it('names the 2024 assessment in every subtitle and export, weights as before', () => {
    const { registry } = renderWithRegistry(view(batang2024(), BATANG, 2024));
    expect(
      within(screen.getByTestId('dimension-heatmap')).getByText(
        'Kabupaten Batang, 2024 · Penilaian Kepatuhan · bobot dimensi di judul kolom',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('chart-dimension-bars')).toHaveTextContent(
      'Kabupaten Batang, 2024 · Penilaian Kepatuhan · skala 0–100',
    );
    expect(screen.getByTestId('chart-dimension-radar')).toHaveTextContent(
      'Dinas Pendidikan dan Kebudayaan dibandingkan dengan rata-rata Kabupaten Batang, 2024 · Penilaian Kepatuhan',
    );
    expect(screen.queryByTestId('dimension-weights-note')).not.toBeInTheDocument();
    expect(screen.queryByTestId('dimensions-not-comparable')).not.toBeInTheDocument();

    const charts = registry().list();
    expect(charts.map((c) => c.subtitle)).toEqual([
      'Kabupaten Batang, 2024 · Penilaian Kepatuhan · bobot dimensi di judul kolom',
      'Kabupaten Batang, 2024 · Penilaian Kepatuhan · skala 0–100',
      'Dinas Pendidikan dan Kebudayaan dibandingkan dengan rata-rata Kabupaten Batang, 2024 · Penilaian Kepatuhan',
    ]);
    expect(charts[0]?.spec.csv.columns.slice(2, 6)).toEqual([
      'Input · 21,85%',
      'Proses · 32,37%',
      'Output · 24,24%',
      'Pengaduan · 21,54%',
    ]);
    expect(charts[2]?.spec.csv.columns[1]).toBe('Bobot (%)');
    expect(charts[2]?.spec.csv.rows[0]?.slice(0, 3)).toEqual(['Input', 21.85, 78.5]);
  });

  describe('2025, the Penilaian Maladministrasi', () => {
    const assessment2025 = 'Penilaian Maladministrasi · Opini Ombudsman RI';

    it('shows no weight anywhere when the file names no dimensions, and says why under the heatmap', async () => {
      const { registry } = renderWithRegistry(view(contoh2025({ ownDimensions: false }), CONTOH, 2025));
      expect(headersOf('dimension-heatmap')).toEqual(['Unit', 'Input', 'Proses', 'Output', 'Pengaduan', 'Nilai total']);
      expect(
        within(screen.getByTestId('dimension-heatmap')).getByText(`Kabupaten Contoh, 2025 · ${assessment2025}`),
      ).toBeInTheDocument();
      expect(screen.getByTestId('dimension-weights-note')).toHaveTextContent(
        'Bobot dimensi 2025 menurut pemberitaan pers: Empat dimensi bersama berbobot 70% dan kepercayaan masyarakat 30% (ORI Lampung, Februari 2026); bobot tiap dimensi tidak diterbitkan.',
      );

      const radar = screen.getByTestId('chart-dimension-radar');
      await userEvent.click(within(radar).getByRole('button', { name: 'Tampilkan tabel' }));
      expect(headersOf('dimension-radar-table')).toEqual(['Dimensi', 'SDN 1 Contoh', 'Rata-rata instansi', 'Selisih']);

      // Nowhere the 2022–2024 weights, nor a "bobot" subtitle.
      expect(document.body.textContent).not.toMatch(/21,85|32,37|24,24|21,54|judul kolom/);
      const charts = registry().list();
      expect(charts.map((c) => c.subtitle)).toEqual([
        `Kabupaten Contoh, 2025 · ${assessment2025}`,
        `Kabupaten Contoh, 2025 · ${assessment2025} · skala 0–100`,
        `SDN 1 Contoh dibandingkan dengan rata-rata Kabupaten Contoh, 2025 · ${assessment2025}`,
      ]);
      expect(charts[0]?.spec.csv.columns.slice(2, 6)).toEqual(['Input', 'Proses', 'Output', 'Pengaduan']);
      expect(charts[2]?.spec.csv.columns).toEqual([
        'Dimensi',
        'SDN 1 Contoh',
        'Rata-rata instansi',
        'Selisih',
        'Status',
      ]);
    });

    it('says the 2025 dimension scores are not comparable with 2022–2024', () => {
      renderWithI18n(view(contoh2025({ ownDimensions: false }), CONTOH, 2025));
      expect(screen.getByTestId('dimensions-not-comparable')).toHaveTextContent(
        'Sejak 2025 dimensi penilaian mengukur hal lain, jadi nilai dimensinya tidak dapat dibandingkan dengan nilai dimensi 2022–2024.',
      );
      // The ▼ marks stay as they are: SDN 1 Contoh is below the entity mean on Input.
      expect(cellsOf(heatmapRow('SDN 1 Contoh'))[0]).toMatch(/^▼ 76,00/);
    });

    it('shows the file’s own weights for 2025, with no note about unpublished ones', () => {
      renderWithI18n(view(contoh2025({ ownDimensions: true }), CONTOH, 2025));
      expect(headersOf('dimension-heatmap')).toEqual([
        'Unit',
        'Input · 25,00%',
        'Proses · 30,00%',
        'Output · 25,00%',
        'Pengaduan · 20,00%',
        'Nilai total',
      ]);
      expect(
        within(screen.getByTestId('dimension-heatmap')).getByText(
          `Kabupaten Contoh, 2025 · ${assessment2025} · bobot dimensi di judul kolom`,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByTestId('dimension-weights-note')).not.toBeInTheDocument();
      expect(screen.getByTestId('dimensions-not-comparable')).toBeInTheDocument();
    });

    it('says the Ombudsman published no per-dimension 2025 scores, instead of the generic text', () => {
      renderWithI18n(view(diy2025(), DIY, 2025));
      expect(screen.getByTestId('dimensions-none')).toHaveTextContent(
        'Ombudsman RI tidak menerbitkan nilai per dimensi 2025 untuk Provinsi DI Yogyakarta. Hasil yang terbit ada di tampilan Ringkasan.',
      );
      expect(screen.getByTestId('dimensions-none')).not.toHaveTextContent('Tidak ada nilai per dimensi');
      expect(screen.queryByTestId('dimensions-not-comparable')).not.toBeInTheDocument();
      expect(screen.queryByTestId('dimension-heatmap')).not.toBeInTheDocument();
    });

    it('says it in English too, weights left out', () => {
      renderWithI18n(view(diy2025(), DIY, 2025), 'en');
      expect(screen.getByTestId('dimensions-none')).toHaveTextContent(
        'Ombudsman RI published no 2025 scores per dimension for Provinsi DI Yogyakarta.',
      );
    });

    it('words the notes in English', () => {
      renderWithI18n(view(contoh2025({ ownDimensions: false }), CONTOH, 2025), 'en');
      expect(headersOf('dimension-heatmap').slice(1, 5)).toEqual(['Input', 'Proses', 'Output', 'Pengaduan']);
      expect(screen.getByTestId('dimension-weights-note')).toHaveTextContent(
        'Dimension weights for 2025 as reported in the press: The four dimensions weigh 70% together and public trust 30%',
      );
      expect(screen.getByTestId('dimensions-not-comparable')).toHaveTextContent(
        'not comparable with the dimension scores of 2022–2024',
      );
      expect(
        within(screen.getByTestId('dimension-heatmap')).getByText(
          'Kabupaten Contoh, 2025 · Penilaian Maladministrasi · Opini Ombudsman RI (maladministration assessment, Ombudsman opinion)',
        ),
      ).toBeInTheDocument();
    });
  });
});
