import { readFileSync } from 'node:fs';
import { buildCanada2019 } from './dataset/buildSeatsOnly.ts';
import { describe, expect, it } from 'vitest';
import { buildCanada2025, electionIndexText } from './buildDataset.ts';
import { electionJsonText } from '../src/data/electionJson.ts';

describe('buildCanada2025 on the real raw files', () => {
  const election = buildCanada2025();
  const party = (id: string) => election.parties.find((p) => p.id === id)!;

  it('reproduces the official seat totals over 343 ridings', () => {
    expect(election.ridings).toHaveLength(343);
    expect(Object.fromEntries(election.parties.map((p) => [p.id, p.seats]))).toEqual({
      lpc: 169,
      cpc: 144,
      bq: 22,
      ndp: 7,
      gpc: 1,
      ppc: 0,
      other: 0,
    });
  });

  it('has the national popular vote', () => {
    expect(election.totalVotes).toBe(19_641_663);
    expect(party('lpc').votes).toBe(8_595_488);
    expect(party('ppc').votes).toBe(136_977);
    expect(party('ppc').voteShare).toBeCloseTo(0.007, 3);
  });

  it('takes the judicially certified count for the four recounts', () => {
    const certified = election.ridings.filter((r) => r.stage === 'judicially-certified').map((r) => r.id);
    expect(certified).toEqual(['10007', '24073', '35060', '35118']);
    expect(election.ridings.find((r) => r.id === '24073')).toMatchObject({ winner: 'lpc', margin: 1 });
    expect(election.ridings.find((r) => r.id === '10007')).toMatchObject({ winner: 'cpc', margin: 12 });
  });

  it('counts Quebec as 78 seats: LPC 44, BQ 22, CPC 11, NDP 1', () => {
    const quebec = election.ridings.filter((r) => r.region === 'qc');
    const won = (id: string) => quebec.filter((r) => r.winner === id).length;
    expect([quebec.length, won('lpc'), won('bq'), won('cpc'), won('ndp')]).toEqual([78, 44, 22, 11, 1]);
  });

  it('carries the 2021 result transposed onto the new ridings', () => {
    expect(Object.fromEntries(election.previous!.parties.map((p) => [p.id, p.seats]))).toMatchObject({
      lpc: 157,
      cpc: 126,
      bq: 34,
      ndp: 24,
      gpc: 2,
    });
    expect(election.ridings.every((r) => r.previousWinner)).toBe(true);
  });

  it('writes official names with French names', () => {
    const levis = election.ridings.find((r) => r.name.en.startsWith('Lévis'))!;
    expect(levis.name.en).toBe('Lévis—Lotbinière');
    expect(election.ridings.filter((r) => r.name.fr !== r.name.en).length).toBeGreaterThan(70);
  });
});

describe('the files the app loads', () => {
  it('are what the script writes from the raw files: the elections (2019 by party only) and their list, newest first', () => {
    const election = buildCanada2025();
    const file = (name: string) => readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8');
    expect(file('canada-2025.json')).toBe(electionJsonText(election));
    const index = JSON.parse(file('elections.json')) as { elections: { id: string }[] };
    expect(index.elections.map((e) => e.id)).toEqual(['canada-2025', 'canada-2021', 'canada-2019']);
    expect(file('canada-2019.json')).toBe(electionJsonText(buildCanada2019()));
    expect(electionIndexText([{ ...election, id: 'older', date: '2001-01-01' }, election])).toMatch(/"canada-2025"[\s\S]*"older"/);
  });
});
