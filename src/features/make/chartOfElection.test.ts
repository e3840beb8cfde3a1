import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseElection } from '../../data/electionSchema.ts';
import { readMadeChart } from '../../data/madeElection.ts';
import { chartOfElection } from './chartOfElection.ts';

const seats2019 = parseElection(JSON.parse(readFileSync(new URL('../../../public/data/canada-2019.json', import.meta.url), 'utf8')));

describe('chartOfElection', () => {
  it('gives a published result to the builder as typed rows, in political order, and reads back as the same House', () => {
    const chart = chartOfElection(seats2019, (name) => name.fr ?? name.en);
    expect(chart.title).toBe('Élection fédérale canadienne de 2019');
    expect(chart.date).toBe('2019-10-21');
    expect(chart.totalSeats).toBe('338');
    expect(chart.parties.map((p) => [p.shortName, p.seats])).toEqual(
      [...seats2019.parties].sort((a, b) => a.seatOrder - b.seatOrder).map((p) => [p.shortName.fr ?? p.shortName.en, String(p.seats)]),
    );
    const { election, problems } = readMadeChart(chart);
    expect(problems).toEqual([]);
    expect(election?.parties.map((p) => [p.color, p.seats])).toEqual(
      [...seats2019.parties].sort((a, b) => a.seatOrder - b.seatOrder).map((p) => [p.color, p.seats]),
    );
    expect(election?.totalSeats).toBe(338);
  });
});
