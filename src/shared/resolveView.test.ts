import { describe, expect, it } from 'vitest';
import { sampleElection } from '../test/sampleElection.ts';
import { parseViewParams, type Route } from '../url/routes.ts';
import { resolveView } from './resolveView.ts';

const election = sampleElection();
const resolve = (route: Route, search = '') => resolveView(election, route, parseViewParams(search));

describe('resolveView', () => {
  it('shows a known party, riding and province, and the result asked for', () => {
    const view = resolve({ page: 'party', partyId: 'blue' }, '?province=east&seats=previous&order=spectrum&coalition=blue,red');
    expect(view.route).toEqual({ page: 'party', partyId: 'blue' });
    expect([view.party?.id, view.region?.id, view.seats, view.result, view.ordering]).toEqual([
      'blue',
      'east',
      'previous',
      'previous',
      'spectrum',
    ]);
    expect(view.coalition).toEqual(['blue', 'red']);
    expect(view.unknown).toEqual([]);
    expect(resolve({ page: 'riding', ridingId: '202' }).riding?.id).toBe('202');
    // The map is a chart of the whole result: it keeps the province and the result asked for.
    const map = resolve({ page: 'map' }, '?province=east&seats=changes&map=hex&election=canada-2021');
    expect([map.route, map.party, map.region?.id, map.seats, map.unknown]).toEqual([{ page: 'map' }, undefined, 'east', 'changes', []]);
    // The map's kind and the file it goes with come from here too, not from the URL in each view.
    expect([map.map, map.electionId]).toEqual(['hex', 'canada-2021']);
    expect([view.map, view.electionId]).toEqual(['geo', 'canada-2025']);
  });

  it('names what the election does not have, once each, and shows the overview instead', () => {
    const view = resolve({ page: 'party', partyId: 'green' }, '?province=north&coalition=gold,nobody,red');
    expect(view.route).toEqual({ page: 'overview' });
    expect(view.party).toBeUndefined();
    const gold = sampleElection().parties.find((p) => p.id === 'gold');
    expect(view.unknown).toEqual([
      { kind: 'party', id: 'green' },
      { kind: 'region', id: 'north' },
      // Seatless or unknown partners are left out of a coalition, and said so.
      { kind: 'partner', id: 'gold', party: gold },
      { kind: 'partner', id: 'nobody', party: undefined },
    ]);
    expect(view.coalition).toEqual(['red']);
    // A setting the page cannot read is said so too, as typed.
    expect(resolve({ page: 'overview' }, '?seats=all').unknown).toEqual([
      { kind: 'param', param: 'seats', value: 'all', choices: ['changes', 'previous'] },
    ]);
    expect(resolve({ page: 'riding', ridingId: '999' }).unknown).toEqual([{ kind: 'riding', id: '999' }]);
    expect(resolve({ page: 'not-found' }).unknown).toEqual([{ kind: 'page' }]);
  });

  it('draws the chart in the rows asked for when its seats read in them, and names rows they would not', () => {
    // 7 seats need 2 rows at full size: 1 to 3 read (half as many, a quarter more).
    expect(resolve({ page: 'overview' }, '?rows=3&arc=240').shape).toEqual({ layout: 'arc', arc: 240, rows: 3 });
    const thinned = resolve({ page: 'overview' }, '?rows=4');
    expect(thinned.shape.rows).toBeUndefined();
    expect(thinned.unknown).toEqual([{ kind: 'param', param: 'rows', value: '4', choices: ['1–3'] }]);
    expect(resolve({ page: 'overview' }, '?layout=benches').shape).toEqual({ layout: 'benches', arc: 180, rows: undefined });
  });

  it('works out the seating once: the same object for the same seats, whatever the route', () => {
    const overview = resolve({ page: 'overview' });
    expect(overview.seating.parties.map((p) => p.id)).toEqual(['red', 'blue', 'gold']);
    expect(overview.seating.leader?.id).toBe('red');
    // A party's page seats the House as the overview does: the chart has nothing to redraw.
    expect(resolve({ page: 'party', partyId: 'blue' }).seating).toBe(overview.seating);
    // A coalition seats its partners first; the race without one stays the leader's.
    const coalition = resolve({ page: 'overview' }, '?coalition=blue');
    expect(coalition.seating.parties.map((p) => p.id)).toEqual(['blue', 'red', 'gold']);
    expect(coalition.seating.leader?.id).toBe('red');
    expect(resolve({ page: 'overview' }, '?order=spectrum').seating.leader?.id).toBe('red');
  });

  it('seats benches by the result, and names a political order asked for with them', () => {
    const view = resolve({ page: 'overview' }, '?layout=benches&order=spectrum');
    expect(view.ordering).toBe('result');
    expect(view.seating).toBe(resolve({ page: 'overview' }).seating);
    expect(view.unknown).toEqual([{ kind: 'param', param: 'order', value: 'spectrum', choices: ['result'] }]);
  });

  it('shows this election’s seats when the previous result cannot be seated', () => {
    const partial = sampleElection();
    delete partial.ridings[0]!.previousWinner;
    const view = resolveView(partial, { page: 'overview' }, parseViewParams('?seats=previous'));
    expect([view.canShowPrevious, view.seats, view.result]).toEqual([false, 'current', 'current']);
    expect(view.unknown).toEqual([{ kind: 'no-previous', seats: 'previous' }]);
    const none = sampleElection();
    delete none.previous;
    expect(resolveView(none, { page: 'overview' }, parseViewParams('?seats=changes')).seats).toBe('current');
  });
});

describe('resolveView of an election given by party only', () => {
  const seatsOnly = { ...sampleElection(), ridings: [], regions: [] };
  const resolveSeats = (route: Route, search = '') => resolveView(seatsOnly, route, parseViewParams(search));

  it('says a riding or the map is absent and shows the seats instead', () => {
    for (const route of [{ page: 'riding', ridingId: '101' }, { page: 'map' }] as const) {
      const view = resolveSeats(route);
      expect([view.route, view.unknown]).toEqual([{ page: 'overview' }, [{ kind: 'no-ridings' }]]);
    }
  });

  it('seats the previous result by party, and names the changes, which are marked on ridings', () => {
    expect(resolveSeats({ page: 'overview' }, '?seats=previous').result).toBe('previous');
    const changes = resolveSeats({ page: 'overview' }, '?seats=changes');
    expect([changes.seats, changes.unknown]).toEqual([
      'current',
      [{ kind: 'param', param: 'seats', value: 'changes', choices: ['current', 'previous'] }],
    ]);
  });
});
