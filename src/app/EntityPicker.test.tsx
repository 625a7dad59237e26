import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
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

  it('fills a long suggestion list in steps, ending with every entity', async () => {
    const national = Array.from({ length: 1200 }, (_, i) => `Instansi ${String(i + 1).padStart(4, '0')}`);
    renderWithI18n(
      <EntityPicker id="e" entities={national} value={national[0] ?? ''} onChange={vi.fn()} className="" />,
    );
    const list = document.getElementById(screen.getByTestId('filter-entity').getAttribute('list') ?? '');
    const count = () => list?.querySelectorAll('option').length ?? 0;
    expect(count()).toBeGreaterThan(0);
    expect(count()).toBeLessThan(national.length);
    await waitFor(() => expect(count()).toBe(national.length));
    expect(list?.querySelector('option:last-child')).toHaveAttribute('value', 'Instansi 1200');
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
