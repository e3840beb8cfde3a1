import { describe, expect, it } from 'vitest';
import { checkSameDistricts, checkSeatTotals } from './checkTotals.ts';

describe('checkSeatTotals', () => {
  it('passes when every party has its expected seats', () => {
    expect(() => checkSeatTotals('test', ['a', 'a', 'b'], { a: 2, b: 1 })).not.toThrow();
  });

  it('names each party whose total is off, including unexpected ones', () => {
    expect(() => checkSeatTotals('test', ['a', 'b', 'c'], { a: 2, b: 1 })).toThrow(
      'test: seat totals differ from the official result: a 1 (expected 2), c 1 (expected 0)',
    );
  });
});

describe('checkSameDistricts', () => {
  it('fails on a missing district', () => {
    expect(() => checkSameDistricts('2021', ['1', '2'], new Set(['1', '2', '3']), 3)).toThrow(/missing 3/);
  });

  it('fails when the count is not the expected one', () => {
    expect(() => checkSameDistricts('2025', ['1', '2'], new Set(['1', '2']), 343)).toThrow(/expected 343 districts/);
  });
});
