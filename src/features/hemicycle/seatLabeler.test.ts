import { describe, expect, it } from 'vitest';
import { buildSeatPlan } from '../../core/picture/seatPlan.ts';
import { en } from '../../i18n/en.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { fr } from '../../i18n/fr.ts';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { seatLabeler } from './seatLabeler.ts';

const election = sampleElection();
const seatOf = (riding: string, result: 'current' | 'previous' = 'current') =>
  buildSeatPlan(election, { result }).find((s) => s.riding === riding)!;
const english = { t: en, f: makeFormatters('en') };

describe('seatLabeler', () => {
  it('names the riding, the party and the margin', () => {
    const label = seatLabeler(english, election, 'current', 'current');
    expect(label(seatOf('102'))).toBe('Riding 102: Red, by 10 votes');
    expect(label(seatOf('202'))).toBe('Riding 202: Red, by 1 vote');
  });

  it('says where a night in progress stands: a lead, or no result yet, in either language', () => {
    const night = sampleNight();
    const seat = (riding: string) => buildSeatPlan(night).find((s) => s.riding === riding)!;
    const label = seatLabeler(english, night, 'current', 'current');
    expect(label(seat('101'))).toBe('Riding 101: Red leading by 200 votes');
    expect(label(seat('202'))).toBe('Riding 202: no result yet');
    expect(label(seat('102'))).toBe('Riding 102: Red, by 10 votes');
    const french = seatLabeler({ t: fr, f: makeFormatters('fr') }, night, 'current', 'current');
    expect(french(seat('101'))).toBe('Circonscription 101\u00a0: Red en tête par 200\u00a0voix');
    expect(french(seat('202'))).toBe('Circonscription 202\u00a0: aucun résultat');
    // Level at the top: a lead of no one's.
    const tied = sampleNight();
    tied.ridings.find((r) => r.id === '101')!.margin = 0;
    const tiedSeat = buildSeatPlan(tied).find((s) => s.riding === '101')!;
    expect(seatLabeler(english, tied, 'current', 'current')(tiedSeat)).toBe('Riding 101: Red tied for the lead');
    expect(seatLabeler({ t: fr, f: makeFormatters('fr') }, tied, 'current', 'current')(tiedSeat)).toBe(
      'Circonscription 101\u00a0: Red à égalité en tête',
    );
  });

  it('says whom a seat was gained from only in the changes view', () => {
    expect(seatLabeler(english, election, 'current', 'changes')(seatOf('101'))).toBe('Riding 101: Red, by 200 votes. Gain from Blue');
    expect(seatLabeler(english, election, 'current', 'changes')(seatOf('102'))).toBe('Riding 102: Red, by 10 votes');
  });

  it('names the previous holder in the previous result', () => {
    const label = seatLabeler(english, election, 'previous', 'previous');
    expect(label(seatOf('101', 'previous'))).toBe('Riding 101: Blue in Last time');
  });

  it('speaks French', () => {
    const label = seatLabeler({ t: fr, f: makeFormatters('fr') }, election, 'current', 'current');
    expect(label(seatOf('102'))).toBe('Circonscription 102\u00a0: Red, par 10\u00a0voix');
    expect(seatLabeler({ t: fr, f: makeFormatters('fr') }, election, 'current', 'changes')(seatOf('101'))).toBe(
      'Circonscription 101\u00a0: Red, par 200\u00a0voix. Gain (auparavant\u00a0: Blue)',
    );
  });

  it('falls back to the party when a seat has no riding', () => {
    const seat = { ...seatOf('102'), riding: undefined };
    expect(seatLabeler(english, election, 'current', 'current')(seat)).toBe('Red');
  });
});
