import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { sampleElection } from '../../test/sampleElection.ts';
import { pictureHeadline } from './pictureHeadline.ts';

const election = sampleElection();
const i18n = { t: en, f: makeFormatters('en') };

describe('pictureHeadline', () => {
  it("names what the view shows, without the app's name", () => {
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: undefined })).toBe('Sample election');
    expect(pictureHeadline(i18n, election, { party: election.parties[1], riding: undefined, region: undefined })).toBe(
      'Blue: 3 seats · Sample election',
    );
    expect(pictureHeadline(i18n, election, { party: undefined, riding: undefined, region: election.regions[0] })).toBe(
      'Seats in East · Sample election',
    );
    expect(pictureHeadline(i18n, election, { party: undefined, riding: election.ridings[0], region: undefined })).toMatch(
      /^Riding 101: Red by 200 votes · Sample election$/,
    );
  });
});
