import { describe, expect, it } from 'vitest';
import { candidateName, finalRowsByDistrict, readCandidatesTsv } from './readCandidatesTsv.ts';

const header =
  'These results were downloaded and refreshed on June 13, 2025.\t\r\n' +
  'Electoral district number\tElectoral district name\tNom\tType of results*\tType de résultats**\tSurname\tMiddle name(s)\tGiven name\tPolitical affiliation\tAppartenance politique\tVotes obtained\t% Votes\tRejected\tTotal\r\n';
const row = (d: string, name: string, stage: string, surname: string, given: string, aff: string, votes: number) =>
  `${d}\t${name}\t${name}\t${stage}\tx\t${surname}\t\t${given}\t${aff}\t${aff}\t${votes}\t0\t0\t0\r\n`;

// Terrebonne: the validated count had the Bloc ahead; the judicial recount gave the Liberal a 1-vote win.
const tsv =
  header +
  row('24073', 'Terrebonne', 'preliminary', 'Auguste', 'Tatiana', 'Liberal', 23296) +
  row('24073', 'Terrebonne', 'preliminary', 'Sinclair-Desgagné', 'Nathalie', 'Bloc Québécois', 23261) +
  row('24073', 'Terrebonne', 'validated', 'Auguste', 'Tatiana', 'Liberal', 23296) +
  row('24073', 'Terrebonne', 'validated', 'Sinclair-Desgagné', 'Nathalie', 'Bloc Québécois', 23340) +
  row('24073', 'Terrebonne', 'judicially certified', 'Auguste', 'Tatiana', 'Liberal', 23352) +
  row('24073', 'Terrebonne', 'judicially certified', 'Sinclair-Desgagné', 'Nathalie', 'Bloc Québécois', 23351) +
  row('10001', 'Avalon', 'preliminary', 'Connors', 'Paul', 'Liberal', 27133) +
  row('10001', 'Avalon', 'validated', 'Connors', 'Paul', 'Liberal', 27140) +
  '*Type of results: preliminary results are unofficial results from election night\t\t\r\n' +
  '***The rejected ballots count is not available\t\t\r\n';

describe('readCandidatesTsv', () => {
  it('skips the title, header and footnotes and reads every candidate row', () => {
    const rows = readCandidatesTsv(tsv);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      district: '24073',
      nameEn: 'Terrebonne',
      nameFr: 'Terrebonne',
      stage: 'preliminary',
      candidate: 'Tatiana Auguste',
      affiliationEn: 'Liberal',
      affiliationFr: 'Liberal',
      votes: 23296,
    });
  });

  it('refuses votes that are not whole numbers', () => {
    expect(() => readCandidatesTsv(header + row('10001', 'Avalon', 'validated', 'A', 'B', 'Liberal', 1.5))).toThrow(/not a whole number/);
  });
});

describe('finalRowsByDistrict', () => {
  it('keeps the judicially certified count where there was a recount, the validated count elsewhere', () => {
    const final = finalRowsByDistrict(readCandidatesTsv(tsv));
    expect(final.get('24073')!.map((r) => [r.stage, r.votes])).toEqual([
      ['judicially-certified', 23352],
      ['judicially-certified', 23351],
    ]);
    expect(final.get('10001')!.map((r) => [r.stage, r.votes])).toEqual([['validated', 27140]]);
  });
});

describe('candidateName', () => {
  it('joins given, middle and family names, skipping blanks', () => {
    expect(candidateName('Tatiana', '', 'Auguste')).toBe('Tatiana Auguste');
    expect(candidateName(' Mary ', 'Jo', 'Smith')).toBe('Mary Jo Smith');
  });
});
