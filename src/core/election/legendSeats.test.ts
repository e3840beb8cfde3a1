import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { legendSeats } from './legendSeats.ts';

const election = sampleElection();

describe('legendSeats', () => {
  it("leaves each party's own total when the chart shows the whole result", () => {
    expect(legendSeats(election, undefined, 'current')).toBeUndefined();
  });

  it("gives the previous result's seats", () => {
    expect(Object.fromEntries(legendSeats(election, undefined, 'previous')!)).toEqual({ red: 2, blue: 5 });
  });

  it("gives a region's seats, in either result", () => {
    expect(Object.fromEntries(legendSeats(election, 'east', 'current')!)).toEqual({ red: 2, blue: 1 });
    expect(Object.fromEntries(legendSeats(election, 'west', 'previous')!)).toEqual({ blue: 3, red: 1 });
    expect(legendSeats(election, 'north', 'current')!.size).toBe(0);
  });
});
