import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../i18n/format.ts';
import { EXPLORE_WORDS } from '../i18n/words/explore.ts';
import { sampleElection } from '../test/sampleElection.ts';
import { parseViewParams } from '../url/routes.ts';
import { changesNote } from './changesNote.ts';
import { resolveView } from './resolveView.ts';

const f = makeFormatters('en');
const words = EXPLORE_WORDS.en;
const noteOf = (query: string, election = sampleElection(), onMap = false) =>
  changesNote(words, f, election, resolveView(election, { page: 'overview' }, parseViewParams(query)), onMap);

describe('changesNote', () => {
  it('says what the marks of a change mean where they are drawn: dots on the seats, outlines on the map', () => {
    expect(noteOf('seats=changes')).toBe('A dot marks a riding that changed hands since Last time.');
    expect(noteOf('seats=previous', sampleElection(), true)).toBe('A dark outline marks a riding that changed hands since Last time.');
  });

  it('says nothing of this election’s seats, nor of a file given by party, which has no riding to mark', () => {
    expect(noteOf('')).toBeUndefined();
    expect(noteOf('seats=previous', { ...sampleElection(), ridings: [], regions: [] })).toBeUndefined();
  });
});
