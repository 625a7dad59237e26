import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inertExporter, renderWithExporter, renderWithI18n } from '../../testing/render';
import type { ChartExport, ChartExporter } from './chart-export';
import { ChartCard } from './ChartCard';

function card() {
  renderWithI18n(
    <ChartCard
      title="Peringkat unit"
      subtitle="Kabupaten Batang, 2024"
      description="Diagram batang nilai total 6 unit."
      table={<table data-testid="the-table" />}
      footer={<p>Sumber: Ombudsman RI</p>}
    >
      <svg>
        <g tabIndex={0} role="button" aria-label="Dinsos 95,07" />
      </svg>
    </ChartCard>,
  );
}

describe('ChartCard', () => {
  it('is a figure named by its title and described by its description', () => {
    card();
    const figure = screen.getByRole('figure', { name: 'Peringkat unit' });
    expect(figure).toHaveAccessibleDescription('Diagram batang nilai total 6 unit.');
    expect(within(figure).getByText('Sumber: Ombudsman RI').closest('figcaption')).not.toBeNull();
  });

  it('does not wrap the interactive chart in an image, which would hide its bars', () => {
    card();
    expect(screen.queryByRole('img')).toBeNull();
    const figure = screen.getByRole('figure', { name: 'Peringkat unit' });
    const bar = within(figure).getByRole('button', { name: 'Dinsos 95,07' });
    expect(bar.closest('[data-chart-area]')).not.toBeNull();
  });

  it('swaps the chart for the table and back', async () => {
    card();
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan tabel' }));
    expect(screen.getByTestId('the-table')).toBeInTheDocument();
    expect(document.querySelector('[data-chart-area]')).toBeNull();
  });

  describe('export menu', () => {
    const spec: ChartExport = {
      legend: [{ label: 'Di bawah rata-rata', color: 'var(--chart-bar-flagged)' }],
      csv: { columns: ['Unit'], rows: [['Dinsos']] },
      sourceLine: 'Sumber: Ombudsman RI',
      illustrative: false,
    };
    const exportable = (
      <ChartCard title="Peringkat unit" description="Diagram" table={<table />} exportSpec={spec}>
        <svg />
      </ChartCard>
    );
    const menuButton = { name: 'Ekspor grafik “Peringkat unit”' };

    it('is not offered where the app provides no exporter', () => {
      renderWithI18n(exportable);
      expect(screen.queryByRole('button', menuButton)).toBeNull();
    });

    it('hands the card’s chart and spec to the app’s exporter, in the current language', async () => {
      const download = vi.fn<ChartExporter['download']>(() => Promise.resolve());
      renderWithExporter(exportable, { ...inertExporter, download });
      await userEvent.click(screen.getByRole('button', menuButton));
      await userEvent.click(screen.getByRole('button', { name: 'Gambar SVG' }));
      expect(download).toHaveBeenCalledOnce();
      const [entry, format, words] = download.mock.calls[0]!;
      expect(format).toBe('svg');
      expect(entry).toMatchObject({ title: 'Peringkat unit', description: 'Diagram', spec });
      expect(words.lang).toBe('id');
    });

    it('says so when the export fails, and the chart stays', async () => {
      const download = () => Promise.reject(new Error('Kanvas tidak tersedia'));
      renderWithExporter(exportable, { ...inertExporter, download });
      await userEvent.click(screen.getByRole('button', menuButton));
      await userEvent.click(screen.getByRole('button', { name: 'Gambar PNG' }));
      expect(await screen.findByRole('status')).toHaveTextContent('Kanvas tidak tersedia');
      expect(document.querySelector('[data-chart-area]')).not.toBeNull();
    });
  });
});
