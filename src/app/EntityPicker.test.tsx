import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../testing/render';
import { COMBOBOX_LIMIT } from '../components/ui/Combobox';
import { EntityPicker, SEARCHABLE_FROM } from './EntityPicker';

const many = Array.from(
  { length: SEARCHABLE_FROM + 5 },
  (_, i) => `Kabupaten Contoh ${String(i + 1).padStart(3, '0')}`,
);

describe('EntityPicker', () => {
  it('is a plain select for a short list', async () => {
    const onChange = vi.fn();
    renderWithI18n(
      <EntityPicker id="e" entities={['Kota A', 'Kota B']} value="Kota A" onChange={onChange} className="" />,
    );
    await userEvent.selectOptions(screen.getByTestId('filter-entity'), 'Kota B');
    expect(onChange).toHaveBeenCalledWith('Kota B');
  });

  it('becomes a searchable field for a long list: Enter takes the first name containing the text', async () => {
    const onChange = vi.fn();
    renderWithI18n(<EntityPicker id="e" entities={many} value={many[0] ?? ''} onChange={onChange} className="" />);
    const field = screen.getByTestId('filter-entity');
    expect(field.tagName).toBe('INPUT');
    await userEvent.clear(field);
    await userEvent.type(field, 'contoh 017{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('Kabupaten Contoh 017');
  });

  it('lists a national dataset as a combobox of at most 50 options, never a datalist', async () => {
    const onChange = vi.fn();
    const national = Array.from({ length: 6000 }, (_, i) => `Instansi ${String(i + 1).padStart(4, '0')}`);
    renderWithI18n(<EntityPicker id="e" entities={national} value="Instansi 0002" onChange={onChange} className="" />);
    const field = screen.getByRole('combobox');
    expect(field).toHaveAttribute('data-testid', 'filter-entity');
    expect(field).not.toHaveAttribute('list');
    expect(document.querySelector('datalist')).toBeNull();

    // ArrowDown on the field browses every entity, not just the chosen one.
    field.focus();
    await userEvent.keyboard('{ArrowDown}');
    const listbox = screen.getByRole('listbox', { name: 'Instansi yang cocok' });
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(COMBOBOX_LIMIT);
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id);
    // Shown under the list and said by the status line.
    expect(screen.getAllByText('dan 5.950 instansi lainnya — terus ketik untuk mempersempit')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('dan 5.950 instansi lainnya');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Instansi 0003');
    expect(field).toHaveValue('Instansi 0003');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters by every word in any order; Escape closes without choosing', async () => {
    const onChange = vi.fn();
    renderWithI18n(<EntityPicker id="e" entities={many} value={many[0] ?? ''} onChange={onChange} className="" />);
    const field = screen.getByTestId('filter-entity');
    await userEvent.clear(field);
    await userEvent.type(field, '012 CONTOH');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kabupaten Contoh 012']);
    await userEvent.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps the entity on Enter in the untouched field', async () => {
    const onChange = vi.fn();
    renderWithI18n(<EntityPicker id="e" entities={many} value={many[4] ?? ''} onChange={onChange} className="" />);
    const field = screen.getByTestId('filter-entity');
    field.focus();
    await userEvent.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(field).toHaveValue(many[4]);
  });

  it('puts the current entity back when the typed text names none', async () => {
    const onChange = vi.fn();
    renderWithI18n(<EntityPicker id="e" entities={many} value={many[2] ?? ''} onChange={onChange} className="" />);
    const field = screen.getByTestId('filter-entity');
    await userEvent.clear(field);
    await userEvent.type(field, 'tidak ada{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(field).toHaveValue(many[2]);
  });
});
