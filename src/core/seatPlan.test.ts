import { describe, expect, it } from 'vitest';
import { sampleElection } from '../test/sampleElection.ts';
import { buildSeatPlan, partiesInSeatOrder } from './seatPlan.ts';

describe('buildSeatPlan', () => {
  it('places one seat per riding, parties left to right by seatOrder', () => {
    const plan = buildSeatPlan(sampleElection());
    expect(plan.map((s) => s.party)).toEqual(['red', 'red', 'red', 'red', 'blue', 'blue', 'blue']);
    expect(new Set(plan.map((s) => s.riding)).size).toBe(7);
  });

  it('ties each seat to a riding its party won, regions in data order', () => {
    const election = sampleElection();
    const plan = buildSeatPlan(election);
    const winner = new Map(election.ridings.map((r) => [r.id, r.winner]));
    for (const seat of plan) expect(winner.get(seat.riding!)).toBe(seat.party);
    expect(plan.filter((s) => s.party === 'red').map((s) => s.riding)).toEqual(['101', '102', '202', '203']);
  });
});

describe('partiesInSeatOrder', () => {
  it('sorts a copy and leaves the input alone', () => {
    const parties = sampleElection().parties;
    expect(partiesInSeatOrder(parties).map((p) => p.id)).toEqual(['red', 'gold', 'blue']);
    expect(parties.map((p) => p.id)).toEqual(['red', 'blue', 'gold']);
  });
});
