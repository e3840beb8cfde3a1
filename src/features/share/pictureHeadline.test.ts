import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { makeFormatters } from '../../i18n/format.ts';
import type { Route } from '../../url/routes.ts';
import { sampleElection } from '../../test/sampleElection.ts';
import { pictureHeadline } from './pictureHeadline.ts';

const election = sampleElection();
const i18n = { t: en, f: makeFormatters('en') };
const overview: Route = { page: 'overview' };

describe('pictureHeadline', () => {
  it("names what the view shows, without the app's name", () => {
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: undefined, route: overview })).toBe(
      'Sample election',
    );
    expect(pictureHeadline(i18n, election, { party: election.parties[1], riding: undefined, region: undefined, route: overview })).toBe(
      'Blue: 3\u00a0seats · Sample election',
    );
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: election.regions[0], route: overview })).toBe(
      'Seats in East · Sample election',
    );
    expect(pictureHeadline(i18n, election, { party: undefined, riding: election.ridings[0], region: undefined, route: overview })).toMatch(
      /^Riding 101: Red by 200 votes · Sample election$/,
    );
    // The map's page says it is a map, with the province it lights.
    const map: Route = { page: 'map' };
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: undefined, route: map })).toBe(
      'Ridings on the map · Sample election',
    );
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: election.regions[0], route: map })).toBe(
      'Ridings on the map · Seats in East · Sample election',
    );
    // The result shown, when not this election's plain one.
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: undefined, route: map, seats: 'changes' })).toBe(
      'Ridings on the map · Changes since Last time · Sample election',
    );
    expect(
      pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: undefined, route: overview, seats: 'previous' }),
    ).toBe('Result in Last time · Sample election');
  });
});
