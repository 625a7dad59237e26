import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../../testing/render';
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
});
