import { describe, expect, it } from 'vitest';
import { buildCanada2021 } from './buildCanada2021.ts';

describe('buildCanada2021 on the real raw files', () => {
  const election = buildCanada2021(new URL('../../data/canada-2025/raw/', import.meta.url));

  it('reproduces the official 2021 result on its 338 ridings', () => {
    expect(election.totalSeats).toBe(338);
    expect(election.ridings).toHaveLength(338);
    expect(Object.fromEntries(election.parties.filter((p) => p.seats > 0).map((p) => [p.id, p.seats]))).toEqual({
      lpc: 160,
      cpc: 119,
      bq: 32,
      ndp: 25,
      gpc: 2,
    });
  });

  it('has the national popular vote of table 9 (CPC 33.7 %, LPC 32.6 %, PPC 4.9 %)', () => {
    const share = (id: string) => Math.round(election.parties.find((p) => p.id === id)!.voteShare! * 1000) / 10;
    expect([share('cpc'), share('lpc'), share('ndp'), share('bq'), share('ppc'), share('gpc')]).toEqual([33.7, 32.6, 17.8, 7.6, 4.9, 2.3]);
  });

  it('stands alone: no previous election and no transposed winners', () => {
    expect(election.previous).toBeUndefined();
    expect(election.ridings.some((r) => r.previousWinner)).toBe(false);
  });

  it('splits bilingual riding names', () => {
    expect(election.ridings.find((r) => r.id === '10006')!.name).toEqual({ en: "St. John's East", fr: "St. John's-Est" });
  });
});
