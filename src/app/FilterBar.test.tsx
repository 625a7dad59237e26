import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Dataset } from '../domain/model';
import { validateDataset } from '../domain/validate';
import { BATANG, JATENG, multiEntityMultiYear } from '../domain/testing/fixtures';
import { renderWithI18n } from '../testing/render';
import { FilterBar } from './FilterBar';
import type { Selection } from './selection';

function bundled(): Dataset {
  const path = join(import.meta.dirname, '..', '..', 'public', 'data', 'rapor-default.json');
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error('bundled dataset is invalid');
  return result.dataset;
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('FilterBar', () => {
  it('lists every year of the bundled data, 2025 included', () => {
    const selection: Selection = { view: 'overview', year: 2024, institution: BATANG };
    renderWithI18n(<FilterBar dataset={bundled()} selection={selection} onChange={vi.fn()} />);
    expect(optionTexts(screen.getByTestId('filter-year'))).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('keeps showing Batang as the choice in 2025, where it has no result', () => {
    const selection: Selection = { view: 'overview', year: 2025, institution: BATANG, entityMissingInYear: true };
    renderWithI18n(<FilterBar dataset={bundled()} selection={selection} onChange={vi.fn()} />);
    expect(screen.getByTestId('filter-year')).toHaveValue('2025');
    expect(screen.getByTestId('filter-entity')).toHaveValue(BATANG);
  });

  it('shows a missing entity in a short list as the selected option, not the list’s first name', () => {
    const selection: Selection = { view: 'overview', year: 2021, institution: BATANG, entityMissingInYear: true };
    renderWithI18n(<FilterBar dataset={multiEntityMultiYear()} selection={selection} onChange={vi.fn()} />);
    const entity = screen.getByTestId('filter-entity');
    expect(optionTexts(entity)).toEqual([BATANG, JATENG]);
    expect(entity).toHaveValue(BATANG);
  });
});
