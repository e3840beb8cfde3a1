import { describe, expect, it } from 'vitest';
import { assignSeats } from './assignSeats.ts';
import { arc } from './arc.ts';

describe('assignSeats', () => {
  it('gives each group one contiguous run of seats, in the order given', () => {
    const placed = assignSeats(arc(10).seats, [
      { id: 'a', seats: 3 },
      { id: 'b', seats: 0 },
      { id: 'c', seats: 7 },
    ]);
    expect(placed.map((s) => s.party).join('')).toBe('aaaccccccc');
    expect(placed.map((s) => s.rank)).toEqual([0, 1, 2, 0, 1, 2, 3, 4, 5, 6]);
    expect(placed.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps the seats in angle order so wedges do not interleave', () => {
    const placed = assignSeats(arc(343).seats, [
      { id: 'left', seats: 100 },
      { id: 'right', seats: 243 },
    ]);
    const lastLeft = placed.filter((s) => s.party === 'left').at(-1)!;
    const firstRight = placed.find((s) => s.party === 'right')!;
    expect(lastLeft.angle).toBeGreaterThanOrEqual(firstRight.angle);
  });

  it('throws when the groups do not fill the hemicycle exactly', () => {
    expect(() => assignSeats(arc(5).seats, [{ id: 'a', seats: 4 }])).toThrow(/4 seats but the hemicycle has 5/);
    expect(() => assignSeats(arc(5).seats, [{ id: 'a', seats: 6 }])).toThrow(RangeError);
  });
});
