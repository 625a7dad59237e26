import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { CONTOH, DIY, contoh2025, diy2025 } from '../../domain/testing/fixtures-2025';
import { DEFAULT_DIMENSIONS } from '../../domain/dimensions';
import type { Dataset } from '../../domain/model';
import { renderWithI18n } from '../../testing/render';
import { CoachingView } from './CoachingView';

const BATANG_2024 = { institution: BATANG, year: 2024 };

function renderBatang(lang: 'id' | 'en' = 'id') {
  const onOpenUnit = vi.fn();
  renderWithI18n(<CoachingView dataset={batang2024()} selection={BATANG_2024} onOpenUnit={onOpenUnit} />, lang);
  return { onOpenUnit };
}

const cardNames = () =>
  screen.queryAllByTestId('coaching-card').map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
const search = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  window.history.replaceState(null, '', '/?view=coaching');
});

describe('CoachingView, default rule (below the entity mean)', () => {
  it('flags exactly Disdikbud and Puskesmas Batang III against the mean of unit totals', () => {
    renderBatang();
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '2 dari 6 unit perlu pembinaan menurut aturan nilai di bawah rata-rata instansi (93,70): Disdikbud dan Puskesmas Batang III.',
    );
    expect(screen.getByTestId('coaching-mean')).toHaveTextContent(
      'Rata-rata instansi yang dipakai aturan: 93,70 — yaitu rata-rata nilai total 6 unit Kabupaten Batang 2024. Nilai resmi 93,74 tidak dipakai',
    );
    expect(screen.getByRole('radio', { name: 'Di bawah rata-rata instansi' })).toBeChecked();
    expect(cardNames()).toEqual(['▼Disdikbud', '▼Puskesmas Batang III']);
  });

  it('shows where Disdikbud stands and its focus on Pengaduan and Input, with weighted effects', () => {
    renderBatang();
    const [disdikbud] = screen.getAllByTestId('coaching-card');
    if (!disdikbud) throw new Error('no card');
    const card = within(disdikbud);
    expect(card.getByTestId('card-total')).toHaveTextContent('89,07');
    expect(card.getByText('Kualitas Tertinggi')).toBeInTheDocument();
    expect(card.getByTestId('card-vs-mean')).toHaveTextContent('4,63 poin di bawah');
    expect(card.getByTestId('card-vs-mean')).toHaveTextContent('rata-rata 93,70');
    expect(card.getByTestId('card-vs-best')).toHaveTextContent('8,48 poin di bawah');
    expect(card.getByTestId('card-vs-best')).toHaveTextContent('DPMPTSP, 97,55');
    expect(card.getByTestId('card-next-grade')).toHaveTextContent('sudah di opini tertinggi');

    const rows = within(card.getByTestId('focus-table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['21,54%', '76,89', '89,79', '12,90', '+2,78 poin'],
      ['21,85%', '78,50', '90,75', '12,25', '+2,68 poin'],
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Pengaduan', 'Input']);
    expect(card.getByTestId('card-lift')).toHaveTextContent(
      'Potensi kenaikan nilai total: +5,45 poin jika Pengaduan dan Input naik ke rata-rata instansi; nilai total menjadi sekitar 94,52.',
    );
    expect(card.getByText(/Nilai dimensi bersifat ilustratif/)).toBeInTheDocument();
  });

  it('gives Puskesmas Batang III the same two focus dimensions', () => {
    renderBatang();
    const second = screen.getAllByTestId('coaching-card')[1];
    if (!second) throw new Error('no second card');
    const card = within(second);
    expect(card.getByTestId('card-vs-mean')).toHaveTextContent('2,80 poin di bawah');
    expect(card.getByTestId('card-vs-best')).toHaveTextContent('6,65 poin di bawah');
    const rows = within(card.getByTestId('focus-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Pengaduan21,54%79,9989,799,80+2,11 poin',
      'Input21,85%84,0090,756,75+1,47 poin',
    ]);
    expect(card.getByTestId('card-lift')).toHaveTextContent('+3,59 poin');
  });

  it('opens a unit by its full name', async () => {
    const { onOpenUnit } = renderBatang();
    await userEvent.click(screen.getByRole('button', { name: 'Disdikbud' }));
    expect(onOpenUnit).toHaveBeenCalledWith('Dinas Pendidikan dan Kebudayaan');
  });

  it('offers the effect chart as a table, largest effects of each unit first', async () => {
    renderBatang();
    const chart = screen.getByTestId('chart-coaching-effect');
    expect(within(chart).getByText(/Nilai dimensi bersifat ilustratif/)).toBeInTheDocument();
    await userEvent.click(within(chart).getByRole('button', { name: 'Tampilkan tabel' }));
    const rows = within(screen.getByTestId('effect-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'DisdikbudPengaduan76,8989,7921,54%+2,78 poin',
      'DisdikbudInput78,5090,7521,85%+2,68 poin',
      'Puskesmas Batang IIIPengaduan79,9989,7921,54%+2,11 poin',
      'Puskesmas Batang IIIInput84,0090,7521,85%+1,47 poin',
    ]);
  });
});

describe('CoachingView, other rules', () => {
  it('below a target: flags units under the target and writes the rule into the URL', async () => {
    renderBatang();
    await userEvent.click(screen.getByRole('radio', { name: 'Di bawah target nilai' }));
    expect(search().get('rule')).toBe('target');
    expect(search().get('target')).toBe('90');
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '1 dari 6 unit perlu pembinaan menurut aturan nilai di bawah target 90,00: Disdikbud.',
    );

    const input = screen.getByRole('textbox', { name: 'Target nilai' });
    await userEvent.clear(input);
    await userEvent.type(input, '95,5');
    expect(search().get('target')).toBe('95.5');
    expect(cardNames()).toHaveLength(4);
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '4 dari 6 unit perlu pembinaan menurut aturan nilai di bawah target 95,50',
    );
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(/Disdukcapil/);
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(/Dinsos/);
  });

  it('the lowest N: takes as many units as asked, even one above the mean', async () => {
    renderBatang();
    await userEvent.click(screen.getByRole('radio', { name: 'Unit dengan nilai terendah' }));
    expect(search().get('rule')).toBe('lowest');
    expect(cardNames()).toEqual(['▼Disdikbud', '▼Puskesmas Batang III']);

    const input = screen.getByRole('textbox', { name: 'Jumlah unit' });
    await userEvent.clear(input);
    await userEvent.type(input, '3');
    expect(search().get('n')).toBe('3');
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '3 dari 6 unit perlu pembinaan menurut aturan 3 unit dengan nilai terendah: Disdikbud, Puskesmas Batang III, dan Disdukcapil.',
    );
    const disdukcapil = screen.getAllByTestId('coaching-card')[2];
    if (!disdukcapil) throw new Error('no third card');
    expect(within(disdukcapil).getByTestId('card-vs-mean')).toHaveTextContent('0,07 poin di atas');
  });

  it('reopens the rule a copied link carries', () => {
    window.history.replaceState(null, '', '/?view=coaching&rule=lowest&n=1');
    renderBatang();
    expect(screen.getByRole('radio', { name: 'Unit dengan nilai terendah' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Jumlah unit' })).toHaveValue('1');
    expect(cardNames()).toEqual(['▼Disdikbud']);
  });

  it('keeps the last valid rule while the typed target is not a number, and says why', async () => {
    window.history.replaceState(null, '', '/?view=coaching&rule=target&target=95.5');
    renderBatang();
    const input = screen.getByRole('textbox', { name: 'Target nilai' });
    expect(input).toHaveValue('95,5');
    await userEvent.clear(input);
    await userEvent.type(input, '9x');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Isi target berupa angka 0–100/)).toBeInTheDocument();
    expect(search().get('target')).toBe('9');
    expect(cardNames()).toEqual([]);
  });

  it('says so plainly when nothing is flagged', () => {
    window.history.replaceState(null, '', '/?view=coaching&rule=target&target=85');
    renderBatang();
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      'Tidak ada unit yang perlu pembinaan: semua 6 unit sudah mencapai target 85,00.',
    );
    expect(screen.queryByTestId('coaching-card')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chart-coaching-effect')).not.toBeInTheDocument();
  });
});

