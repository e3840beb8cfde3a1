import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../test/sampleElection.ts';
import { isCounting, isDeclared, previousSeatsSoFar, ridingStatus, seatsCounted, seatStatus } from './ridingStatus.ts';

describe('ridingStatus', () => {
  it('reads a night in progress, and a declared seat at its official stage', () => {
    expect(ridingStatus({ status: 'pending', stage: 'preliminary' })).toBe('pending');
    expect(ridingStatus({ status: 'leading', stage: 'preliminary' })).toBe('leading');
    expect(ridingStatus({ status: undefined, stage: 'preliminary' })).toBe('elected');
    expect(ridingStatus({ status: undefined, stage: 'validated' })).toBe('validated');
    expect(ridingStatus({ status: undefined, stage: 'judicially-certified' })).toBe('certified');
  });

  it('counts a seat as won only once declared', () => {
    expect(['pending', 'leading', 'elected', 'validated', 'certified'].map((s) => isDeclared(s as never))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('tells the seats’ data-status contract: pending, leading, or elected at whatever stage', () => {
    expect((['pending', 'leading', 'elected', 'validated', 'certified'] as const).map(seatStatus)).toEqual([
      'pending',
      'leading',
      'elected',
      'elected',
      'elected',
    ]);
  });

  it('counts a party’s seats as the count stands, and what it held in the ridings counted so far', () => {
    const night = sampleNight();
    expect(isCounting(night)).toBe(true);
    expect(isCounting(sampleElection())).toBe(false);
    expect(night.parties.map((p) => [p.id, seatsCounted(p)])).toEqual([
      ['red', 3],
      ['blue', 3],
      ['gold', 0],
    ]);
    // Riding 202 (held by Blue) has not reported: it is not in Blue's count yet.
    expect(['red', 'blue', 'gold'].map((id) => previousSeatsSoFar(night, id))).toEqual([2, 4, 0]);
    expect(['red', 'blue'].map((id) => previousSeatsSoFar(sampleElection(), id))).toEqual(
      ['red', 'blue'].map((id) => sampleElection().previous!.parties.find((p) => p.id === id)!.seats),
    );
  });
});
