import { describe, expect, it } from 'vitest';
import { sampleElection } from '../test/sampleElection.ts';
import { electionFingerprint } from './electionFingerprint.ts';

describe('electionFingerprint', () => {
  it('is eight hex digits, the same for the same data', () => {
    expect(electionFingerprint(sampleElection())).toMatch(/^[0-9a-f]{8}$/);
    expect(electionFingerprint(sampleElection())).toBe(electionFingerprint(sampleElection()));
  });

  it('changes when a figure changes', () => {
    const changed = sampleElection();
    changed.ridings[0]!.candidates[0]!.votes += 1;
    expect(electionFingerprint(changed)).not.toBe(electionFingerprint(sampleElection()));
  });
});
