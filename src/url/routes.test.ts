import { describe, expect, it } from 'vitest';
import { canonicalUrl, DEFAULT_ELECTION, formatViewParams, parseLocation, parseRoute, parseViewParams, routePath } from './routes.ts';

describe('parseRoute', () => {
  it.each([
    ['/', { page: 'overview' }],
    ['', { page: 'overview' }],
    ['/map', { page: 'map' }],
    ['/map/', { page: 'map' }],
    ['/map/x', { page: 'not-found' }],
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
        theme: 'dark',
        election: 'canada-2021',
        province: 'qc',
        seats: 'previous',
        order: 'spectrum',
        map: 'geo',
        coalition: ['lpc', 'ndp'],
        live: undefined,
        liveAsked: undefined,
        layout: 'arc',
        arc: 180,
        rows: undefined,
        unread: [],
      },
    );
    const live = (search: string) => {
      const { live, liveAsked } = parseViewParams(search);
      return { live, liveAsked };
    };
    expect(live('?live=30')).toEqual({ live: 30, liveAsked: undefined });
    // 0 is off; out of range, the nearest bound, with what was asked kept so the page can say so.
    expect(live('?live=0')).toEqual({ live: 0, liveAsked: undefined });
    expect(live('?live=1')).toEqual({ live: 15, liveAsked: 1 });
    expect(live('?live=99999')).toEqual({ live: 3600, liveAsked: 99999 });
    expect(live('?live=soon')).toEqual({ live: undefined, liveAsked: undefined });
    // An election id is kept as asked, even malformed: the data layer says there is no such election.
    expect(parseViewParams('?election=Canada-2021%20').election).toBe('Canada-2021 ');
    expect(parseViewParams('').election).toBe(DEFAULT_ELECTION);
    expect(
      parseViewParams(
        '?lang=de&theme=pink&election=../../etc&province=<b>&seats=all&coalition=,lpc,,LPC,x y&order=left&live=soon&plain=maybe',
      ),
    ).toEqual({
      theme: 'auto',
      election: '../../etc',
      // Kept as asked: the page says the election has no such province.
      province: '<b>',
      seats: 'current',
      order: 'result',
      map: 'geo',
      coalition: ['lpc'],
      live: undefined,
      liveAsked: undefined,
      layout: 'arc',
      arc: 180,
      rows: undefined,
      // Each value that could not be read, as typed, with what would have been: the page says so.
      unread: [
        { param: 'coalition', value: 'x y', choices: [] },
        { param: 'theme', value: 'pink', choices: ['light', 'dark', 'auto'] },
        { param: 'seats', value: 'all', choices: ['changes', 'previous'] },
        { param: 'order', value: 'left', choices: ['result', 'spectrum'] },
        { param: 'live', value: 'soon', choices: ['0', '15–3600'] },
        { param: 'lang', value: 'de', choices: ['en', 'fr'] },
        { param: 'plain', value: 'maybe', choices: ['1', '0'] },
      ],
    });
    // Case and spaces do not matter in a choice: the view asked for, not a substitute.
    expect(parseViewParams('?seats=CHANGES&theme=Dark%20&order=Spectrum')).toMatchObject({
      seats: 'changes',
      theme: 'dark',
      order: 'spectrum',
      unread: [],
    });
  });

  it("reads the chart's shape: an arc of 60° to 360° and 1 to 100 rows, whole numbers; anything else is named", () => {
    const shape = (search: string) => {
      const { arc, rows, unread } = parseViewParams(search);
      return { arc, rows, unread };
    };
    expect(shape('?arc=240&rows=12')).toEqual({ arc: 240, rows: 12, unread: [] });
    expect(shape('?arc=360&rows=1')).toEqual({ arc: 360, rows: 1, unread: [] });
    expect(shape('?arc=30&rows=0')).toEqual({
      arc: 180,
      rows: undefined,
      unread: [
        { param: 'arc', value: '30', choices: ['60–360'] },
        { param: 'rows', value: '0', choices: ['1–100'] },
      ],
    });
    expect(shape('?arc=240.5&rows=many').unread.map((u) => u.param)).toEqual(['arc', 'rows']);
  });

  it('round-trips through formatViewParams, leaving defaults out', () => {
    expect(formatViewParams(parseViewParams('?arc=240&rows=12'))).toBe('?arc=240&rows=12');
    expect(formatViewParams(parseViewParams('?layout=Benches'))).toBe('?layout=benches');
    expect(formatViewParams(parseViewParams('?arc=180'))).toBe('');
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
    expect(routePath({ page: 'overview' }, false, 'fr')).toBe('/fr/');
    expect(routePath({ page: 'map' }, true, 'fr')).toBe('/fr/embed/map');
    expect(parseLocation('/fr/embed/map')).toEqual({ lang: 'fr', embedded: true, route: { page: 'map' } });
    expect(routePath({ page: 'party', partyId: 'bq' }, true, 'fr')).toBe('/fr/embed/party/bq');
  });
});

describe('parseLocation', () => {
  it.each([
    ['/', { lang: 'en', embedded: false, route: { page: 'overview' } }],
    ['/fr', { lang: 'fr', embedded: false, route: { page: 'overview' } }],
    ['/fr/', { lang: 'fr', embedded: false, route: { page: 'overview' } }],
    ['/fr/party/bq', { lang: 'fr', embedded: false, route: { page: 'party', partyId: 'bq' } }],
    ['/fr/embed/party/bq', { lang: 'fr', embedded: true, route: { page: 'party', partyId: 'bq' } }],
    ['/embed', { lang: 'en', embedded: true, route: { page: 'overview' } }],
    ['/embed/riding/24073', { lang: 'en', embedded: true, route: { page: 'riding', ridingId: '24073' } }],
    // Only a whole segment names the language.
    ['/french', { lang: 'en', embedded: false, route: { page: 'not-found' } }],
    ['/embed/fr/party/bq', { lang: 'en', embedded: true, route: { page: 'not-found' } }],
  ])('%s', (path, location) => expect(parseLocation(path)).toEqual(location));
});

describe('canonicalUrl', () => {
  it.each([
    ['/', '', undefined],
    ['/fr/party/bq', '?theme=dark', undefined],
    ['/', '?lang=fr', '/fr/'],
    ['/party/bq', '?lang=fr&theme=dark', '/fr/party/bq?theme=dark'],
    ['/embed/party/bq', '?theme=dark&lang=fr&transparent=1', '/fr/embed/party/bq?theme=dark&transparent=1'],
    ['/fr/riding/24073', '?lang=en', '/riding/24073'],
    ['/party/bq', '?lang=en', '/party/bq'],
    // A language we do not have stays in the URL (the page says so); the other parameters stay exactly as typed.
    ['/fr/', '?lang=de&coalition=lpc,ndp', undefined],
    ['/nowhere/else', '?lang=fr', '/fr/nowhere/else'],
    ['/', '?lang=fr&lang=en', '/fr/'],
  ])('%s%s → %s', (path, search, expected) => expect(canonicalUrl(path, search)).toBe(expected));
});
