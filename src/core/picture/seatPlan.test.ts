import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { hasPreviousSeats } from '../election/seating.ts';
import { buildSeatPlan, seatParty, UNREPORTED, VACANT, type PlanSeat } from './seatPlan.ts';

describe('buildSeatPlan', () => {
  it('places one seat per riding, the leader from the left and the runner-up from the right', () => {
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

describe('buildSeatPlan options', () => {
  it('seats the previous result on the same ridings, each riding once', () => {
    const election = sampleElection();
    const plan = buildSeatPlan(election, { result: 'previous' });
    expect(plan.map((s) => s.party)).toEqual(['blue', 'blue', 'blue', 'blue', 'blue', 'red', 'red']);
    const previous = new Map(election.ridings.map((r) => [r.id, r.previousWinner]));
    for (const seat of plan) expect(previous.get(seat.riding!)).toBe(seat.party);
    expect(new Set(plan.map((s) => s.riding)).size).toBe(7);
  });

  it('marks the ridings that changed hands, whichever result is shown', () => {
    const flips = (plan: PlanSeat[]) =>
      plan
        .filter((s) => s.flipped)
        .map((s) => s.riding)
        .sort();
    expect(flips(buildSeatPlan(sampleElection()))).toEqual(['101', '202']);
    expect(flips(buildSeatPlan(sampleElection(), { result: 'previous' }))).toEqual(['101', '202']);
  });

  it('falls back to the current result when ridings lack a previous winner', () => {
    const election = sampleElection();
    delete election.ridings[0]!.previousWinner;
    expect(hasPreviousSeats(election)).toBe(false);
    expect(buildSeatPlan(election, { result: 'previous' }).map((s) => s.party)).toEqual(buildSeatPlan(election).map((s) => s.party));
  });

  it('seats a coalition together on the left, keeping every seat', () => {
    const plan = buildSeatPlan(sampleElection(), { lead: ['blue'] });
    expect(plan.map((s) => s.party)).toEqual(['blue', 'blue', 'blue', 'red', 'red', 'red', 'red']);
    expect(plan.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("keeps the data's political order on request", () => {
    const election = sampleElection();
    election.parties.find((p) => p.id === 'blue')!.seatOrder = 0;
    election.parties.find((p) => p.id === 'red')!.seatOrder = 2;
    expect(buildSeatPlan(election).map((s) => s.party)).toEqual(['red', 'red', 'red', 'red', 'blue', 'blue', 'blue']);
    expect(buildSeatPlan(election, { ordering: 'spectrum' }).map((s) => s.party)).toEqual([
      'blue',
      'blue',
      'blue',
      'red',
      'red',
      'red',
      'red',
    ]);
  });
});

describe('buildSeatPlan on a night in progress', () => {
  it('seats each party’s won then led ridings from its end, and the ridings still to report, empty, inside the rightmost wedge', () => {
    // Blue and Red hold 3 seats each (won and led); Blue has more votes counted, so it opens on the left.
    const plan = buildSeatPlan(sampleNight());
    expect(plan.map((s) => [s.party, s.riding, s.status])).toEqual([
      ['blue', '103', 'elected'],
      ['blue', '201', 'elected'],
      ['blue', '204', 'elected'],
      [UNREPORTED, '202', 'pending'],
      ['red', '101', 'leading'],
      ['red', '102', 'elected'],
      ['red', '203', 'elected'],
    ]);
    // A lead is not a change of hands yet told apart: 101 was Blue's, and its Red lead is marked as a flip.
    expect(plan.find((s) => s.riding === '101')?.flipped).toBe(true);
    expect(plan.find((s) => s.riding === '202')?.flipped).toBe(false);
    // The previous result is whole: every seat declared.
    expect(new Set(buildSeatPlan(sampleNight(), { result: 'previous' }).map((s) => s.status))).toEqual(new Set(['elected']));
  });
});

describe('buildSeatPlan with vacant seats', () => {
  it('seats the vacancies, empty and no party’s, inside the rightmost wedge', () => {
    const house = { ...sampleElection(), ridings: [], regions: [], totalSeats: 9, vacant: 2, previous: undefined };
    const plan = buildSeatPlan(house);
    expect(plan.map((s) => [s.party, s.status])).toEqual([
      ['red', 'elected'],
      ['red', 'elected'],
      ['red', 'elected'],
      ['red', 'elected'],
      [VACANT, 'vacant'],
      [VACANT, 'vacant'],
      ['blue', 'elected'],
      ['blue', 'elected'],
      ['blue', 'elected'],
    ]);
    // No party's seat, for the page and its pictures alike.
    expect(seatParty(plan[4]!)).toBe(UNREPORTED);
  });
});
