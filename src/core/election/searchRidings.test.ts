import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Riding } from '../../data/electionSchema.ts';
import { indexRidings, ridingIndex, searchKey, searchRidings } from './searchRidings.ts';

const riding = (id: string, en: string, fr = en) =>
  ({ id, name: { en, fr }, region: 'qc', stage: 'validated', winner: 'a', margin: 1, validVotes: 1, candidates: [] }) as unknown as Riding;

const index = indexRidings([
  riding('24045', 'Lévis—Lotbinière'),
  riding('24073', 'Terrebonne'),
  riding('24068', 'Rivière-du-Nord'),
  riding('10007', 'Terra Nova—The Peninsulas', 'Terra Nova—Les Péninsules'),
  riding('35001', 'Ajax'),
  riding('24016', 'Saint-Laurent'),
]);
const ids = (query: string) => searchRidings(index, query).map((m) => m.riding.id);

describe('searchKey', () => {
  it('drops case, accents and dashes', () => {
    expect(searchKey('Lévis—Lotbinière')).toBe('levis lotbiniere');
    expect(searchKey("  L'Île-Perrot ")).toBe('l ile perrot');
  });

  it('writes the words St and Ste as Saint and Sainte, never inside a word', () => {
    expect(searchKey('Sault Ste. Marie—Algoma')).toBe('sault sainte marie algoma');
    expect(searchKey('St-Jean')).toBe('saint jean');
    expect(searchKey('ST ste St.')).toBe('saint sainte saint');
    expect(searchKey('Stratford')).toBe('stratford');
    expect(searchKey('Richmond East—Steveston')).toBe('richmond east steveston');
    expect(searchKey('Toronto—St. Paul’s')).toBe('toronto saint paul s');
  });
});

describe('searchRidings', () => {
  it.each([
    ['levis', ['24045']],
    ['LÉVIS-LOT', ['24045']],
    ['terrebonne', ['24073']],
    ['riviere du nord', ['24068']],
    ['peninsules', ['10007']],
    ['terranova', ['10007']],
    ['saint laurent', ['24016']],
  ])('"%s" finds %j', (query, expected) => expect(ids(query)).toEqual(expected));

  it('puts names that start with the query first', () => {
    expect(ids('terr')).toEqual(['10007', '24073']);
    expect(ids('nord')).toEqual(['24068']);
  });

  it('returns nothing for an empty query', () => {
    expect(ids('  -- ')).toEqual([]);
  });
});

describe('searchRidings on the 343 ridings of 2025', () => {
  const real = JSON.parse(readFileSync(new URL('../../../public/data/canada-2025.json', import.meta.url), 'utf8')) as { ridings: Riding[] };
  const realIndex = indexRidings(real.ridings);
  // The ridings found by their own names (candidates' come after them: Sébastien St-Jean after Saint-Jean).
  const names = (query: string) =>
    searchRidings(realIndex, query)
      .filter((m) => m.candidate === undefined)
      .map((m) => m.riding.name.en);

  it.each([
    ['st-jean', ['Saint-Jean', 'Lac-Saint-Jean']],
    ['St. Jean', ['Saint-Jean', 'Lac-Saint-Jean']],
    ['saint-jean', ['Saint-Jean', 'Lac-Saint-Jean']],
    ['ste-marie', ['Laurier—Sainte-Marie', 'Sault Ste. Marie—Algoma']],
    ['sainte marie', ['Laurier—Sainte-Marie', 'Sault Ste. Marie—Algoma']],
    ['st catharines', ['St. Catharines']],
    ['saint catharines', ['St. Catharines']],
    ['sault ste marie', ['Sault Ste. Marie—Algoma']],
    ['sault sainte marie', ['Sault Ste. Marie—Algoma']],
    ['Sault Ste. Marie', ['Sault Ste. Marie—Algoma']],
    // English "St. Boniface—St. Vital" is "Saint-Boniface—Saint-Vital" in French: one riding, once.
    ['st boniface', ['St. Boniface—St. Vital']],
    ['saint albert', ['St. Albert—Sturgeon River']],
    ['stratford', []],
    ['strat', ['Edmonton Strathcona']],
    ['steveston', ['Richmond East—Steveston']],
  ])('"%s" finds %j', (query, expected) => expect(names(query)).toEqual(expected));

  it('still finds a name that begins with St or Ste while it is being typed', () => {
    expect(names('sto').slice(0, 3)).toEqual(['Stormont—Dundas—Glengarry', 'Hamilton East—Stoney Creek', 'Markham—Stouffville']);
    expect(names('ste').slice(0, 3)).toEqual(['Laurier—Sainte-Marie', 'Richmond East—Steveston', 'Sault Ste. Marie—Algoma']);
    // Once the word is ended by a dot or a space, it is the abbreviation only.
    expect(names('ste.')).toEqual(['Laurier—Sainte-Marie', 'Sault Ste. Marie—Algoma']);
  });

  it('finds a candidate by name, accents and case ignored, and names the riding', () => {
    const found = (query: string) => searchRidings(realIndex, query).map((m) => [m.candidate, m.riding.name.en]);
    expect(found('poilievre')).toEqual([['Pierre Poilievre', 'Carleton']]);
    expect(found('CARNEY')).toEqual([['Mark Carney', 'Nepean']]);
    expect(found('yves-francois blanchet')).toEqual([['Yves-François Blanchet', 'Beloeil—Chambly']]);
    // A riding's own name comes before a candidate's: "Carleton" is a riding before it is anyone's name.
    expect(found('carleton')[0]).toEqual([undefined, 'Carleton']);
    expect(found('zzzz')).toEqual([]);
  });

  it('finds a riding written "St-" from "Saint-" and the reverse', () => {
    const abbreviated = indexRidings([riding('1', 'St-Jérôme'), riding('2', 'Sainte-Thérèse'), riding('3', 'Stanstead')]);
    expect(searchRidings(abbreviated, 'saint-jerome').map((m) => m.riding.id)).toEqual(['1']);
    expect(searchRidings(abbreviated, 'ste therese').map((m) => m.riding.id)).toEqual(['2']);
    // "St-" is a whole word, so not the start of "Stanstead"; "saint" begins "sainte".
    expect(searchRidings(abbreviated, 'st-').map((m) => m.riding.id)).toEqual(['1', '2']);
  });
});

describe('ridingIndex', () => {
  it('builds the index of a list once and reuses it', () => {
    const ridings = index.map((entry) => entry.riding);
    const first = ridingIndex(ridings);
    expect(first).toEqual(indexRidings(ridings));
    expect(ridingIndex(ridings)).toBe(first);
    expect(ridingIndex([...ridings])).not.toBe(first);
  });
});
