import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAllMessages } from '../lib/i18n/messages';
import { renderWithI18n } from '../testing/render';
import { UpdatePrompt } from './UpdatePrompt';

beforeAll(async () => {
  await Promise.all([loadAllMessages('id'), loadAllMessages('en')]);
});

describe('UpdatePrompt', () => {
  it('says a new version is waiting and applies it only when the person chooses to reload', async () => {
    const applyUpdate = vi.fn(() => new Promise<void>(() => {}));
    renderWithI18n(<UpdatePrompt applyUpdate={applyUpdate} />);
    expect(screen.getByTestId('update-prompt')).toHaveTextContent(
      'Versi baru Rapor sudah diunduh. Muat ulang halaman untuk memakainya.',
    );
    expect(applyUpdate).not.toHaveBeenCalled();
    const reload = screen.getByRole('button', { name: 'Muat ulang' });
    await userEvent.click(reload);
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    // The page reloads once the new worker has taken over; a second click would ask twice.
    expect(reload).toBeDisabled();
  });

  it('goes away on "Later" without applying the update', async () => {
    const applyUpdate = vi.fn(() => Promise.resolve());
    renderWithI18n(<UpdatePrompt applyUpdate={applyUpdate} />, 'en');
    expect(screen.getByTestId('update-prompt')).toHaveTextContent('A new version of Rapor has been downloaded.');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('update-prompt')).toBeNull();
    expect(applyUpdate).not.toHaveBeenCalled();
  });
});
