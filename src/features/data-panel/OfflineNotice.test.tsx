import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { renderWithI18n } from '../../testing/render';
import { OfflineNotice } from './OfflineNotice';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const THREE_DAYS_AGO = '2025-03-07T09:30:00Z';

function goOffline(offline: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

describe('OfflineNotice', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('says nothing while online', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderWithI18n(<OfflineNotice loadedAt={THREE_DAYS_AGO} />);
    expect(screen.queryByTestId('offline-notice')).toBeNull();
  });

  it('states the age of the data when the connection goes, and goes away when it is back', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderWithI18n(<OfflineNotice loadedAt={THREE_DAYS_AGO} />);

    goOffline(true);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(/^Anda sedang luring; data dimuat .+ \(3 hari yang lalu\)\./);
    expect(notice).toHaveTextContent('7 Mar 2025');

    goOffline(false);
    expect(screen.queryByTestId('offline-notice')).toBeNull();
  });

  it('speaks English', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithI18n(<OfflineNotice loadedAt={THREE_DAYS_AGO} />, 'en');
    expect(screen.getByTestId('offline-notice')).toHaveTextContent(
      /^You are offline; the data was loaded .+ \(3 days ago\)\./,
    );
  });

  it('says nothing without a dataset', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithI18n(<OfflineNotice loadedAt={undefined} />);
    expect(screen.queryByTestId('offline-notice')).toBeNull();
  });
});
