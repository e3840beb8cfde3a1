// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSeatPlan } from '../../core/picture/seatPlan.ts';
import { en } from '../../i18n/en.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { fr } from '../../i18n/fr.ts';
import { resolveView } from '../../shared/resolveView.ts';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { parseViewParams, type Route } from '../../url/routes.ts';
import { hemicycleWords, useHemicycleModel } from './useHemicycleModel.ts';

const election = sampleElection();
const EN = { t: en, f: makeFormatters('en') };
const FR = { t: fr, f: makeFormatters('fr') };
const plain = { seats: 'current', result: 'current', coalition: [] as string[], regional: false } as const;
const text = (parts: readonly { text: string }[]) => parts.map((p) => p.text).join('');

describe('hemicycleWords', () => {
  const seats = buildSeatPlan(election);

  it('names the wedges, the chart and its seats left to right, in the reader’s language', () => {
    const words = hemicycleWords(EN, election, plain, seats);
    expect([words.figure, words.caption, words.title]).toEqual(['4', 'for a majority', 'Seats won, by party']);
    expect(words.description).toBe('Red 4, Blue 3. 4 seats are needed for a majority.');
    expect(text(words.wedgeLabel(['red'], 4))).toBe('Red\u00a04');
    expect(text(words.wedgeLabel(['blue', 'gold'], 3))).toBe('Blue\u00a03 · Gold\u00a00');
    expect(hemicycleWords(FR, election, plain, seats).caption).toBe(fr.majorityShort);
  });

  it('says a province’s majority is the House’s, a coalition’s block what it lacks, and which result is drawn', () => {
    expect(hemicycleWords(EN, election, { ...plain, regional: true }, seats).caption).toBe('national majority');
    const coalition = hemicycleWords(EN, election, { ...plain, coalition: ['blue'] }, seats);
    expect(text(coalition.wedgeLabel(['blue'], 3))).toBe('Blue 3\u00a0seats: 1\u00a0short');
    const previous = hemicycleWords(
      EN,
      election,
      { ...plain, seats: 'previous', result: 'previous' },
      buildSeatPlan(election, { result: 'previous' }),
    );
    expect(previous.title).toBe(`Seats won, by party · ${election.previous!.name.en}`);
    // A night in progress: the chart's name says its seats are won and led.
    const night = sampleNight();
    expect(hemicycleWords(EN, night, plain, buildSeatPlan(night)).title).toBe('Seats won and leading, by party');
  });
});

describe('useHemicycleModel', () => {
  // As useView does, the same query keeps the same params: a party click changes the route alone.
  const params = new Map<string, ReturnType<typeof parseViewParams>>();
  const view = (route: Route, search = '') => {
    if (!params.has(search)) params.set(search, parseViewParams(search));
    return resolveView(election, route, params.get(search)!);
  };

  it('lays the chart out once per seating: a party or a riding only changes what is bright and ringed', () => {
    const { result, rerender } = renderHook(({ v }) => useHemicycleModel(election, v), { initialProps: { v: view({ page: 'overview' }) } });
    const first = result.current.model;
    expect([result.current.highlight, result.current.marked]).toEqual([undefined, undefined]);
    rerender({ v: view({ page: 'party', partyId: 'blue' }) });
    expect(result.current.model).toBe(first);
    expect(first.seats.filter((s) => result.current.highlight!(s)).map((s) => s.riding)).toEqual(['103', '201', '204']);
    rerender({ v: view({ page: 'riding', ridingId: '202' }) });
    expect(result.current.model).toBe(first);
    expect(first.seats[result.current.marked!]!.riding).toBe('202');
    // A coalition seats the parties anew: the seats move, the document keeps its order so they glide.
    rerender({ v: view({ page: 'overview' }, '?coalition=blue') });
    const { model } = result.current;
    expect(model).not.toBe(first);
    expect(model.seats[0]!.party).toBe('blue');
    expect(model.ordered.map((s) => s.riding)).toEqual(first.seats.map((s) => s.riding));
    expect(model.flipMarks).toBe(false);
    rerender({ v: view({ page: 'overview' }, '?seats=changes') });
    expect(result.current.model.flipMarks).toBe(true);
    // The House's places and the plain result on them are laid out once for the shape, whatever the view.
    expect(result.current.model.seats).toBe(first.seats);
  });
});
