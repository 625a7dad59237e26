import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadAllMessages } from './src/lib/i18n/messages';
import { preloadRankingChart } from './src/features/overview/OverviewView';

afterEach(() => cleanup());

// React warnings (act, keys, invalid DOM nesting) are bugs: fail the test that caused them.
const originalError = console.error;
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error during test: ${args.map(String).join(' ')}`);
});

// jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// The app fetches English, the other views' words and the ranking chart's code when needed; component
// tests have them all.
await Promise.all([loadAllMessages('id'), loadAllMessages('en'), preloadRankingChart()]);