describe('CoachingView, thinner data', () => {
  it('flags by total and says that dimension scores are not available', () => {
    renderWithI18n(
      <CoachingView
        dataset={multiEntityMultiYear()}
        selection={{ institution: PEMALANG, year: 2023 }}
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '1 dari 2 unit perlu pembinaan menurut aturan nilai di bawah rata-rata instansi (96,75): Puskesmas Comal.',
    );
    expect(within(screen.getByTestId('coaching-card')).getByTestId('card-focus')).toHaveTextContent(
      'Nilai dimensi tidak tersedia pada data ini; unit ditandai menurut nilai total saja.',
    );
    expect(screen.queryByTestId('focus-table')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chart-coaching-effect')).not.toBeInTheDocument();
    expect(screen.queryByText(/ilustratif/)).not.toBeInTheDocument();
  });

  it('explains that an entity with only a reported score has no units to coach', () => {
    renderWithI18n(
      <CoachingView
        dataset={multiEntityMultiYear()}
        selection={{ institution: JATENG, year: 2021 }}
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByText(/hanya memiliki nilai resmi, tanpa rincian unit/)).toBeInTheDocument();
    expect(screen.getByTestId('coaching-mean')).toHaveTextContent('Rata-rata instansi tidak dapat dihitung');
  });

  it('narrows candidates by unit type but keeps the whole entity as the yardstick', () => {
    renderWithI18n(
      <CoachingView
        dataset={batang2024()}
        selection={{ ...BATANG_2024, unitType: 'Puskesmas' }}
        onOpenUnit={() => {}}
      />,
    );
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '1 dari 2 unit perlu pembinaan menurut aturan nilai di bawah rata-rata instansi (93,70): Puskesmas Batang III.',
    );
    expect(screen.getByText(/Hanya unit jenis Puskesmas yang ditandai/)).toBeInTheDocument();
  });

  it('speaks English with English number formats', () => {
    renderBatang('en');
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '2 of 6 units need coaching under the rule “below the entity mean (93.70)”: Disdikbud and Puskesmas Batang III.',
    );
    expect(screen.getAllByTestId('card-vs-mean')[0]).toHaveTextContent('4.63 points below');
  });

  describe('an entity with many flagged units', () => {
    const MINISTRY = 'Kementerian Contoh';
    // 40 units scored 60–99 (mean 79,5): the 20 scored below it need coaching under the default rule.
    const ministry = (): Dataset => ({
      title: 'Contoh',
      dimensions: [...DEFAULT_DIMENSIONS],
      institutions: [],
      records: Array.from({ length: 40 }, (_, i) =>
        unitRecord({
          year: 2024,
          institution: MINISTRY,
          unit: `Unit ${String(40 - i).padStart(2, '0')}`,
          total: 60 + i,
        }),
      ),
    });

    it.each([
      ['id', /^20 dari 40 unit perlu pembinaan .*: (Unit \d\d, ){5}dan 15 lainnya\.$/],
      ['en', /^20 of 40 units need coaching .*: (Unit \d\d, ){4}Unit \d\d and 15 more\.$/],
    ] as const)('names five of them and counts the rest (%s)', (lang, sentence) => {
      renderWithI18n(
        <CoachingView dataset={ministry()} selection={{ institution: MINISTRY, year: 2024 }} onOpenUnit={() => {}} />,
        lang,
      );
      expect(screen.getByTestId('coaching-summary').textContent).toMatch(sentence);
    });
  });
});

