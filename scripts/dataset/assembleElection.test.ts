import { describe, expect, it } from 'vitest';
import { assembleRiding, officialName } from './assembleElection.ts';
import type { CandidateRow } from './readCandidatesTsv.ts';

const candidate = (affiliationEn: string, votes: number): CandidateRow => ({
  district: '59001',
  nameEn: 'Abbotsford--South Langley',
  nameFr: 'Abbotsford--South Langley',
  stage: 'validated',
  candidate: `Someone ${affiliationEn}`,
  affiliationEn,
  affiliationFr: affiliationEn,
  votes,
});

describe('officialName', () => {
  it('writes the em dash of official names', () => {
    expect(officialName('Lévis--Lotbinière')).toBe('Lévis—Lotbinière');
    expect(officialName('Avalon')).toBe('Avalon');
  });
});

describe('assembleRiding', () => {
  it('finds the winner and the margin over the runner-up, and groups minor parties as other', () => {
    const riding = assembleRiding('59001', [candidate('Liberal', 100), candidate('Conservative', 130), candidate('Rhinoceros', 3)], 'lpc');
    expect(riding).toMatchObject({ winner: 'cpc', margin: 30, validVotes: 233, region: 'bc', previousWinner: 'lpc' });
    expect(riding.name.en).toBe('Abbotsford—South Langley');
    expect(riding.candidates.map((c) => c.party)).toEqual(['cpc', 'lpc', 'other']);
    expect(riding.candidates[2]).toMatchObject({ affiliation: { en: 'Rhinoceros' } });
  });

  it('gives a margin of 0 on a tie', () => {
    expect(assembleRiding('59001', [candidate('Liberal', 100), candidate('Conservative', 100)], undefined).margin).toBe(0);
  });

  it('gives an unopposed winner a margin of all their votes', () => {
    expect(assembleRiding('59001', [candidate('Liberal', 100)], undefined).margin).toBe(100);
  });
});
