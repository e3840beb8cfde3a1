import { describe, expect, it } from 'vitest';
import { seatForKey } from './seatForKey.ts';

describe('seatForKey', () => {
  it.each([
    ['ArrowRight', 5, 6],
    ['ArrowDown', 5, 6],
    ['ArrowLeft', 5, 4],
    ['ArrowUp', 5, 4],
    ['Home', 5, 0],
    ['End', 5, 9],
  ])('%s from seat 5 of 10 goes to %i', (key, from, to) => {
    expect(seatForKey(key, from, 10)).toBe(to);
  });

  it('stops at the ends rather than wrapping', () => {
    expect(seatForKey('ArrowLeft', 0, 10)).toBe(0);
    expect(seatForKey('ArrowRight', 9, 10)).toBe(9);
  });

  it('ignores other keys and empty charts', () => {
    expect(seatForKey('a', 3, 10)).toBeNull();
    expect(seatForKey('Enter', 3, 10)).toBeNull();
    expect(seatForKey('Home', 0, 0)).toBeNull();
  });
});
