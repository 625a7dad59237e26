import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Problem } from '../../domain/model';
import { renderWithI18n } from '../../testing/render';
import { LoadStatusNotice } from './LoadStatusNotice';
import { preloadProblemList } from './ProblemList';

const problems: Problem[] = [
  { place: { kind: 'row', row: 4 }, field: 'Nilai', code: 'notNumber', params: { value: 'sembilan puluh' } },
  {
    place: { kind: 'record', index: 2 },
    field: 'dimensions.input',
    code: 'outOfRange',
    params: { value: 120.5, min: 0, max: 100 },
  },
];

describe('LoadStatusNotice', () => {
  // The app fetches the list's code when a load starts; here it is fetched once, up front.
  beforeAll(() => Promise.all([preloadProblemList('id'), preloadProblemList('en')]));

  it('names the source, each problem with its place and field, and that the old data stays', async () => {
    renderWithI18n(
      <LoadStatusNotice
        status={{ state: 'failed', source: { kind: 'file', name: 'nilai.csv' }, problems }}
        onDismiss={() => {}}
      />,
    );
    await screen.findByTestId('problem-list');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Data dari Berkas nilai.csv tidak dimuat');
    expect(alert).toHaveTextContent('Baris 4, kolom “Nilai”: “sembilan puluh” bukan angka.');
    expect(alert).toHaveTextContent('Data ke-3, kolom “dimensions.input”: nilai 120,50 di luar rentang 0–100.');
    expect(alert).toHaveTextContent('Data sebelumnya tetap ditampilkan.');
  });

  it('speaks English when asked and can be dismissed', async () => {
    const onDismiss = vi.fn();
    renderWithI18n(
      <LoadStatusNotice
        status={{ state: 'failed', source: { kind: 'url', url: 'https://x.test/a' }, problems }}
        onDismiss={onDismiss}
      />,
      'en',
    );
    await screen.findByTestId('problem-list');
    expect(screen.getByRole('alert')).toHaveTextContent('Row 4, field “Nilai”: “sembilan puluh” is not a number.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('cuts a long list of problems short with a count', async () => {
    const many: Problem[] = Array.from({ length: 30 }, (_, i) => ({
      place: { kind: 'row', row: i + 2 },
      code: 'required',
      field: 'Tahun',
    }));
    renderWithI18n(
      <LoadStatusNotice
        status={{ state: 'failed', source: { kind: 'bundled' }, problems: many }}
        onDismiss={() => {}}
      />,
    );
    await screen.findByTestId('problem-list');
    expect(screen.getAllByRole('listitem')).toHaveLength(13);
    expect(screen.getByText('dan 18 masalah lain')).toBeInTheDocument();
  });

  it('says a load succeeded, and lists the notes on the data just loaded', async () => {
    const plain = renderWithI18n(
      <LoadStatusNotice
        status={{ state: 'loaded', source: { kind: 'file', name: 'kota.csv' }, warnings: [] }}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByTestId('load-status')).toHaveTextContent('Data dari Berkas kota.csv berhasil dimuat.');
    expect(screen.queryByTestId('warning-list')).not.toBeInTheDocument();
    plain.unmount();

    renderWithI18n(
      <LoadStatusNotice
        status={{
          state: 'loaded',
          source: { kind: 'file', name: 'kota.csv' },
          warnings: [
            {
              place: { kind: 'row', row: 5 },
              field: 'Unit',
              code: 'duplicateUnit',
              params: { unit: 'Dinas A', institution: 'Kota Contoh', year: 2024, first: 0 },
            },
          ],
        }}
        onDismiss={() => {}}
      />,
    );
    const notice = screen.getByTestId('load-status');
    expect(notice).toHaveTextContent('Data dari Berkas kota.csv berhasil dimuat.');
    expect(notice).toHaveTextContent('Catatan data (1)');
    expect(await screen.findByTestId('warning-list')).toHaveTextContent(
      'Baris 5, kolom “Unit”: Dinas A (Kota Contoh, 2024) tercantum lebih dari sekali; hanya yang pertama yang dipakai.',
    );
  });

  it.each([
    ['id', 'dan 7 catatan lain — semuanya ada di panel Data'],
    ['en', 'and 7 more notes — all of them are in the Data panel'],
  ] as const)('lists the first three of many notes and points to the Data panel (%s)', (lang, rest) => {
    const warnings = Array.from({ length: 10 }, (_, i) => ({
      place: { kind: 'row' as const, row: i + 2 },
      field: 'Unit',
      code: 'duplicateUnit' as const,
      params: { unit: `Dinas ${i}`, institution: 'Kota Contoh', year: 2024, first: 0 },
    }));
    renderWithI18n(
      <LoadStatusNotice
        status={{ state: 'loaded', source: { kind: 'file', name: 'kota.csv' }, warnings }}
        onDismiss={() => {}}
      />,
      lang,
    );
    const items = within(screen.getByTestId('warning-list')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Dinas 0');
    expect(items[3]).toHaveTextContent(rest);
  });

  it('says nothing about the bundled data having loaded', () => {
    const { container } = renderWithI18n(
      <LoadStatusNotice status={{ state: 'loaded', source: { kind: 'bundled' } }} onDismiss={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows nothing when idle', () => {
    const { container } = renderWithI18n(<LoadStatusNotice status={{ state: 'idle' }} onDismiss={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
