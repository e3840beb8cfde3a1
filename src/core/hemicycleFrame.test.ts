import { describe, expect, it } from 'vitest';
import { framePercent, hemicycleFrame } from './hemicycleFrame.ts';
import { layoutHemicycle } from './layoutHemicycle.ts';

describe('hemicycleFrame', () => {
  const seats = layoutHemicycle(343);
  const seatTop = Math.min(...seats.map((s) => s.y - s.r));

  it('spans the unit width and leaves 1.6 label heights above the seats', () => {
    const frame = hemicycleFrame(seats, 0, 800, 13);
    expect(frame.minX).toBe(-1);
    expect(frame.width).toBe(2);
    expect(frame.unitsPerPx).toBeCloseTo(2 / 800);
    expect(frame.fontSize).toBeCloseTo(13 * (2 / 800));
    expect(frame.top).toBeCloseTo(seatTop - frame.fontSize * 1.6);
    expect(frame.viewBox).toBe(`-1 ${frame.top} 2 ${frame.height}`);
  });

  it('makes room for a majority line that rises above the seats', () => {
    const frame = hemicycleFrame(seats, seatTop - 0.2, 800, 13);
    expect(frame.top).toBeCloseTo(seatTop - 0.2 - frame.fontSize * 1.6);
  });

  it('keeps labels their pixel size: a narrower chart has a larger label in units', () => {
    expect(hemicycleFrame(seats, 0, 320, 13).fontSize).toBeCloseTo(hemicycleFrame(seats, 0, 800, 13).fontSize * 2.5);
    expect(hemicycleFrame(seats, 0, 0, 13).unitsPerPx).toBe(2);
  });

  it('places points as percentages of the frame', () => {
    const frame = hemicycleFrame(seats, 0, 800, 13);
    expect(framePercent(frame, -1, frame.top)).toEqual({ left: 0, top: 0 });
    expect(framePercent(frame, 0, frame.top + frame.height / 2).left).toBe(50);
    expect(framePercent(frame, 1, frame.top + frame.height).top).toBeCloseTo(100);
  });
});
