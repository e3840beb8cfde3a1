import { describe, expect, it } from 'vitest';
import type { Riding } from '../data/electionSchema.ts';
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
const ids = (query: string) => searchRidings(index, query).map((r) => r.id);

describe('searchKey', () => {
  it('drops case, accents and dashes', () => {
    expect(searchKey('Lévis—Lotbinière')).toBe('levis lotbiniere');
    expect(searchKey("  L'Île-Perrot ")).toBe('l ile perrot');
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

describe('ridingIndex', () => {
  it('builds the index of a list once and reuses it', () => {
    const ridings = index.map((entry) => entry.riding);
    const first = ridingIndex(ridings);
    expect(first).toEqual(indexRidings(ridings));
    expect(ridingIndex(ridings)).toBe(first);
    expect(ridingIndex([...ridings])).not.toBe(first);
  });
});
