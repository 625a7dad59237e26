import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset } from '../../domain/model';
import { DEFAULT_DIMENSIONS } from '../../domain/dimensions';
import { batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import type { Lang } from '../../lib/format';
import { ChartRegistryProvider, useChartRegistry, type ChartRegistry } from '../../components/ui/chart-registry';
import { renderWithI18n } from '../../testing/render';
import { OverviewView } from './OverviewView';

describe('OverviewView', () => {
  it('shows the reported score apart from the units’ mean, with grade and zone in words', () => {
    renderWithI18n(
      <OverviewView
        dataset={batang2024()}
        selection={{ institution: 'Kabupaten Batang', year: 2024 }}
        sourceLine=""
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('entity-score-value')).toHaveTextContent('93,74');
    expect(screen.getByTestId('reported-vs-mean')).toHaveTextContent('Nilai resmi 93,74; rata-rata unit 93,70');
    expect(screen.getByText('Kualitas Tertinggi')).toBeInTheDocument();
    expect(screen.getByText('Zona Hijau')).toBeInTheDocument();
  });

  it('shows a 2025 opinion as published, its score parts, no zone, and the coaching threshold of 78', () => {
    const ds: Dataset = {
      dimensions: [...DEFAULT_DIMENSIONS],
      defaultDimensions: true,
      institutions: [
        {
          year: 2025,
          name: 'Kota Depok',
          score: 90.34,
          opinion: { level: 'tertinggi', tanpaMaladministrasi: true },
          publicTrust: 85.1,
        },
      ],
      records: [
        {
          ...unitRecord({ year: 2025, institution: 'Kota Depok', unit: 'SMPN 20 Depok', total: 93.49 }),
          quality: 'sangat_baik',
          compliance: 'Tinggi',
        },
        {
          ...unitRecord({ year: 2025, institution: 'Kota Depok', unit: 'Dinas Sosial', total: 87.29 }),
          quality: 'baik',
          compliance: 'Tinggi',
        },
      ],
    };
    renderWithI18n(
      <OverviewView
        dataset={ds}
        selection={{ institution: 'Kota Depok', year: 2025 }}
        sourceLine=""
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('level-badge')).toHaveTextContent('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(screen.getByTestId('assessment-name')).toHaveTextContent('Penilaian Maladministrasi · Opini Ombudsman RI');
    expect(screen.getByTestId('score-parts')).toHaveTextContent('Kepercayaan masyarakat 85,10.');
    expect(screen.getByTestId('overview-summary')).toHaveTextContent(
      'Tidak ada dari 2 unit yang bernilai di bawah 78,00, batas pembinaan yang disarankan Ombudsman.',
    );
    expect(screen.getByTestId('entity-score')).not.toHaveTextContent(/zona/i);
  });

  it('names the units that need coaching, weakest first', () => {
    renderWithI18n(
      <OverviewView
        dataset={batang2024()}
        selection={{ institution: 'Kabupaten Batang', year: 2024 }}
        sourceLine=""
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('overview-summary')).toHaveTextContent(
      '2 dari 6 unit perlu pembinaan: Disdikbud dan Puskesmas Batang III.',
    );
    expect(screen.getByTestId('stat-best')).toHaveTextContent('DPMPTSP');
    expect(screen.getByTestId('stat-weakest')).toHaveTextContent('Disdikbud');
  });

  it('offers the ranking as a table with every unit and its flag in words', async () => {
    renderWithI18n(
      <OverviewView
        dataset={batang2024()}
        selection={{ institution: 'Kabupaten Batang', year: 2024 }}
        sourceLine=""
        onOpenUnit={() => {}}
      />,
      'en',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = within(await screen.findByTestId('ranking-table'))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent('97.55');
    expect(rows[5]).toHaveTextContent(/Disdikbud.*89\.07.*needs coaching/);
    expect(rows[2]).not.toHaveTextContent('needs coaching');
  });

  it('says so when an entity has only a reported score', () => {
    renderWithI18n(
      <OverviewView
        dataset={multiEntityMultiYear()}
        selection={{ institution: 'Provinsi Jawa Tengah', year: 2021 }}
        sourceLine=""
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('entity-score-value')).toHaveTextContent('73,49');
    expect(screen.getByText('Zona Kuning')).toBeInTheDocument();
    expect(screen.getByText(/hanya memiliki nilai resmi/)).toBeInTheDocument();
    expect(screen.queryByTestId('chart-ranking')).not.toBeInTheDocument();
  });

  describe('an entity with many units below its mean', () => {
    const MINISTRY = 'Kementerian Contoh';
    /**
     * `count` units scored 60, 61, 62, …; the unit names run against the scores (Unit 01 is the
     * strongest), so weakest-first order cannot come from sorting names.
     */
    function ministry(count: number): Dataset {
      return {
        title: 'Contoh',
        dimensions: [...DEFAULT_DIMENSIONS],
        institutions: [],
        records: Array.from({ length: count }, (_, i) =>
          unitRecord({
            year: 2024,
            institution: MINISTRY,
            unit: `Unit ${String(count - i).padStart(2, '0')}`,
            total: 60 + i,
          }),
        ),
      };
    }
    const summary = (count: number, lang: Lang) => {
      renderWithI18n(
        <OverviewView
          dataset={ministry(count)}
          selection={{ institution: MINISTRY, year: 2024 }}
          sourceLine=""
          onOpenUnit={() => {}}
        />,
        lang,
      );
      return screen.getByTestId('overview-summary').textContent;
    };

    // 40 units scored 60–99, mean 79.5: the 20 scored 60–79 (Unit 40 … Unit 21) are below it.
    it('names the five weakest and counts the rest (Indonesian), pointing to the full list', () => {
      expect(summary(40, 'id')).toBe(
        '20 dari 40 unit perlu pembinaan. Yang terlemah: Unit 40, Unit 39, Unit 38, Unit 37, Unit 36, dan 15 lainnya. ' +
          'Daftar lengkapnya ada di tabel peringkat dan tampilan Pembinaan.',
      );
    });

    it('names the five weakest and counts the rest (English)', () => {
      expect(summary(40, 'en')).toBe(
        '20 of 40 units need coaching. The weakest: Unit 40, Unit 39, Unit 38, Unit 37, Unit 36 and 15 more. ' +
          'The full list is in the ranking table and the Coaching view.',
      );
    });

    // 10 units scored 60–69, mean 64.5: five below it, all named; 12 units: six below, one counted.
    it('names every flagged unit while there are at most five', () => {
      expect(summary(10, 'en')).toBe('5 of 10 units need coaching: Unit 10, Unit 09, Unit 08, Unit 07 and Unit 06.');
    });

    it('counts the sixth rather than naming it', () => {
      expect(summary(12, 'id')).toBe(
        '6 dari 12 unit perlu pembinaan. Yang terlemah: Unit 12, Unit 11, Unit 10, Unit 09, Unit 08, dan 1 lainnya. ' +
          'Daftar lengkapnya ada di tabel peringkat dan tampilan Pembinaan.',
      );
    });
  });
});

describe('OverviewView ranking export', () => {
  /** Renders the view with a chart registry, the way "download all charts" reads every card's export. */
  function rankingExport(dataset: Dataset) {
    let registry: ChartRegistry | null = null;
    function Probe(): ReactElement | null {
      registry = useChartRegistry();
      return null;
    }
    renderWithI18n(
      <ChartRegistryProvider>
        <Probe />
        <OverviewView
          dataset={dataset}
          selection={{ institution: 'Kabupaten Batang', year: 2024 }}
          sourceLine=""
          onOpenUnit={() => {}}
        />
      </ChartRegistryProvider>,
    );
    const charts = (registry as ChartRegistry | null)?.list() ?? [];
    expect(charts).toHaveLength(1);
    return charts[0]!;
  }

  it('is illustrative when the totals were computed from illustrative dimension scores', () => {
    const computed = batang2024();
    const dataset: Dataset = {
      ...computed,
      // The entity's own score dropped: the ranking's mean line is the computed mean of these totals.
      institutions: [],
      records: computed.records.map((r) => ({ ...r, totalComputed: true })),
    };
    const chart = rankingExport(dataset);
    expect(chart.title).toBe('Peringkat unit menurut nilai total');
    expect(chart.spec.illustrative).toBe(true);
  });

  it('is not illustrative when the totals are published, whatever the dimension scores', () => {
    const published = batang2024();
    expect(published.records.some((r) => r.illustrative && !r.totalComputed)).toBe(true);
    expect(rankingExport(published).spec.illustrative).toBe(false);
  });
});
