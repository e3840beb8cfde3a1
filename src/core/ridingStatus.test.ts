import { describe, expect, it } from 'vitest';
import { isDeclared, ridingStatus, seatStatus } from './ridingStatus.ts';

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
});
