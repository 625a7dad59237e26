import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BATANG, JATENG, batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
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
    expect(rows[0]).toHaveTextContent(/2023\s*91,50\s*Nilai resmi\s*90,17\s*A · Zona Hijau\s*—/);
    expect(rows[1]).toHaveTextContent(/2024\s*93,74\s*Nilai resmi\s*93,70\s*A · Zona Hijau\s*\+2,24/);
  });

  it('shows zones only up to 2021 and says so', async () => {
    renderTrends({ institution: JATENG, year: 2024 });
    const card = screen.getByTestId('chart-entity-trend');
    expect(card).toHaveTextContent('sumbu nilai 70–100');
    expect(card).toHaveTextContent('Sampai 2021 Ombudsman hanya menetapkan zona');
    await showTable('chart-entity-trend');
    const rows = within(screen.getByTestId('entity-trend-table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/2021\s*73,49\s*Nilai resmi\s*—\s*Zona Kuning/);
    expect(rows[1]).toHaveTextContent('+19,65');
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
    expect(card).toHaveTextContent('Nilai dimensi bersifat ilustratif');
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
    expect(rows[0]).toHaveTextContent(/1\s*Kabupaten Pemalang\s*96,75\*\s*Rata-rata unit\s*A · Zona Hijau/);
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
    expect(rows[1]).toHaveTextContent(/2024\s*93\.74\s*Reported score\s*93\.70\s*A · Green zone\s*\+2\.24/);
  });

  it('names the one peer in the singular in English', () => {
    const twoEntities = multiEntityMultiYear();
    twoEntities.institutions = twoEntities.institutions.filter((i) => i.name !== JATENG);
    renderTrends({ institution: BATANG, year: 2024 }, twoEntities, 'en');
    expect(screen.getByTestId('chart-peers')).toHaveTextContent(
      'Kabupaten Batang compared with 1 other entity in this data; 0–100 scale',
    );
  });
});
