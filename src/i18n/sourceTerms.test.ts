import { describe, expect, it } from 'vitest';
import { sourceTermsInFrench } from './sourceTerms.ts';

describe('sourceTermsInFrench', () => {
  it.each([
    [
      'Elections Canada, via PartialShawn/canadian-election-data-processing',
      'Élections Canada, via PartialShawn/canadian-election-data-processing',
    ],
    [
      'Open Government Licence – Canada (data); Apache-2.0 (repository)',
      'Licence du gouvernement ouvert – Canada (données)\u00a0; Apache-2.0 (dépôt)',
    ],
    ['Open Government Licence – Canada (data); MIT (repository)', 'Licence du gouvernement ouvert – Canada (données)\u00a0; MIT (dépôt)'],
    // A repository's name is a name: left as written, whatever words it holds.
    [
      'Elections Canada, via ThreeFortyThree-Canada/elections-canada-mcp-server',
      'Élections Canada, via ThreeFortyThree-Canada/elections-canada-mcp-server',
    ],
    ['Statistics Canada', 'Statistics Canada'],
    ['CC BY 4.0', 'CC BY 4.0'],
  ])('%s → %s', (english, french) => expect(sourceTermsInFrench(english)).toBe(french));
});
