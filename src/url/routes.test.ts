import { describe, expect, it } from 'vitest';
import { browserLang, DEFAULT_ELECTION, formatViewParams, parseRoute, parseViewParams, routePath } from './routes.ts';

describe('parseRoute', () => {
  it.each([
    ['/', { page: 'overview' }],
    ['', { page: 'overview' }],
    ['/party/cpc', { page: 'party', partyId: 'cpc' }],
    ['/party/cpc/', { page: 'party', partyId: 'cpc' }],
    ['/riding/24073', { page: 'riding', ridingId: '24073' }],
    ['/nowhere', { page: 'not-found' }],
    ['/party/a%2Fb', { page: 'party', partyId: 'a/b' }],
    // A malformed escape must not throw (it would blank the page): it stays as typed and names no party.
    ['/party/%ZZ', { page: 'party', partyId: '%ZZ' }],
    ['/riding/%E0%A4%A', { page: 'riding', ridingId: '%E0%A4%A' }],
  ])('%s', (path, route) => expect(parseRoute(path)).toEqual(route));
});

describe('parseViewParams', () => {
  it('reads valid params and falls back on anything else', () => {
    expect(parseViewParams('?lang=fr&theme=dark&election=canada-2021&province=QC&seats=previous&coalition=lpc,ndp&order=spectrum')).toEqual(
      {
        lang: 'fr',
        theme: 'dark',
        election: 'canada-2021',
        province: 'qc',
        seats: 'previous',
        order: 'spectrum',
        coalition: ['lpc', 'ndp'],
        live: undefined,
      },
    );
    expect(parseViewParams('?live=30').live).toBe(30);
    expect(parseViewParams('?live=1').live).toBe(5);
    expect(parseViewParams('?live=99999').live).toBe(3600);
    expect(parseViewParams('?live=soon').live).toBeUndefined();
    expect(parseViewParams('?lang=de&theme=pink&election=../../etc&province=<b>&seats=all&coalition=,lpc,,LPC,x y&order=left')).toEqual({
      lang: undefined,
      theme: 'auto',
      election: DEFAULT_ELECTION,
      province: undefined,
      seats: 'current',
      order: 'result',
      coalition: ['lpc'],
      live: undefined,
    });
  });

  it('round-trips through formatViewParams, leaving defaults out', () => {
    const params = parseViewParams('?lang=fr&theme=dark&province=qc&seats=changes&coalition=lpc,ndp&order=spectrum');
    expect(parseViewParams(formatViewParams(params))).toEqual(params);
    expect(formatViewParams(params)).toContain('coalition=lpc,ndp');
    expect(formatViewParams(parseViewParams(''))).toBe('');
  });
});

describe('routePath', () => {
  it('builds paths that parse back', () => {
    expect(parseRoute(routePath({ page: 'party', partyId: 'ndp' }))).toEqual({ page: 'party', partyId: 'ndp' });
    expect(parseRoute(routePath({ page: 'riding', ridingId: '24073' }))).toEqual({ page: 'riding', ridingId: '24073' });
    expect(routePath({ page: 'riding', ridingId: '24073' }, true)).toBe('/embed/riding/24073');
  });
});

describe('browserLang', () => {
  it('picks French or English from the browser list', () => {
    expect(browserLang(['fr-CA', 'en'])).toBe('fr');
    expect(browserLang(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});
