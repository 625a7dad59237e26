import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../testing/render';
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
