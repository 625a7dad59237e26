import { useCallback, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { foldForSearch, hasEveryWord, searchWords } from '../../lib/text-search';
import { COMBOBOX_LIMIT, Combobox, type ComboboxResults } from './Combobox';

const SIX_THOUSAND = Array.from({ length: 6000 }, (_, i) => `Kantor Pelayanan ${String(i + 1).padStart(4, '0')}`);

function searchNames(names: readonly string[], query: string): ComboboxResults<string> {
  const words = searchWords(query);
  const hits = names.filter((name) => hasEveryWord(foldForSearch(name), words));
  return {
    sections: [{ key: 'all', options: hits.slice(0, COMBOBOX_LIMIT) }],
    hidden: Math.max(0, hits.length - COMBOBOX_LIMIT),
  };
}

function Harness({
  names,
  onPick,
  isDisabled,
}: {
  names: readonly string[];
  onPick: (name: string) => void;
  isDisabled?: (name: string) => boolean;
}) {
  const [query, setQuery] = useState('');
  const search = useCallback((text: string) => searchNames(names, text), [names]);
  return (
    <>
      <label htmlFor="picker">Kantor</label>
      <Combobox
        id="picker"
        query={query}
        onQueryChange={setQuery}
        search={search}
        optionKey={(name) => name}
        renderOption={(name) => name}
        isDisabled={isDisabled}
        onPick={(name) => {
          onPick(name);
          setQuery('');
        }}
        messages={{
          listbox: 'Daftar kantor',
          more: (hidden) => `dan ${hidden} lainnya — terus ketik`,
          noMatch: (text) => `Tidak ada “${text}”`,
        }}
        inputClassName=""
      />
    </>
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'Kantor' });
const listbox = () => screen.getByRole('listbox', { name: 'Daftar kantor', hidden: true });
const activeOption = () => {
  const id = combobox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('Combobox', () => {
  it('is a WAI-ARIA combobox controlling a listbox, closed at first', () => {
    render(<Harness names={SIX_THOUSAND} onPick={vi.fn()} />);
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveAttribute('aria-controls', listbox().id);
    expect(combobox()).toHaveAttribute('aria-autocomplete', 'list');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    expect(within(listbox()).queryAllByRole('option', { hidden: true })).toHaveLength(0);
  });

  it('opens on ArrowDown at the first option, renders at most the cap of 6,000 and says how many more', async () => {
    render(<Harness names={SIX_THOUSAND} onPick={vi.fn()} />);
    await userEvent.click(combobox());
    await userEvent.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    const options = within(listbox()).getAllByRole('option');
    expect(options).toHaveLength(COMBOBOX_LIMIT);
    expect(activeOption()).toBe(options[0]);
    expect(options[0]).toHaveTextContent('Kantor Pelayanan 0001');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(options[1]).toHaveAttribute('aria-selected', 'false');
    expect(screen.getAllByText(`dan ${6000 - COMBOBOX_LIMIT} lainnya — terus ketik`).length).toBeGreaterThan(0);
  });

  it('moves the active option with the arrows, wrapping, and clears it with Home/End', async () => {
    render(<Harness names={SIX_THOUSAND.slice(0, 3)} onPick={vi.fn()} />);
    combobox().focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Kantor Pelayanan 0002');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Kantor Pelayanan 0001');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Kantor Pelayanan 0003');
    await userEvent.keyboard('{Home}');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Kantor Pelayanan 0003');
    await userEvent.keyboard('{End}');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
  });

  it('opens on ArrowUp at the last option, and on Alt+ArrowDown with none active', async () => {
    render(<Harness names={SIX_THOUSAND.slice(0, 3)} onPick={vi.fn()} />);
    combobox().focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Kantor Pelayanan 0003');
    await userEvent.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
  });

  it('filters as you type, forgiving case, diacritics and word order', async () => {
    render(<Harness names={[...SIX_THOUSAND, 'Kantor Pelayanan Łódź Café']} onPick={vi.fn()} />);
    await userEvent.type(combobox(), '0417 PELAYANAN');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    expect(
      within(listbox())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kantor Pelayanan 0417']);
    await userEvent.clear(combobox());
    await userEvent.type(combobox(), 'cafe lodz');
    expect(
      within(listbox())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kantor Pelayanan Łódź Café']);
    await userEvent.type(combobox(), 'x');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Tidak ada “cafe lodzx”');
  });

  it('picks the active option with Enter and closes; Escape closes, then clears the text', async () => {
    const onPick = vi.fn();
    render(<Harness names={SIX_THOUSAND} onPick={onPick} />);
    await userEvent.type(combobox(), 'pelayanan 002');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledExactlyOnceWith('Kantor Pelayanan 0020'); // after 0002;
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('');
    expect(combobox()).toHaveFocus();

    await userEvent.type(combobox(), '0005');
    await userEvent.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('0005');
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
  });

  it('picks an option by click but never a disabled one', async () => {
    const onPick = vi.fn();
    render(<Harness names={SIX_THOUSAND.slice(0, 3)} onPick={onPick} isDisabled={(name) => name.endsWith('0001')} />);
    combobox().focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    expect(onPick).not.toHaveBeenCalled();
    await userEvent.click(within(listbox()).getByRole('option', { name: 'Kantor Pelayanan 0002' }));
    expect(onPick).toHaveBeenCalledExactlyOnceWith('Kantor Pelayanan 0002');
  });
});
