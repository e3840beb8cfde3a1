import { describe, expect, it } from 'vitest';
import { makeFormatters } from './format.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { CHANGES_WORDS } from './words/changes.ts';
import { PARTY_WORDS } from './words/party.ts';
import { RIDING_DETAIL_WORDS } from './words/ridingDetail.ts';
import { SOURCES_WORDS } from './words/sources.ts';
import { STATUS_WORDS } from './words/status.ts';

const NBSP = /[\u00a0\u202f]/;

describe('makeFormatters', () => {
  it('formats English Canadian numbers', () => {
    const f = makeFormatters('en');
    expect(f.count(8595488)).toBe('8,595,488');
    expect(f.percent(0.43762)).toBe('43.8%');
    expect(f.signed(12)).toBe('+12');
    expect(f.signed(-17)).toBe('−17');
    expect(f.signed(0)).toBe('0');
    expect(f.date('2025-04-28')).toBe('April 28, 2025');
  });

  it('formats French Canadian numbers with non-breaking spaces', () => {
    const f = makeFormatters('fr');
    expect(f.count(8595488).replace(NBSP, ' ').replace(NBSP, ' ')).toBe('8 595 488');
    expect(f.percent(0.43762)).toMatch(/^43,8[\u00a0\u202f]%$/);
    expect(f.date('2025-04-28')).toBe('28 avril 2025');
    expect(f.points(0.0001)).toBe('<\u00a00,1');
    expect(makeFormatters('en').points(0.0001)).toBe('<0.1');
  });

  it('shows a date it cannot read as given instead of throwing', () => {
    const f = makeFormatters('en');
    expect(f.date('someday')).toBe('someday');
    expect(f.dateTime('2025-04-28T12:00:00 +05:00')).toBe('2025-04-28T12:00:00 +05:00');
    expect(f.time('')).toBe('');
    // A moment says its time zone: the reader's, named.
    expect(f.dateTime('2025-06-13T19:56:00Z')).toMatch(/^\w{3} \d{1,2}, 2025, \d{1,2}:56 [ap]\.m\. \S+$/);
    expect(f.time('2025-06-13T19:56:07Z')).toMatch(/^\d{1,2}:56:07 [ap]\.m\. \S+$/);
  });

  it('falls back to English text when a translation is missing', () => {
    expect(makeFormatters('fr').text({ en: 'Liberal' })).toBe('Liberal');
    expect(makeFormatters('fr').text({ en: 'Liberal', fr: 'Libéral' })).toBe('Libéral');
  });
});

describe('catalogs', () => {
  it('pluralise seats in both languages', () => {
    expect(en.seats(makeFormatters('en'), 1)).toBe('1\u00a0seat');
    expect(en.seats(makeFormatters('en'), 169)).toBe('169\u00a0seats');
    expect(fr.seats(makeFormatters('fr'), 1)).toBe('1\u00a0siège');
    expect(fr.seats(makeFormatters('fr'), 169)).toBe('169\u00a0sièges');
    expect(RIDING_DETAIL_WORDS.fr.more(makeFormatters('fr'), 1)).toBe('et 1\u00a0autre');
    expect(RIDING_DETAIL_WORDS.fr.more(makeFormatters('fr'), 3)).toBe('et 3\u00a0autres');
    expect(CHANGES_WORDS.fr.summary(makeFormatters('fr'), { flipped: 1, total: 343 })).toBe(
      '1\u00a0circonscription sur 343 a changé de mains.',
    );
  });

  it('say how far a minority is from a majority', () => {
    const text = en.summaryMinority(makeFormatters('en'), { party: 'Liberal Party of Canada', seats: 169, short: 3 });
    // No line break between a number and its word.
    expect(text).toBe('The Liberal Party of Canada won 169\u00a0seats, 3\u00a0short of a majority: a minority.');
    expect(PARTY_WORDS.en.short(makeFormatters('en'), { short: 3, threshold: 172 })).toBe('3\u00a0short of\u00a0172');
    expect(PARTY_WORDS.fr.short(makeFormatters('fr'), { short: 3, threshold: 172 })).toBe('3\u00a0de moins que\u00a0172');
    expect(en.majorityLabel(makeFormatters('en'), 172)).toBe('172\u00a0seats for a majority');
  });

  it('cite a source around its published title, in French words on a French page', () => {
    const source = { publisher: 'Elections Canada, via a/b', licence: 'Open Government Licence – Canada (data); MIT (repository)' };
    expect(SOURCES_WORDS.en.sourceCitation(source)).toEqual({
      before: '',
      after: '. Elections Canada, via a/b. Open Government Licence – Canada (data); MIT (repository).',
    });
    expect(SOURCES_WORDS.fr.sourceCitation(source)).toEqual({
      before: '«\u00a0',
      after:
        '\u00a0» (titre original), Élections Canada, via a/b, licence\u00a0: Licence du gouvernement ouvert – Canada (données)\u00a0; MIT (dépôt).',
    });
  });

  it('count polls reporting, in the singular for 0 and 1 in French', () => {
    const [en, fr] = [makeFormatters('en'), makeFormatters('fr')];
    expect(STATUS_WORDS.en.polls(en, { reporting: 0, total: 200 })).toBe('0 of 200 polls reporting');
    expect(STATUS_WORDS.fr.polls(fr, { reporting: 0, total: 200 })).toBe('0\u00a0bureau sur 200 a fait rapport');
    expect(STATUS_WORDS.fr.polls(fr, { reporting: 1, total: 200 })).toBe('1\u00a0bureau sur 200 a fait rapport');
    expect(STATUS_WORDS.fr.polls(fr, { reporting: 12, total: 200 })).toBe('12\u00a0bureaux sur 200 ont fait rapport');
  });
});
