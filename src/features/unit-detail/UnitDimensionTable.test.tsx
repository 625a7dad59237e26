import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Dataset } from '../../domain/model';
import { BATANG, batang2024 } from '../../domain/testing/fixtures';
import { CONTOH, contoh2025 } from '../../domain/testing/fixtures-2025';
import { unitDetail } from '../../domain/unit-detail';
import { renderWithI18n } from '../../testing/render';
import { UnitDimensionTable } from './UnitDimensionTable';

function renderTable(dataset: Dataset, institution: string, year: number, unit: string) {
  const detail = unitDetail(dataset, { institution, year, unit });
  if (!detail) throw new Error(`no ${unit} in ${institution} ${year}`);
  renderWithI18n(<UnitDimensionTable rows={detail.dimensions} dataset={dataset} year={year} />);
  const table = screen.getByTestId('unit-detail-dimensions');
  return {
    headers: within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
    rows: within(table).getAllByRole('row'),
  };
}

describe('UnitDimensionTable', () => {
  it('shows the 2022–2024 weights for Batang 2024, and no note', () => {
    const { headers, rows } = renderTable(batang2024(), BATANG, 2024, 'Dinas Pendidikan dan Kebudayaan');
    expect(headers).toEqual(['Dimensi', 'Bobot', 'Nilai unit', 'Rata-rata instansi', 'Selisih']);
    expect(rows[1]).toHaveTextContent(/^Input21,85%78,5090,75▼ −12,25$/);
    expect(screen.queryByTestId('unit-detail-dimensions-not-comparable')).not.toBeInTheDocument();
  });

  it('leaves the weights out for 2025 and says the dimensions are not those of 2022–2024', () => {
    const { headers, rows } = renderTable(contoh2025({ ownDimensions: false }), CONTOH, 2025, 'SDN 1 Contoh');
    expect(headers).toEqual(['Dimensi', 'Nilai unit', 'Rata-rata instansi', 'Selisih']);
    expect(rows[1]).toHaveTextContent(/^Input76,0082,67▼ −6,67$/);
    expect(screen.getByTestId('unit-detail-dimensions')).not.toHaveTextContent(/21,85|%/);
    expect(screen.getByTestId('unit-detail-dimensions-not-comparable')).toHaveTextContent(
      'Sejak 2025 dimensi penilaian mengukur hal lain, jadi nilai dimensinya tidak dapat dibandingkan dengan nilai dimensi 2022–2024.',
    );
  });

  it('shows the file’s own 2025 weights', () => {
    const { headers, rows } = renderTable(contoh2025({ ownDimensions: true }), CONTOH, 2025, 'SDN 1 Contoh');
    expect(headers[1]).toBe('Bobot');
    expect(rows[2]).toHaveTextContent(/^Proses30,00%81,00/);
    expect(screen.getByTestId('unit-detail-dimensions-not-comparable')).toBeInTheDocument();
  });
});
