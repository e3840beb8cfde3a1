import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../i18n/format.ts';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { ridingSentence } from './ridingSentence.ts';

const english = { f: makeFormatters('en') };
const text = (name: string) => name;

describe('ridingSentence', () => {
  const election = sampleElection();
  const riding = (id: string, from = election) => from.ridings.find((r) => r.id === id)!;

  it('says who won, by how many votes, over whom', () => {
    expect(ridingSentence(english, election, riding('202'), text)).toEqual([
      'Candidate RED 202 (',
      'Red',
      ') won by 1\u00a0vote over Candidate BLUE 202 (Blue).',
    ]);
    expect((ridingSentence({ f: makeFormatters('fr') }, election, riding('101'), text) as string[]).join('')).toBe(
      'Candidate RED 101 (Red) l’emporte par 200\u00a0voix sur Candidate BLUE 101 (Blue).',
    );
  });

  it('gives the winner’s party to the caller to write (a link on the page), and the rest as text', () => {
    const parts = ridingSentence(english, election, riding('103'), (name, id) => `[${name}](/party/${id})`);
    expect(parts[1]).toBe('[Blue](/party/blue)');
  });

  it('says a lead is a lead, and a riding with no result yet that it has none', () => {
    const night = sampleNight();
    expect((ridingSentence(english, night, riding('101', night), text) as string[]).join('')).toContain(') leads by 200\u00a0votes over');
    expect(ridingSentence(english, night, riding('202', night), text)).toBe('No result yet: the riding has not reported.');
  });
});
