import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { use } from 'react';
import { renderWithI18n } from '../../testing/render';
import { LazyBoundary } from './LazyBoundary';

const never = new Promise<never>(() => {});

function Waiting(): null {
  use(never);
  return null;
}

function Failing(): null {
  throw new Error('Failed to fetch dynamically imported module');
}

describe('LazyBoundary', () => {
  it('says "loading" while the part is fetched', async () => {
    await act(async () => {
      renderWithI18n(
        <LazyBoundary>
          <Waiting />
        </LazyBoundary>,
      );
      await Promise.resolve();
    });
    expect(screen.getByText('Memuat…')).toBeInTheDocument();
  });

  it('shows the part once it is here', () => {
    renderWithI18n(
      <LazyBoundary>
        <p>isi</p>
      </LazyBoundary>,
    );
    expect(screen.getByText('isi')).toBeInTheDocument();
    expect(screen.queryByTestId('part-failed')).not.toBeInTheDocument();
  });

  it.each([
    ['id', 'Bagian ini tidak dapat dimuat', 'Muat ulang halaman'],
    ['en', 'This part could not be loaded', 'Reload the page'],
  ] as const)('puts a sentence and a reload button where a part failed to load (%s)', (lang, sentence, button) => {
    // React reports the caught error on the console; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWithI18n(
      <>
        <LazyBoundary>
          <Failing />
        </LazyBoundary>
        <p>sisa halaman</p>
      </>,
      lang,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(sentence);
    expect(screen.getByRole('button', { name: button })).toBeInTheDocument();
    expect(screen.getByText('sisa halaman')).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    quiet.mockRestore();
    warn.mockRestore();
  });
});
