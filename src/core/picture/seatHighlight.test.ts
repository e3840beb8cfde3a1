import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { seatHighlight } from './seatHighlight.ts';
import { buildSeatPlan } from './seatPlan.ts';

const election = sampleElection();
const seats = buildSeatPlan(election);
const known = {
  ridings: new Map(election.ridings.map((r) => [r.id, r])),
  parties: new Map(election.parties.map((p) => [p.id, p])),
  regions: new Map(election.regions.map((r) => [r.id, r])),
};
const bright = (focus: Parameters<typeof seatHighlight>[0]) => {
  const test = seatHighlight(focus, known);
  return test === undefined ? 'all' : seats.filter(test).map((s) => s.riding);
};

describe('seatHighlight', () => {
  it('keeps every seat bright when the view is about nothing in particular', () => {
    expect(bright({ coalition: [] })).toBe('all');
  });

  it('keeps a riding alone bright, whatever else is asked', () => {
    expect(bright({ riding: '202', party: 'blue', coalition: ['blue'] })).toEqual(['202']);
  });

  it('keeps seats that match the party, the coalition and the region together', () => {
    expect(bright({ party: 'red', coalition: [] }).length).toBe(4);
    expect(bright({ party: 'red', region: 'west', coalition: [] })).toEqual(expect.arrayContaining(['202', '203']));
    expect(bright({ party: 'red', region: 'west', coalition: [] })).toHaveLength(2);
    expect(bright({ coalition: ['blue'], region: 'east' })).toEqual(['103']);
  });

  it('ignores names the data does not know rather than dimming every seat', () => {
    expect(bright({ party: 'xyz', coalition: [] })).toBe('all');
    expect(bright({ riding: '999', coalition: [] })).toBe('all');
    expect(bright({ region: 'north', coalition: [] })).toBe('all');
    expect(bright({ riding: '999', party: 'red', coalition: [] })).toHaveLength(4);
  });
});
