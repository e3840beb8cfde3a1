import { describe, expect, it } from 'vitest';
import { partyResult } from '../core/election/partyResults.ts';
import { en } from '../i18n/en.ts';
import { makeFormatters } from '../i18n/format.ts';
import { sampleElection } from '../test/sampleElection.ts';
import { summarySentence } from './resultSentence.ts';

const english = { t: en, f: makeFormatters('en') };
const election = sampleElection();

describe('summarySentence', () => {
  it('tells the House’s result, the previous one when that is shown, and a party’s on its page', () => {
    expect(summarySentence(english, election, {})).toEqual({
      kind: 'majority',
      text: 'The Red Party won 4\u00a0seats, a majority.',
    });
    expect(summarySentence(english, election, { previous: true }).text).toBe(
      'Last time: The Blue Party won 5\u00a0seats, a majority with 1\u00a0to spare.',
    );
    expect(summarySentence(english, election, { party: partyResult(election, 'blue') })).toEqual({
      kind: 'party',
      text: '3 of 7 seats, 2 fewer than in Last time, and 59.3% of the vote.',
    });
    // A party's page showing the previous result tells that result, not the party's.
    expect(summarySentence(english, election, { party: partyResult(election, 'blue'), previous: true }).text).toMatch(/^Last time: /);
  });
});
