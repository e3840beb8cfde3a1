import { describe, expect, it } from 'vitest';
import { sourcePublishers } from './sourcePublishers.ts';

describe('sourcePublishers', () => {
  it('credits each original publisher once, in order', () => {
    expect(
      sourcePublishers([
        { publisher: 'Elections Canada, via PartialShawn/canadian-election-data-processing' },
        { publisher: 'Elections Canada, via ThreeFortyThree-Canada/elections-canada-mcp-server' },
        { publisher: 'Statistics Canada' },
      ]),
    ).toEqual(['Elections Canada', 'Statistics Canada']);
  });
});
