import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { scoreboard } from './scoreboard.ts';

const election = sampleElection();
const rows = (board: ReturnType<typeof scoreboard>) => board.rows.map((r) => [r.party.id, r.seats, r.change, r.voteShare]);
const share = (id: string) => election.parties.find((p) => p.id === id)!.voteShare;

describe('scoreboard', () => {
  it('gives the seat holders in rank with seats, change and vote share, and the leader’s race', () => {
    const board = scoreboard(election);
    expect(rows(board)).toEqual([
      ['red', 4, 2, share('red')],
      ['blue', 3, -2, share('blue')],
    ]);
    expect(board.total).toBe(7);
    expect({ ...board.race, parties: board.race.parties.map((p) => p.id) }).toEqual({
      parties: ['red'],
      partySeats: [4],
      partyLeading: [0],
      seats: 4,
      house: 7,
      threshold: 4,
      short: 0,
      standing: { standing: 'majority', seats: 4, elected: 4, threshold: 4, short: 0, surplus: 0 },
    });
  });

  it('counts a night in progress as newsrooms do: won and led seats together, the leads apart, and the ridings still to report', () => {
    const board = scoreboard(sampleNight());
    // Blue: 3 won (more votes counted, so it leads the row), against the 4 it held in the 6 ridings counted so
    // far (202 has not reported); Red: 2 won and 1 led, against 2 there last time.
    expect(board.rows.map((r) => [r.party.id, r.seats, r.leading, r.change])).toEqual([
      ['blue', 3, 0, -1],
      ['red', 3, 1, 1],
    ]);
    expect([board.toReport, board.stillCounting]).toEqual([1, 1]);
    expect([board.race.parties.map((p) => p.id), board.race.partySeats, board.race.partyLeading, board.race.short]).toEqual([
      ['blue'],
      [3],
      [0],
      1,
    ]);
    // Blue's 3 are declared and 2 ridings are not: it may still reach 4, so the race is open, not lost.
    expect(board.race.standing).toMatchObject({ standing: 'short', elected: 3 });
    // In a province, in rank: the leads there (101 is in the East).
    expect(scoreboard(sampleNight(), { region: 'east' }).rows.map((r) => [r.party.id, r.seats, r.leading])).toEqual([
      ['red', 2, 1],
      ['blue', 1, 0],
    ]);
    expect(scoreboard(sampleElection()).toReport).toBe(0);
    // Whether its seats are won and led: the night's own result, not the previous one it may show.
    expect([sampleNight(), sampleElection()].map((e) => scoreboard(e).counting)).toEqual([true, false]);
    expect(scoreboard(sampleNight(), { result: 'previous' }).counting).toBe(false);
  });

  it('tells the previous result on the same ridings, reordered by it, with its vote shares and no change', () => {
    const board = scoreboard(election, { result: 'previous' });
    expect(rows(board)).toEqual([
      ['blue', 5, undefined, 0.5],
      ['red', 2, undefined, 0.4],
    ]);
    expect(board.race.parties.map((p) => p.id)).toEqual(['blue']);
    expect(board.race.seats).toBe(5);
  });

  it("counts a province's seats, change and vote, while the race stays national", () => {
    const board = scoreboard(election, { region: 'east' });
    expect(board.total).toBe(3);
    expect(rows(board)).toEqual([
      ['red', 2, 1, 1000 / 2325],
      ['blue', 1, -1, 1290 / 2325],
    ]);
    expect(board.race.seats).toBe(4);
  });

  it('keeps a party that lost every seat it held in the province, at none, so the changes add up', () => {
    const election = sampleElection();
    // Blue's last seat in the east goes red.
    const riding = election.ridings.find((r) => r.id === '103')!;
    riding.winner = 'red';
    const rows = scoreboard(election, { region: 'east' }).rows.map((r) => [r.party.id, r.seats, r.change]);
    expect(rows).toEqual([
      ['red', 3, 2],
      ['blue', 0, -2],
    ]);
    // A party with none before and none now has no tile.
    expect(rows.some(([id]) => id === 'gold')).toBe(false);
  });

  it('races the party with the most seats, whatever the seating order', () => {
    const election = sampleElection();
    election.parties.find((p) => p.id === 'blue')!.seatOrder = 0;
    election.parties.find((p) => p.id === 'red')!.seatOrder = 2;
    const board = scoreboard(election, { ordering: 'spectrum' });
    // The tiles rank by seats too: the chart's order is the chart's.
    expect(board.rows.map((r) => r.party.id)).toEqual(['red', 'blue']);
    expect(board.race.parties.map((p) => p.id)).toEqual(['red']);
  });

  it('races a coalition: its members together against the threshold', () => {
    const board = scoreboard(election, { lead: ['blue', 'gold', 'nobody'] });
    expect(board.race.parties.map((p) => p.id)).toEqual(['blue']);
    expect([board.race.seats, board.race.short]).toEqual([3, 1]);
  });
});
