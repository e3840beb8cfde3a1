import { describe, expect, it } from 'vitest';
import { arc } from './arc.ts';
import { nearestSeat } from './nearestSeat.ts';

describe('nearestSeat', () => {
  const seats = arc(3).seats;
  // Three seats on one row of radius 0.7: at angles π, π/2 and 0.
  it('picks the seat whose centre is nearest the tap, within reach', () => {
    expect(seats.map((s) => [s.x, s.y].map((v) => Math.round(v * 100) / 100))).toEqual([
      [-0.7, -0],
      [0, -0.7],
      [0.7, -0],
    ]);
    expect(nearestSeat(seats, -0.68, 0.05, 0.1)).toBe(0);
    expect(nearestSeat(seats, 0.05, -0.62, 0.1)).toBe(1);
    expect(nearestSeat(seats, 0.7, 0, 0.1)).toBe(2);
  });

  it('finds none when the tap is out of reach of every seat', () => {
    expect(nearestSeat(seats, 0, 0, 0.1)).toBeNull();
    expect(nearestSeat([], 0, 0, 1)).toBeNull();
  });
});
