// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterInputSettles, inNextTask, whenIdle } from './scheduling';

afterEach(() => {
  vi.useRealTimers();
});

describe('inNextTask', () => {
  it('runs the task later, not now', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    inNextTask(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  it('falls back to a timer without requestIdleCallback, and can be cancelled', () => {
    vi.useFakeTimers();
    expect('requestIdleCallback' in window).toBe(false);
    const task = vi.fn();
    whenIdle(task);
    const cancelled = vi.fn();
    whenIdle(cancelled)();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('afterInputSettles', () => {
  it('waits for the first input, then for a pause, then runs once', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    afterInputSettles(task, 800);
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp' }));
    vi.advanceTimersByTime(600);
    // Another input restarts the pause.
    window.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(600);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    // The pause is over; the task waits for an idle moment (a short timer in jsdom).
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointerdown'));
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const cancel = afterInputSettles(task, 800);
    window.dispatchEvent(new Event('pointermove'));
    cancel();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });
});
