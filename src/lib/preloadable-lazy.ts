import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface PreloadableComponent<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the code (once); resolves when it is ready. A failed load can be tried again. */
  preload: () => Promise<void>;
}

/**
 * React.lazy with a preload: the code can be fetched while the page is idle, before the view is
 * opened. Once loaded, the lazy component gets its module synchronously, so opening the view
 * renders it at once rather than suspending for a turn and flashing the loading fallback.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  const Component = lazy((): Promise<{ default: ComponentType<P> }> => {
    const ready = loaded;
    if (ready) {
      // React.lazy calls `then` and reads the result at once when the callback runs synchronously.
      const settled: PromiseLike<{ default: ComponentType<P> }> = {
        then: (onFulfilled) => {
          const value = { default: ready };
          return Promise.resolve(onFulfilled ? onFulfilled(value) : value) as never;
        },
      };
      return settled as Promise<{ default: ComponentType<P> }>;
    }
    return start().then((component) => ({ default: component }));
  });

  return { Component, preload: () => start().then(() => undefined) };
}
