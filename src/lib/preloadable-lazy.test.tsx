import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { preloadableLazy } from './preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return <p>Halo, {name}</p>;
}

describe('preloadableLazy', () => {
  it('loads the code once, on preload, and then renders without the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const { Component, preload } = preloadableLazy(load);
    await preload();
    await preload();
    expect(load).toHaveBeenCalledTimes(1);
    render(
      <Suspense fallback={<p>Memuat…</p>}>
        <Component name="Batang" />
      </Suspense>,
    );
    // Synchronously on the first render: no fallback, no extra turn.
    expect(screen.getByText('Halo, Batang')).toBeInTheDocument();
    expect(screen.queryByText('Memuat…')).toBeNull();
  });

  it('without a preload, shows the fallback until the code arrives', async () => {
    let resolve: (c: typeof Greeting) => void = () => {};
    const { Component } = preloadableLazy(() => new Promise<typeof Greeting>((r) => (resolve = r)));
    render(
      <Suspense fallback={<p>Memuat…</p>}>
        <Component name="Pemalang" />
      </Suspense>,
    );
    expect(screen.getByText('Memuat…')).toBeInTheDocument();
    await act(() => Promise.resolve(resolve(Greeting)));
    expect(await screen.findByText('Halo, Pemalang')).toBeInTheDocument();
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Greeting);
    const { preload } = preloadableLazy(load);
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
