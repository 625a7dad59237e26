import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../testing/render';
import { entitiesToOffer, MissingEntityNotice, OFFERED_AT_ONCE } from './MissingEntityNotice';

const FEW_2025 = ['Kabupaten Bantul', 'Kota Depok', 'Kota Yogyakarta', 'Provinsi DI Yogyakarta'];
/** As many as the national data holds in a year. */
const NATIONAL = Array.from({ length: 590 }, (_, i) => `Kabupaten Contoh ${String(i + 1).padStart(3, '0')}`);

/** `latestYear` null: the entity has no year with a result. */
function renderNotice(entities: readonly string[], latestYear: number | null = 2024, lang: 'id' | 'en' = 'id') {
  const onChooseEntity = vi.fn();
  const onChooseYear = vi.fn();
  renderWithI18n(
    <MissingEntityNotice
      entity="Kabupaten Batang"
      year={2025}
      entities={entities}
      latestYear={latestYear ?? undefined}
      onChooseEntity={onChooseEntity}
      onChooseYear={onChooseYear}
    />,
    lang,
  );
  return { onChooseEntity, onChooseYear, notice: screen.getByTestId('missing-entity') };
}

const entityButtons = (notice: HTMLElement) =>
  within(within(notice).getByRole('list'))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('MissingEntityNotice', () => {
  it('says Batang has no published 2025 result and offers every entity of a short list', async () => {
    const { notice, onChooseEntity } = renderNotice(FEW_2025);
    expect(notice).toHaveTextContent('Kabupaten Batang tidak memiliki hasil terbitan untuk 2025.');
    expect(notice).toHaveTextContent('Instansi dengan hasil terbitan 2025:');
    expect(entityButtons(notice)).toEqual(FEW_2025);
    expect(within(notice).queryByRole('searchbox')).toBeNull();
    await userEvent.click(within(notice).getByRole('button', { name: 'Kota Depok' }));
    expect(onChooseEntity).toHaveBeenCalledWith('Kota Depok');
  });

  it('goes back to the entity’s latest year', async () => {
    const { notice, onChooseYear } = renderNotice(FEW_2025);
    await userEvent.click(within(notice).getByRole('button', { name: 'Lihat Kabupaten Batang 2024' }));
    expect(onChooseYear).toHaveBeenCalledWith(2024);
  });

  it('offers no way back when the entity has no year with a result', () => {
    const { notice } = renderNotice(FEW_2025, null);
    expect(within(notice).queryByRole('button', { name: /^Lihat / })).toBeNull();
  });

  it('offers a short, searchable part of a national list', async () => {
    const { notice, onChooseEntity } = renderNotice(NATIONAL);
    expect(entityButtons(notice)).toEqual(NATIONAL.slice(0, OFFERED_AT_ONCE));
    expect(notice).toHaveTextContent(`Menampilkan ${OFFERED_AT_ONCE} dari 590 instansi; ketik untuk mempersempit.`);

    const search = within(notice).getByRole('searchbox', { name: 'Cari instansi' });
    await userEvent.type(search, 'contoh 58');
    expect(entityButtons(notice)).toEqual(Array.from({ length: 10 }, (_, i) => `Kabupaten Contoh 58${String(i)}`));
    expect(notice).not.toHaveTextContent('Menampilkan');
    await userEvent.click(within(notice).getByRole('button', { name: 'Kabupaten Contoh 585' }));
    expect(onChooseEntity).toHaveBeenCalledWith('Kabupaten Contoh 585');

    await userEvent.clear(search);
    await userEvent.type(search, 'tidak ada');
    expect(notice).toHaveTextContent('Tidak ada instansi yang cocok.');
    expect(within(notice).queryByRole('list')).toBeNull();
  });

  it('says so when no entity has a result in the year', () => {
    const { notice } = renderNotice([]);
    expect(notice).toHaveTextContent('Tidak ada instansi dengan hasil terbitan 2025.');
  });

  it('speaks English', () => {
    const { notice } = renderNotice(FEW_2025, 2024, 'en');
    expect(notice).toHaveTextContent('Kabupaten Batang has no published result for 2025.');
    expect(within(notice).getByRole('button', { name: 'View Kabupaten Batang 2024' })).toBeInTheDocument();
  });
});

describe('entitiesToOffer', () => {
  it('matches the typed text anywhere in the name, ignoring case and surrounding spaces', () => {
    expect(entitiesToOffer(NATIONAL, '  ONTOH 1 ')).toEqual({
      offered: Array.from({ length: OFFERED_AT_ONCE }, (_, i) => `Kabupaten Contoh ${String(100 + i)}`),
      matching: 100,
      searchable: true,
    });
    expect(entitiesToOffer(NATIONAL, 'contoh 590').offered).toEqual(['Kabupaten Contoh 590']);
  });
  it('shows a list of up to 24 names whole (the bundled 2025 has 18), a longer one through a filter', () => {
    expect(entitiesToOffer(NATIONAL.slice(0, 24), '')).toMatchObject({ matching: 24, searchable: false });
    expect(entitiesToOffer(NATIONAL.slice(0, 24), '').offered).toHaveLength(24);
    expect(entitiesToOffer(NATIONAL.slice(0, 25), '')).toMatchObject({ matching: 25, searchable: true });
    expect(entitiesToOffer(NATIONAL.slice(0, 25), '').offered).toHaveLength(24);
  });
  it('offers a short list whole, whatever was typed', () => {
    expect(entitiesToOffer(FEW_2025, 'depok')).toEqual({ offered: FEW_2025, matching: 4, searchable: false });
  });
});