describe('CoachingView, the year’s method (2024 Penilaian Kepatuhan)', () => {
  it('names the assessment and where the default rule comes from, and keeps grades with zones', () => {
    renderBatang();
    expect(screen.getByTestId('coaching-assessment')).toHaveTextContent('Kabupaten Batang 2024 · Penilaian Kepatuhan');
    expect(screen.getByTestId('coaching-default-rule')).toHaveTextContent(
      'Aturan bawaan 2024: unit di bawah rata-rata instansi — aturan Rapor: Unit di bawah rata-rata instansinya, sebagaimana praktik pembinaan di daerah.',
    );
    expect(screen.queryByTestId('coaching-weights-note')).not.toBeInTheDocument();
    expect(screen.queryByTestId('coaching-no-dimensions')).not.toBeInTheDocument();
    const [disdikbud] = screen.getAllByTestId('coaching-card');
    if (!disdikbud) throw new Error('no card');
    const card = within(disdikbud);
    expect(card.getByTestId('level-badge')).toHaveTextContent('AKualitas TertinggiZona Hijau');
    expect(card.getByTestId('card-next-grade')).toHaveTextContent('Selisih ke opini berikutnya');
    expect(within(screen.getByTestId('chart-coaching-effect')).getByText(/Penilaian Kepatuhan/)).toBeInTheDocument();
  });

  it('speaks of the next grade, on official cut points, without a derived mark', () => {
    const ds = batang2024();
    const disdikbud = ds.records.find((r) => r.unitShort === 'Disdikbud');
    if (!disdikbud) throw new Error('fixture changed');
    disdikbud.total = 85.5;
    renderWithI18n(<CoachingView dataset={ds} selection={BATANG_2024} onOpenUnit={() => {}} />);
    const next = within(screen.getAllByTestId('coaching-card')[0] as HTMLElement).getByTestId('card-next-grade');
    expect(next).toHaveTextContent('2,50 poin lagi');
    expect(next).toHaveTextContent('menuju Opini A (mulai 88,00)');
    expect(next).not.toHaveTextContent('disimpulkan');
  });

  it('drops the rule from the link when the year’s default is chosen again', async () => {
    window.history.replaceState(null, '', '/?view=coaching&rule=lowest&n=1');
    renderBatang();
    await userEvent.click(screen.getByRole('radio', { name: 'Di bawah rata-rata instansi' }));
    expect(search().get('rule')).toBeNull();
    expect(search().get('view')).toBe('coaching');
    expect(cardNames()).toEqual(['▼Disdikbud', '▼Puskesmas Batang III']);
  });
});

