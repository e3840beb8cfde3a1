import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChart, EMPTY_CHART, encodeChart, type MadeChart } from './chartCode.ts';

const party = (name: string, seats: string, shortName = '', color = '') => ({ name, shortName, seats, color });

const chart: MadeChart = {
  ...EMPTY_CHART,
  title: 'Assemblée nationale du Québec, 2022',
  source: 'Élections Québec',
  date: '2022-10-03',
  totalSeats: '125',
  parties: [
    party('Coalition avenir Québec', '90', 'CAQ', '#00aeef'),
    party('Parti libéral du Québec', '21', 'PLQ'),
    party('Québec solidaire', '11', '', '#ff5505'),
    party('Parti québécois', '3'),
  ],
};

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const madeChart: fc.Arbitrary<MadeChart> = fc.record({
  title: text,
  notes: text,
  source: text,
  date: fc.oneof(fc.constant(''), text),
  credit: text,
  totalSeats: fc.oneof(fc.constant(''), fc.nat({ max: 20_000 }).map(String), text),
  majority: fc.oneof(fc.constant(''), fc.constantFrom('2/3', '60%', '200'), text),
  parties: fc.array(
    fc.record({
      name: text,
      shortName: text,
      // Counts as typed: whole numbers (the usual), and anything else a reader may type, kept as it was.
      seats: fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constantFrom('-3', '2.5', '007', ' 12', '1e3', ''), text),
      color: fc.oneof(fc.constant(''), fc.constantFrom('#00aeef', 'red', '#abc')),
    }),
    { maxLength: 12 },
  ),
});

describe('the chart in its link', () => {
  it('comes back exactly as it went, in letters, digits, - and _ only, led by its version', async () => {
    const code = await encodeChart(chart);
    expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(await decodeChart(code)).toEqual({ chart });
  });

  it('round-trips every chart, whatever was typed in it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(madeChart, async (made) => {
        const code = await encodeChart(made);
        expect(code).toMatch(/^1[A-Za-z0-9_-]*$/);
        expect(await decodeChart(code)).toEqual({ chart: made });
      }),
      { numRuns: 200 },
    );
  });

  it('is short: a House of 125 with four parties in under 250 characters', async () => {
    expect((await encodeChart(chart)).length).toBeLessThan(250);
  });

  it('keeps any name as typed: other scripts, right to left, quotes and symbols', async () => {
    const names = ['حزب العمال', '"Quoted", with commas; and semicolons', '🌿 Green & <Co>', 'Ελληνικά', 'a\u200fb\u202e'];
    const made = { ...EMPTY_CHART, parties: names.map((name) => party(name, '1')) };
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

  it('rejects every code cut short or with a character changed, or reads it as a chart (property)', async () => {
    const code = await encodeChart(chart);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: code.length - 2 }), fc.constantFrom(...'AZaz09-_'), async (at, c) => {
        for (const broken of [code.slice(0, at + 1), code.slice(0, at + 1) + c + code.slice(at + 2)]) {
          const read = await decodeChart(broken);
          // Deflate has no checksum: a changed byte may still read as a chart, but only ever as a whole one.
          if ('chart' in read) expect(read.chart.parties.every((p) => typeof p.name === 'string' && typeof p.seats === 'string')).toBe(true);
          else expect(['unreadable', 'version']).toContain(read.problem);
        }
      }),
      { numRuns: 100 },
    );
  });
});
