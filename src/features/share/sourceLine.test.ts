import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { fr } from '../../i18n/fr.ts';
import { sourceLine } from './sourceLine.ts';

const election = { sources: [{ publisher: 'Elections Canada' }, { publisher: 'Elections Canada, via someone/repo' }], date: '2025-04-28' };

describe('sourceLine', () => {
  it('names each publisher once, with the date the results were taken', () => {
    expect(sourceLine({ t: en, f: makeFormatters('en') }, { ...election, updated: '2025-06-13T19:56:00Z' })).toBe(
      'Source: Elections Canada · results as of June\u00a013,\u00a02025',
    );
    expect(sourceLine({ t: fr, f: makeFormatters('fr') }, { ...election, updated: '2025-06-13T19:56:00Z' })).toBe(
      'Source\u00a0: Élections Canada · résultats au 13\u00a0juin\u00a02025',
    );
  });

  it("gives the election's date when the data does not say when it was taken", () => {
    expect(sourceLine({ t: en, f: makeFormatters('en') }, election)).toBe('Source: Elections Canada · April\u00a028,\u00a02025');
  });
});
