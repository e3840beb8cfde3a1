import { describe, expect, it } from 'vitest';
import { framePercent, hemicycleFrame, unitsPerPxAt } from './hemicycleFrame.ts';
import { layoutHemicycle } from './layoutHemicycle.ts';

describe('hemicycleFrame', () => {
  const seats = layoutHemicycle(343);
  const seatTop = Math.min(...seats.map((s) => s.y - s.r));
  const r = seats[0]!.r;

  it('spans the seats with its pad: x from -1 to 1, y from the top seat to the baseline row', () => {
    const pad = 0.005;
    const frame = hemicycleFrame(seats, [], pad);
    expect(frame.minX).toBe(-1);
    expect(frame.width).toBe(2);
    expect(frame.top).toBeCloseTo(seatTop - pad, 12);
    expect(frame.height).toBeCloseTo(r - seatTop + 2 * pad, 12);
    expect(frame.viewBox).toBe(`-1 ${frame.top} 2 ${frame.height}`);
  });

  it('widens to hold what else is drawn: labels, the majority line', () => {
    const frame = hemicycleFrame(seats, [{ left: -1.25, top: -1.5, right: 0.5, bottom: 0.25 }]);
    expect([frame.minX, frame.top, frame.width, frame.height]).toEqual([-1.25, -1.5, 2.25, 1.75]);
  });

  it('converts pixels to units at a width: the seats (2 units) fill it', () => {
    expect(unitsPerPxAt(800)).toBe(0.0025);
    expect(unitsPerPxAt(320)).toBeCloseTo(unitsPerPxAt(800) * 2.5, 15);
    expect(unitsPerPxAt(0)).toBe(2);
  });

  it('places points as percentages of the frame', () => {
    const frame = hemicycleFrame(seats);
    expect(framePercent(frame, -1, frame.top)).toEqual({ left: 0, top: 0 });
    expect(framePercent(frame, 0, frame.top + frame.height / 2).left).toBe(50);
    expect(framePercent(frame, 1, frame.top + frame.height).top).toBeCloseTo(100);
  });
});
