import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithI18n } from '../../testing/render';
import { DataPanel, preloadDataPanel } from './DataPanel';

const props = { current: null, busy: false, onUrl: () => {}, onBundled: () => {} };

describe('DataPanel', () => {
  // The contents' code is fetched when the panel opens; here before the tests.
  beforeAll(() => preloadDataPanel());

  it('draws nothing but its heading and the file input while closed', () => {
    const onFile = vi.fn();
    renderWithI18n(<DataPanel {...props} onFile={onFile} open={false} />);
    expect(screen.getByRole('heading', { name: 'Sumber data saat ini' })).toBeInTheDocument();
    expect(screen.queryByTestId('data-panel-body')).not.toBeInTheDocument();
    // A file can still be given (dropped, or by a test) while the panel is closed.
    const file = new File(['{}'], 'data.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('shows its contents once open, and its button opens the same file input', async () => {
    renderWithI18n(<DataPanel {...props} onFile={() => {}} open />);
    await screen.findByTestId('data-panel-body');
    const input = screen.getByTestId<HTMLInputElement>('file-input');
    const click = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Buka berkas JSON/CSV' }));
    expect(click).toHaveBeenCalled();
  });
});
