import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import type { DataSource } from '../../data/sources';
import type { Lang } from '../../lib/format';
import { I18nProvider } from '../../lib/i18n/I18nProvider';
import { renderWithI18n } from '../../testing/render';
import type { LoadingProgress } from './LoadingNotice';
import { LOADING_NOTICE_DELAY_MS } from './LoadingNotice';
import { LoadStatusNotice, preloadLoadingNotice } from './LoadStatusNotice';

const api: DataSource = { kind: 'url', url: 'https://data.contoh.go.id/nasional.json' };
const file: DataSource = { kind: 'file', name: 'nasional.json' };

// The notice's code is fetched when a load starts; here it is fetched before the first render.
beforeAll(() => preloadLoadingNotice());
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The loading notice once its delay has passed. */
function showLoading(source: DataSource, progress: LoadingProgress | undefined, lang: Lang = 'id') {
  const view = renderWithI18n(
    <LoadStatusNotice status={{ state: 'loading', source, progress }} onDismiss={() => {}} />,
    lang,
  );
  act(() => {
    vi.advanceTimersByTime(LOADING_NOTICE_DELAY_MS);
  });
  return view;
}

/** What the live region says, line by line. */
function said(): string[] {
  return [...screen.getByRole('status').querySelectorAll('p')].map((p) => p.textContent ?? '');
}

function progressBar(): HTMLProgressElement {
  return screen.getByRole<HTMLProgressElement>('progressbar');
}

describe('LoadStatusNotice while loading', () => {
  it('shows nothing for a moment, so a quick load does not flash', () => {
    renderWithI18n(
      <LoadStatusNotice
        status={{ state: 'loading', source: api, progress: { stage: 'reading' } }}
        onDismiss={() => {}}
      />,
    );
    const live = screen.getByRole('status');
    expect(live).toBeEmptyDOMElement();
    expect(screen.queryByTestId('load-status')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => {
      vi.advanceTimersByTime(LOADING_NOTICE_DELAY_MS - 1);
    });
    expect(screen.queryByTestId('load-status')).toBeNull();

    act(() => {
      vi.advanceTimersByTime(1);
    });
    // The same live region, now with the words in it (a region born with its text is not always read).
    expect(screen.getByRole('status')).toBe(live);
    expect(said()).toEqual(['Memuat API https://data.contoh.go.id/nasional.json…', 'Mengunduh data…']);
    expect(screen.getByTestId('load-status')).toBeInTheDocument();
  });

  it('shows how much of a download has come, against its announced size (Indonesian)', () => {
    showLoading(api, { stage: 'reading', received: 12_400_000, total: 48_000_000 });
    expect(screen.getByTestId('load-status')).toHaveAttribute('data-stage', 'reading');
    expect(screen.getByTestId('load-bytes')).toHaveTextContent('12,4 MB dari 48 MB');
    const bar = progressBar();
    expect(bar).toHaveAccessibleName('Kemajuan memuat data');
    expect([bar.value, bar.max]).toEqual([12_400_000, 48_000_000]);
  });

  it('shows bytes received and a bar without an end when the size is unknown (English)', () => {
    showLoading(api, { stage: 'reading', received: 3_250_000 }, 'en');
    expect(said()).toEqual(['Loading API https://data.contoh.go.id/nasional.json…', 'Downloading the data…']);
    expect(screen.getByTestId('load-bytes')).toHaveTextContent('3.3 MB received');
    expect(progressBar()).toHaveAccessibleName('Data loading progress');
    expect(progressBar()).not.toHaveAttribute('value');
  });

  it('names the stage after the download: parsing, then checking', () => {
    const view = showLoading(api, { stage: 'parsing', received: 48_000_000, total: 48_000_000 });
    expect(screen.getByRole('status')).toHaveTextContent('Mengurai data…');
    // Parsing has no measure: the bar runs without an end, and no byte count is left standing.
    expect(progressBar()).not.toHaveAttribute('value');
    expect(screen.queryByTestId('load-bytes')).toBeNull();

    view.rerender(
      <I18nProvider lang="en" onLangChange={() => {}}>
        <LoadStatusNotice
          status={{ state: 'loading', source: api, progress: { stage: 'validating' } }}
          onDismiss={() => {}}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Checking the data…');
  });

  it("reads a file: says so and gives the file's size", () => {
    showLoading(file, { stage: 'reading', total: 28_460_000 });
    expect(said()).toEqual(['Memuat Berkas nasional.json…', 'Membaca berkas…']);
    expect(screen.getByTestId('load-bytes')).toHaveTextContent('28,5 MB');
    expect(progressBar()).not.toHaveAttribute('value');
  });

  it('leaves out byte counts too small to read in megabytes', () => {
    showLoading(api, { stage: 'reading', received: 1_200, total: 4_000 });
    expect(screen.queryByTestId('load-bytes')).toBeNull();
    expect([progressBar().value, progressBar().max]).toEqual([1_200, 4_000]);
  });

  it('changes the live region only when the stage changes, not with every byte', () => {
    const status = (progress: LoadingProgress) => (
      <I18nProvider lang="id" onLangChange={() => {}}>
        <LoadStatusNotice status={{ state: 'loading', source: api, progress }} onDismiss={() => {}} />
      </I18nProvider>
    );
    const view = showLoading(api, { stage: 'reading', received: 1_000_000, total: 8_000_000 });
    const live = screen.getByRole('status');
    const said = live.innerHTML;
    for (const received of [2_000_000, 5_500_000, 8_000_000]) {
      view.rerender(status({ stage: 'reading', received, total: 8_000_000 }));
      expect(live.innerHTML).toBe(said);
    }
    expect(screen.getByTestId('load-bytes')).toHaveTextContent('8 MB dari 8 MB');
    expect(live).not.toContainElement(screen.getByTestId('load-bytes'));
    expect(progressBar().value).toBe(8_000_000);

    view.rerender(status({ stage: 'validating' }));
    expect(live.innerHTML).not.toBe(said);
    expect(live).toHaveTextContent('Memeriksa data…');
  });

  it('says only "loading" before the first stage is known', () => {
    showLoading({ kind: 'bundled' }, undefined);
    expect(said()).toEqual(['Memuat Data bawaan (hasil terbitan Ombudsman RI, 2021–2025)…']);
    expect(screen.getByTestId('load-status')).not.toHaveAttribute('data-stage');
    expect(progressBar()).not.toHaveAttribute('value');
  });
});
