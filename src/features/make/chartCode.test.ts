import { describe, expect, it } from 'vitest';
import { decodeChart, encodeChart, type MadeChart } from './chartCode.ts';

const chart: MadeChart = {
  title: 'Assemblée nationale du Québec, 2022',
  source: 'Élections Québec',
  date: '2022-10-03',
  totalSeats: 125,
  parties: [
    { name: 'Coalition avenir Québec', shortName: 'CAQ', seats: 90, color: '#00aeef' },
    { name: 'Parti libéral du Québec', shortName: 'PLQ', seats: 21 },
    { name: 'Québec solidaire', seats: 11, color: '#ff5505' },
    { name: 'Parti québécois', seats: 3 },
  ],
};

describe('the chart in its link', () => {
  it('comes back exactly as it went, in letters, digits, - and _ only, led by its version', async () => {
    const code = await encodeChart(chart);
    expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(await decodeChart(code)).toEqual({
      chart: {
        ...chart,
        notes: undefined,
        credit: undefined,
        parties: chart.parties.map((p) => ({ shortName: undefined, color: undefined, ...p })),
      },
    });
  });

  it('is short: a House of 125 with four parties in under 250 characters', async () => {
    expect((await encodeChart(chart)).length).toBeLessThan(250);
  });

  it('keeps any name as typed: other scripts, right to left, quotes and symbols', async () => {
    const names = ['حزب العمال', '"Quoted", with commas; and semicolons', '🌿 Green & <Co>', 'Ελληνικά'];
    const made = { totalSeats: 4, parties: names.map((name) => ({ name, seats: 1 })) };
    const read = await decodeChart(await encodeChart(made));
    expect('chart' in read && read.chart.parties.map((p) => p.name)).toEqual(names);
  });

  it('tells a cut or hand-edited link from one of a version it does not know, and gives no chart for either', async () => {
    const code = await encodeChart(chart);
    expect(await decodeChart(code.slice(0, 40))).toEqual({ problem: 'unreadable' });
    expect(await decodeChart(`${code}!`)).toEqual({ problem: 'unreadable' });
    expect(await decodeChart('')).toEqual({ problem: 'unreadable' });
    expect(await decodeChart(`2${code.slice(1)}`)).toEqual({ problem: 'version' });
  });
});
