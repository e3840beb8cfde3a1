import { describe, expect, it } from 'vitest';
import { framePercent, hemicycleFrame, unitsPerPxAt } from './hemicycleFrame.ts';

describe('hemicycleFrame', () => {
  const extent = { minX: -0.98, minY: -0.99, width: 1.96, height: 1.01 };

  it('spans the seats with its pad', () => {
    const pad = 0.005;
    const frame = hemicycleFrame(extent, [], pad);
    expect(frame.minX).toBe(-0.98);
    expect(frame.width).toBeCloseTo(1.96, 12);
    expect(frame.top).toBeCloseTo(-0.995, 12);
    expect(frame.height).toBeCloseTo(1.02, 12);
    expect(frame.viewBox).toBe(`-0.98 ${frame.top} ${frame.width} ${frame.height}`);
  });

  it('widens to hold what else is drawn: labels, the majority line', () => {
    const frame = hemicycleFrame(extent, [{ left: -1.25, top: -1.5, right: 0.5, bottom: 0.25 }]);
    expect([frame.minX, frame.top, frame.width]).toEqual([-1.25, -1.5, -0.98 + 1.96 + 1.25]);
    expect(frame.height).toBeCloseTo(1.75, 12);
  });

  it('converts pixels to units at a width: the seats (2 units) fill it', () => {
    expect(unitsPerPxAt(800)).toBe(0.0025);
    expect(unitsPerPxAt(320)).toBeCloseTo(unitsPerPxAt(800) * 2.5, 15);
    expect(unitsPerPxAt(0)).toBe(2);
  });

  it('places points as percentages of the frame', () => {
    const frame = hemicycleFrame(extent);
    expect(framePercent(frame, -0.98, frame.top)).toEqual({ left: 0, top: 0 });
    expect(framePercent(frame, 0, frame.top + frame.height / 2).left).toBeCloseTo(50, 12);
    expect(framePercent(frame, 0.98, frame.top + frame.height).top).toBeCloseTo(100);
  });
});
