import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
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
    const rows = within(screen.getByTestId('ranking-table')).getAllByRole('row').slice(1);
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
});
