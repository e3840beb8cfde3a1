// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGlide } from './useGlide.ts';

describe('useGlide', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is false on the first draw, true in the render that changes the plan, and false again after the glide', () => {
    const first = [1];
    const { result, rerender } = renderHook(({ plan }) => useGlide(plan), { initialProps: { plan: first } });
    expect(result.current).toBe(false);
    rerender({ plan: first });
    expect(result.current).toBe(false);
    rerender({ plan: [2] });
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(999));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(false);
  });

  it('a second change during a glide keeps it going for a full glide from then', () => {
    const { result, rerender } = renderHook(({ plan }) => useGlide(plan), { initialProps: { plan: [1] } });
    rerender({ plan: [2] });
    act(() => vi.advanceTimersByTime(600));
    rerender({ plan: [3] });
    act(() => vi.advanceTimersByTime(600));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe(false);
  });
});
