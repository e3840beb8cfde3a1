import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { resolveView } from '../../shared/resolveView.ts';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { parseViewParams, type Route } from '../../url/routes.ts';
import { provinceNamer, ridingLooks } from './ridingLooks.ts';

const english = { t: en, f: makeFormatters('en') };
const looksOf = (route: Route, query = '', election = sampleElection()) =>
  ridingLooks(english, election, resolveView(election, route, parseViewParams(query)));

describe('ridingLooks', () => {
  it('draws each riding in its winner’s colour, kept bright for the view’s party and faint outside it', () => {
    const look = looksOf({ page: 'party', partyId: 'blue' });
    expect(look('103')).toMatchObject({ party: 'blue', color: '#0033aa', dimmed: false, flipped: false, status: 'validated' });
    expect(look('101')).toMatchObject({ party: 'red', color: '#cc0000', dimmed: true });
  });

  it('outlines the ridings that changed hands only when the view shows changes, and draws last time’s winner for the previous result', () => {
    expect(looksOf({ page: 'overview' })('101').flipped).toBe(false);
    expect(looksOf({ page: 'overview' }, 'seats=changes')('101').flipped).toBe(true);
    expect(looksOf({ page: 'overview' }, 'seats=changes')('102').flipped).toBe(false);
    expect(looksOf({ page: 'overview' }, 'seats=previous')('101')).toMatchObject({ party: 'blue', status: 'elected' });
  });

  it('keeps a province’s ridings bright, and says where a night’s count stands', () => {
    const look = looksOf({ page: 'overview' }, 'province=west');
    expect([look('101').dimmed, look('201').dimmed]).toEqual([true, false]);
    const night = looksOf({ page: 'overview' }, '', sampleNight());
    expect([night('101').status, night('202').status, night('202').party]).toEqual(['leading', 'pending', undefined]);
    expect(night('202').color).toBe('#888');
  });
});

describe('provinceNamer', () => {
  it('names each province by its ridings’ first two digits, in the reader’s language', () => {
    const name = provinceNamer(sampleElection(), makeFormatters('fr'));
    expect([name('10'), name('20'), name('30')]).toEqual(['E', 'O', undefined]);
  });
});