describe('CoachingView from 2025 (Penilaian Maladministrasi): Provinsi DI Yogyakarta', () => {
  const DIY_2025 = { institution: DIY, year: 2025 };
  const renderDiy = (dataset = diy2025(), lang: 'id' | 'en' = 'id') =>
    renderWithI18n(<CoachingView dataset={dataset} selection={DIY_2025} onOpenUnit={() => {}} />, lang);

  it('starts from the Ombudsman’s rule, below 78, says where it comes from, and flags nobody', () => {
    renderDiy();
    expect(screen.getByTestId('coaching-assessment')).toHaveTextContent(
      'Provinsi DI Yogyakarta 2025 · Penilaian Maladministrasi · Opini Ombudsman RI',
    );
    expect(screen.getByRole('radio', { name: 'Di bawah target nilai' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Target nilai' })).toHaveValue('78');
    expect(search().get('rule')).toBeNull();
    expect(screen.getByTestId('coaching-default-rule')).toHaveTextContent(
      'Aturan bawaan 2025: unit di bawah 78 — menurut pemberitaan pers: Surat Ombudsman kepada kepala daerah (Februari 2026): lakukan pembinaan pada unit bernilai di bawah 78.',
    );
    // 92,36 … 81,53: every unit reaches 78.
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      'Tidak ada unit yang perlu pembinaan: semua 6 unit sudah mencapai target 78,00.',
    );
    expect(screen.queryByTestId('coaching-card')).not.toBeInTheDocument();
  });

  it('says that no weighted effect is computed for 2025 instead of reusing other weights, and that there are no dimension scores', () => {
    renderDiy();
    expect(screen.getByTestId('coaching-weights-note')).toHaveTextContent(
      'Pengaruh berbobot tiap dimensi tidak dihitung untuk 2025, dan bobot tahun lain tidak dipakai — menurut pemberitaan pers: Empat dimensi bersama berbobot 70% dan kepercayaan masyarakat 30% (ORI Lampung, Februari 2026); bobot tiap dimensi tidak diterbitkan.',
    );
    expect(screen.getByTestId('coaching-no-dimensions')).toHaveTextContent(
      'Data Provinsi DI Yogyakarta 2025 tidak memuat nilai dimensi; unit ditandai menurut nilai total saja.',
    );
    expect(screen.queryByText(/21,85/)).not.toBeInTheDocument();
  });

  it('flags three units below a target of 84 and four below 85, with quality words and no zone', async () => {
    window.history.replaceState(null, '', '/?view=coaching&rule=target&target=84');
    renderDiy();
    expect(screen.getByTestId('coaching-summary')).toHaveTextContent(
      '3 dari 6 unit perlu pembinaan menurut aturan nilai di bawah target 84,00: SMAN 1 Yogyakarta, Disdikpora, dan Dinas Kesehatan.',
    );
    const sman = within(screen.getAllByTestId('coaching-card')[0] as HTMLElement);
    expect(sman.getByTestId('card-total')).toHaveTextContent('81,53');
    // The published quality word, as published: no derived mark, no zone.
    expect(sman.getByTestId('level-badge')).toHaveTextContent(/^Baik$/);
    expect(sman.getByTestId('card-next-grade')).toHaveTextContent(
      'Selisih ke tingkat kualitas berikutnya6,47 poin lagimenuju Kualitas Tertinggi (mulai 88,00; batas disimpulkan, bukan angka resmi)',
    );
    expect(sman.getByTestId('card-focus')).toHaveTextContent('Nilai dimensi tidak tersedia pada data ini');
    expect(screen.queryByText(/Zona/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('chart-coaching-effect')).not.toBeInTheDocument();

    const input = screen.getByRole('textbox', { name: 'Target nilai' });
    await userEvent.clear(input);
    await userEvent.type(input, '85');
    expect(cardNames()).toEqual([
      '▼SMAN 1 Yogyakarta',
      '▼Disdikpora',
      '▼Dinas Kesehatan',
      '▼Balai Rehabilitasi Sosial Bina Karya dan Laras',
    ]);
  });

  it('lists a unit’s focus by gap, without weight or effect columns, when 2025 dimension scores are given', () => {
    const ds = diy2025();
    ds.records = [
      unitRecord({ year: 2025, institution: DIY, unit: 'Unit A', total: 74.8, dimensions: { input: 70, proses: 80 } }),
      unitRecord({ year: 2025, institution: DIY, unit: 'Unit B', total: 90, dimensions: { input: 90, proses: 84 } }),
    ];
    renderDiy(ds);
    expect(cardNames()).toEqual(['▼Unit A']);
    const card = within(screen.getByTestId('coaching-card'));
    // No published word: the level Rapor derives from 74,80, said to be derived.
    expect(card.getByTestId('level-badge')).toHaveTextContent('Cukupdihitung dari nilai');
    expect(card.getByTestId('card-next-grade')).toHaveTextContent(
      '3,20 poin lagimenuju Kualitas Tinggi (mulai 78,00; batas disimpulkan, bukan angka resmi)',
    );
    expect(
      card.getByText('Fokus pembinaan: dimensi di bawah rata-rata instansi, selisih terbesar lebih dulu'),
    ).toBeInTheDocument();
    const table = within(card.getByTestId('focus-table'));
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Dimensi',
      'Nilai unit',
      'Rata-rata instansi',
      'Di bawah rata-rata',
    ]);
    expect(
      table
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Input70,0080,0010,00', 'Proses80,0082,002,00']);
    expect(card.queryByTestId('card-lift')).not.toBeInTheDocument();
    expect(card.getByText('Tanpa bobot dimensi, pengaruhnya pada nilai total tidak dihitung.')).toBeInTheDocument();
    expect(screen.queryByTestId('chart-coaching-effect')).not.toBeInTheDocument();
    expect(screen.getByTestId('coaching-weights-note')).toBeInTheDocument();
    expect(screen.queryByTestId('coaching-no-dimensions')).not.toBeInTheDocument();
  });

  it('speaks English', () => {
    renderDiy(diy2025(), 'en');
    expect(screen.getByTestId('coaching-default-rule')).toHaveTextContent(
      'Default rule for 2025: units below 78 — as reported in the press:',
    );
    expect(screen.getByTestId('coaching-weights-note')).toHaveTextContent(
      "No weighted effect per dimension is computed for 2025, and no other year's weights are used",
    );
  });
});

describe('CoachingView from 2025 with dimension scores (Kabupaten Contoh, made up)', () => {
  const render2025 = (ownDimensions: boolean) => {
    window.history.replaceState(null, '', '/?view=coaching&rule=mean');
    renderWithI18n(
      <CoachingView
        dataset={contoh2025({ ownDimensions })}
        selection={{ institution: CONTOH, year: 2025 }}
        onOpenUnit={() => {}}
      />,
    );
  };

  it('offers the weighted effect when the file gives its own weights', () => {
    render2025(true);
    expect(cardNames()).toEqual(['▼SDN 1 Contoh', '▼RSUD Contoh']);
    expect(screen.queryByTestId('coaching-weights-note')).not.toBeInTheDocument();
    expect(screen.getByTestId('chart-coaching-effect')).toBeInTheDocument();
    const sdn = within(screen.getAllByTestId('coaching-card')[0] as HTMLElement);
    expect(within(sdn.getByTestId('focus-table')).getAllByRole('columnheader')).toHaveLength(6);
    expect(sdn.getByTestId('card-lift')).toBeInTheDocument();
  });

  it('lists gaps only, with no chart, when the file names no dimensions (the 2022–2024 weights do not hold)', () => {
    render2025(false);
    expect(cardNames()).toEqual(['▼SDN 1 Contoh', '▼RSUD Contoh']);
    expect(screen.getByTestId('coaching-weights-note')).toHaveTextContent('tidak dihitung untuk 2025');
    expect(screen.queryByTestId('chart-coaching-effect')).not.toBeInTheDocument();
    const sdn = within(screen.getAllByTestId('coaching-card')[0] as HTMLElement);
    expect(within(sdn.getByTestId('focus-table')).getAllByRole('columnheader')).toHaveLength(4);
    expect(sdn.queryByTestId('card-lift')).not.toBeInTheDocument();
    expect(screen.queryByText(/21,85/)).not.toBeInTheDocument();
  });
});
