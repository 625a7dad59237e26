import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BATANG, JATENG, batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { DIY } from '../../domain/testing/fixtures-2025';
import { KAB_CONTOH, KOTA_CONTOH, acrossTheBreak } from './trends-2025.fixture';
import { renderWithI18n } from '../../testing/render';
import { TrendsView } from './TrendsView';

function renderTrends(
  selection: { institution: string; year: number; unitType?: string },
  dataset = multiEntityMultiYear(),
  lang: 'id' | 'en' = 'id',
) {
  const onOpenUnit = vi.fn();
  renderWithI18n(<TrendsView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} />, lang);
  return { onOpenUnit };
}

async function showTable(testId: string, label = 'Tampilkan tabel') {
  const card = screen.getByTestId(testId);
  await userEvent.click(within(card).getByRole('button', { name: label }));
  return card;
}

describe('TrendsView', () => {
  it('says how far the entity moved and where it ranks', () => {
    renderTrends({ institution: BATANG, year: 2024 });
    expect(screen.getByTestId('trend-summary')).toHaveTextContent(
      'Kabupaten Batang naik 2,24 poin, dari 91,50 (2023) menjadi 93,74 (2024). Pada 2024, Kabupaten Batang berada di peringkat 3 dari 3 instansi dalam data ini.',
    );
  });

  it('draws the entity line on a stated axis and tables each year with its basis, mean and grade', async () => {
    renderTrends({ institution: BATANG, year: 2024 });
    const card = screen.getByTestId('chart-entity-trend');
    expect(card).toHaveTextContent('Kabupaten Batang, 2023–2024 · sumbu nilai 80–100, bukan dari 0');
    expect(card).toHaveTextContent('nilai resmi');
    expect(card).toHaveTextContent('Sumber: Contoh; Ombudsman RI, diambil 10 Desember 2024');
    await showTable('chart-entity-trend');
    const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/2023\s*91,50\s*Nilai resmi\s*90,17\s*Opini A · Zona Hijau\s*—/);
    expect(rows[1]).toHaveTextContent(/2024\s*93,74\s*Nilai resmi\s*93,70\s*Opini A · Zona Hijau\s*\+2,24/);
    // One method throughout: it is named, and there is no sentence about a change.
    expect(card).toHaveTextContent('· Penilaian Kepatuhan');
    expect(screen.queryByTestId('method-change')).not.toBeInTheDocument();
  });

  it('shows zones only up to 2021 and says so', async () => {
    renderTrends({ institution: JATENG, year: 2024 });
    const card = screen.getByTestId('chart-entity-trend');
    expect(card).toHaveTextContent('sumbu nilai 70–100');
    expect(card).toHaveTextContent('Sampai 2021 Ombudsman hanya menetapkan zona');
    await showTable('chart-entity-trend');
    const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/2021\s*73,49\s*Nilai resmi\s*—\s*Zona Kuning/);
    // Zones (up to 2021) and grades (from 2022) read the same Penilaian Kepatuhan scores: one line.
    expect(rows[1]).toHaveTextContent(/2022\s*93,14\s*Nilai resmi\s*—\s*Opini A · Zona Hijau\s*\+19,65/);
    expect(rows[2]).toHaveTextContent('+1,38');
    expect(screen.queryByTestId('method-change')).not.toBeInTheDocument();
    expect(screen.getByTestId('unit-trend-none')).toHaveTextContent(
      'Data ini tidak memuat nilai unit Provinsi Jawa Tengah, hanya nilai instansinya.',
    );
  });

  it('marks a year scored by the units’ mean as such', async () => {
    renderTrends({ institution: 'Kabupaten Pemalang', year: 2024 });
    expect(screen.getByTestId('chart-entity-trend')).toHaveTextContent('rata-rata nilai unit (tidak ada nilai resmi)');
    await showTable('chart-entity-trend');
    const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/2023\s*96,75\s*Rata-rata unit/);
    expect(rows[1]).toHaveTextContent(/2024\s*98,59\s*Nilai resmi/);
  });

  it('draws the units present in more than one year and opens one by name', async () => {
    const { onOpenUnit } = renderTrends({ institution: BATANG, year: 2024 });
    const card = screen.getByTestId('chart-unit-trend');
    expect(card).toHaveTextContent('Kabupaten Batang: 3 unit yang dinilai di lebih dari satu tahun');
    // The lines are published totals: official, however illustrative the units' dimension scores are.
    expect(card).not.toHaveTextContent('Nilai dimensi bersifat ilustratif');
    const legend = within(card).getByRole('list');
    expect(
      within(legend)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Disdukcapil', 'Disdikbud', 'Puskesmas Batang III']);
    await userEvent.click(within(legend).getByRole('button', { name: 'Disdikbud' }));
    expect(onOpenUnit).toHaveBeenCalledWith('Dinas Pendidikan dan Kebudayaan');

    await showTable('chart-unit-trend');
    const rows = within(screen.getByTestId('unit-trend-table')).getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent(/Disdikbud\s*88,40\s*89,07\s*\+0,67/);
    expect(rows[2]).toHaveTextContent(/Puskesmas Batang III\s*90,00\s*90,90\s*\+0,90/);
  });

  it('keeps the unit lines to the selected unit type', () => {
    renderTrends({ institution: BATANG, year: 2024, unitType: 'Dinas Sosial' });
    expect(screen.getByTestId('unit-trend-none')).toHaveTextContent(
      'Belum ada unit jenis Dinas Sosial di Kabupaten Batang yang tercatat di lebih dari satu tahun',
    );
  });

  it('ranks the year’s entities, the selected one marked in words and ▶, computed means starred', async () => {
    renderTrends({ institution: BATANG, year: 2023 });
    const card = screen.getByTestId('chart-peers');
    expect(card).toHaveTextContent('Peringkat instansi 2023');
    expect(card).toHaveTextContent('Kabupaten Batang dibandingkan dengan 2 instansi lain pada data ini; skala 0–100');
    expect(card).toHaveTextContent('▶ Kabupaten Batang (dipilih)');
    expect(card).toHaveTextContent('rata-rata nilai unit, tidak ada nilai resmi');
    await showTable('chart-peers');
    const rows = within(screen.getByTestId('peer-table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/1\s*Kabupaten Pemalang\s*96,75\*\s*Rata-rata unit\s*Opini A · Zona Hijau/);
    expect(rows[2]).toHaveTextContent(/3\s*▶\s*Kabupaten Batang \(dipilih\)\s*91,50\s*Nilai resmi/);
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
    expect(rows[0]).not.toHaveAttribute('aria-current');
  });

  it('says a trend needs two years and shows the single value', () => {
    renderTrends({ institution: BATANG, year: 2024 }, batang2024());
    const single = screen.getByTestId('entity-trend-single');
    expect(single).toHaveTextContent(
      'Tren memerlukan data minimal dua tahun. Kabupaten Batang hanya memiliki data tahun 2024',
    );
    expect(screen.getByTestId('entity-trend-single-value')).toHaveTextContent('93,74');
    expect(single).toHaveTextContent('Kualitas Tertinggi');
    expect(screen.getByTestId('unit-trend-none')).toHaveTextContent(
      'Belum ada unit Kabupaten Batang yang tercatat di lebih dari satu tahun pada data ini',
    );
    expect(screen.getByTestId('peer-none')).toHaveTextContent('hanya memuat Kabupaten Batang');
    expect(screen.queryByTestId('trend-summary')).not.toBeInTheDocument();
  });

  it('speaks English with English number formats', async () => {
    renderTrends({ institution: BATANG, year: 2024 }, multiEntityMultiYear(), 'en');
    expect(screen.getByTestId('trend-summary')).toHaveTextContent(
      'Kabupaten Batang rose 2.24 points, from 91.50 (2023) to 93.74 (2024).',
    );
    expect(screen.getByTestId('chart-peers')).toHaveTextContent(
      'Kabupaten Batang compared with 2 other entities in this data; 0–100 scale',
    );
    await showTable('chart-entity-trend', 'Show as table');
    const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent(/2024\s*93\.74\s*Reported score\s*93\.70\s*Grade A · Green zone\s*\+2\.24/);
  });

  it('names the one peer in the singular in English', () => {
    const twoEntities = multiEntityMultiYear();
    twoEntities.institutions = twoEntities.institutions.filter((i) => i.name !== JATENG);
    renderTrends({ institution: BATANG, year: 2024 }, twoEntities, 'en');
    expect(screen.getByTestId('chart-peers')).toHaveTextContent(
      'Kabupaten Batang compared with 1 other entity in this data; 0–100 scale',
    );
  });

  describe('across the change of method (2024 → 2025)', () => {
    const sentence =
      'Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi Penilaian Maladministrasi · Opini Ombudsman RI. Nilai sebelum dan sesudahnya tidak dapat dibandingkan secara langsung.';

    it('says the method changed, measures no change across it and marks the new method in the table', async () => {
      renderTrends({ institution: KOTA_CONTOH, year: 2025 }, acrossTheBreak());
      expect(screen.getByTestId('trend-summary')).toHaveTextContent(
        'Kota Contoh naik 1,90 poin, dari 84,20 (2023) menjadi 86,10 (2024). Pada 2025, Kota Contoh berada di peringkat 3 dari 5 instansi dalam data ini.',
      );
      const card = screen.getByTestId('chart-entity-trend');
      expect(within(card).getByTestId('method-change')).toHaveTextContent(sentence);
      expect(card).toHaveTextContent('Pita 2025: tingkat Opini Ombudsman RI tanpa zona');
      await showTable('chart-entity-trend');
      const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
      expect(rows[1]).toHaveTextContent(/2024\s*86,10\s*Nilai resmi\s*86,10\s*Opini B · Zona Hijau\s*\+1,90/);
      expect(rows[2]).toHaveTextContent(
        /2025\s*82,50\s*Nilai resmi\s*82,50\s*Kualitas Tinggi \(dihitung dari nilai\)\s*Metode baru/,
      );
      expect(rows[2]).not.toHaveTextContent(/Zona|Hijau/);
    });

    it('breaks the unit lines too, and says so', async () => {
      renderTrends({ institution: KOTA_CONTOH, year: 2025 }, acrossTheBreak());
      const card = screen.getByTestId('chart-unit-trend');
      expect(within(card).getByTestId('unit-method-change')).toHaveTextContent(sentence);
      await showTable('chart-unit-trend');
      const table = screen.getByTestId('unit-trend-table');
      expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('2025Metode baru');
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows[0]).toHaveTextContent(/Dinas Sosial\s*85,00\s*81,00\s*—/);
    });

    it('ranks 2025 by opinions without zones, with the national average and the entity not assessed last', async () => {
      renderTrends({ institution: DIY, year: 2025 }, acrossTheBreak());
      const card = screen.getByTestId('chart-peers');
      expect(card).toHaveTextContent('Peringkat instansi 2025');
      expect(card).toHaveTextContent('skala 0–100 · Penilaian Maladministrasi · Opini Ombudsman RI');
      expect(within(card).getByTestId('peer-national-average')).toHaveTextContent(
        'Rata-rata nasional 2025: 74,64 (dilaporkan)',
      );
      expect(within(card).getByTestId('peer-not-assessed')).toHaveTextContent(
        '1 instansi tidak dinilai pada 2025; tercantum di akhir tabel, tanpa peringkat.',
      );
      await showTable('chart-peers');
      const table = screen.getByTestId('peer-table');
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((r) => r.textContent)).toEqual([
        '1Kota Depok90,34Nilai resmiKualitas Tertinggi Tanpa Maladministrasi',
        '2▶Provinsi DI Yogyakarta (dipilih)86,00Nilai resmiKualitas Tinggi Tanpa Maladministrasi',
        '3Kota Contoh82,50Nilai resmiKualitas Tinggi (dihitung dari nilai)',
        '4Kabupaten Halmahera Utara69,63Nilai resmiKualitas Sedang',
        '5Provinsi Maluku Utara65,98Nilai resmiKualitas Sedang Tanpa Maladministrasi',
        '—Kabupaten ContohTidak dinilai',
      ]);
      expect(table).not.toHaveTextContent(/Zona|Hijau|Kuning|Merah/);
    });

    it('shows a year not assessed as such, in the summary and the table, not as a missing score', async () => {
      renderTrends({ institution: KAB_CONTOH, year: 2025 }, acrossTheBreak());
      expect(screen.getByTestId('trend-summary')).toHaveTextContent(
        'Kabupaten Contoh naik 1,40 poin, dari 76,10 (2023) menjadi 77,50 (2024). Kabupaten Contoh tidak dinilai pada 2025.',
      );
      await showTable('chart-entity-trend');
      const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
      expect(rows[2]).toHaveTextContent(/^2025\s*Tidak dinilai\s*Metode baru$/);
      expect(within(rows[2] as HTMLElement).getByTestId('entity-trend-not-assessed')).toBeInTheDocument();
    });

    it('says it in English too, with the methods glossed', () => {
      renderTrends({ institution: KOTA_CONTOH, year: 2025 }, acrossTheBreak(), 'en');
      expect(within(screen.getByTestId('chart-entity-trend')).getByTestId('method-change')).toHaveTextContent(
        'The assessment method changed in 2025: Penilaian Kepatuhan (compliance assessment, grades A–E) became Penilaian Maladministrasi · Opini Ombudsman RI (maladministration assessment, Ombudsman opinion). Scores before and after are not directly comparable.',
      );
      expect(screen.getByTestId('chart-peers')).toHaveTextContent('National average 2025: 74.64 (reported)');
    });
  });
});
