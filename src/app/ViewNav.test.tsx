import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithI18n } from '../testing/render';
import { useUrlParams } from '../lib/url-state';
import { ViewNav, viewHref } from './ViewNav';

const SEARCH =
  '?view=overview&year=2023&entity=Kabupaten+Batang&type=Puskesmas&lang=en&data=https%3A%2F%2Fexample.org%2Fd.json' +
  '&compare=2024%7CKabupaten+Batang%7CDinsos&rule=n3&unit=Dinas+Sosial';

const paramsOf = (href: string | null) => Object.fromEntries(new URLSearchParams(href ?? ''));

function tab(name: string): HTMLElement {
  return screen.getByRole('link', { name });
}

/** The nav wired to the address as Shell wires it. */
function NavOnTheAddress() {
  const [params, setParams] = useUrlParams();
  const view = params.get('view');
  return (
    <ViewNav
      active={view === 'dimensions' ? 'dimensions' : 'overview'}
      params={params}
      onSelect={(next) => setParams({ view: next })}
    />
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('viewHref', () => {
  it('changes only the view and keeps every other parameter with its value', () => {
    const href = viewHref(new URLSearchParams(SEARCH), 'coaching');
    expect(paramsOf(href)).toEqual({
      view: 'coaching',
      year: '2023',
      entity: 'Kabupaten Batang',
      type: 'Puskesmas',
      lang: 'en',
      data: 'https://example.org/d.json',
      compare: '2024|Kabupaten Batang|Dinsos',
      rule: 'n3',
      unit: 'Dinas Sosial',
    });
  });

  it('is just the view on an empty address', () => {
    expect(viewHref(new URLSearchParams(''), 'trends')).toBe('?view=trends');
  });
});

describe('ViewNav', () => {
  it('links every tab to the current address with only its view changed', () => {
    renderWithI18n(<ViewNav active="overview" params={new URLSearchParams(SEARCH)} onSelect={vi.fn()} />);
    const expected = { ...paramsOf(SEARCH) };
    for (const [name, view] of [
      ['Ringkasan', 'overview'],
      ['Dimensi', 'dimensions'],
      ['Pembinaan', 'coaching'],
      ['Tren', 'trends'],
      ['Bandingkan', 'compare'],
      ['Laporan', 'report'],
    ] as const) {
      expect(paramsOf(tab(name).getAttribute('href'))).toEqual({ ...expected, view });
    }
    expect(tab('Ringkasan')).toHaveAttribute('aria-current', 'page');
    expect(tab('Dimensi')).not.toHaveAttribute('aria-current');
  });

  it('handles a plain click itself: no page load, the view is selected', () => {
    const onSelect = vi.fn();
    renderWithI18n(<ViewNav active="overview" params={new URLSearchParams(SEARCH)} onSelect={onSelect} />);
    // fireEvent returns false when the handler prevented the browser's own navigation.
    expect(fireEvent.click(tab('Dimensi'))).toBe(false);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('dimensions');
  });

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta (⌘)', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a %s click to the browser (new tab, window, download)', (_, init) => {
    const onSelect = vi.fn();
    renderWithI18n(<ViewNav active="overview" params={new URLSearchParams(SEARCH)} onSelect={onSelect} />);
    // Seen after the app's handler (React listens below window); then stopped, as jsdom cannot navigate.
    let preventedByApp: boolean | null = null;
    const record = (e: Event) => {
      preventedByApp = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', record);
    try {
      fireEvent.click(tab('Dimensi'), init);
    } finally {
      window.removeEventListener('click', record);
    }
    expect(preventedByApp).toBe(false);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('on the real address: a plain click changes only the view, and the tabs follow the new address', () => {
    window.history.replaceState(null, '', `/${SEARCH}`);
    renderWithI18n(<NavOnTheAddress />);
    fireEvent.click(tab('Dimensi'));
    expect(paramsOf(window.location.search)).toEqual({ ...paramsOf(SEARCH), view: 'dimensions' });
    expect(tab('Dimensi')).toHaveAttribute('aria-current', 'page');
    expect(paramsOf(tab('Tren').getAttribute('href'))).toEqual({ ...paramsOf(SEARCH), view: 'trends' });
  });
});
