import { describe, expect, it } from 'vitest';
import { scriptsOf } from './jsBudget.ts';

describe('scriptsOf', () => {
  it('lists module entries and preloads once each', () => {
    const html = `<script type="module" crossorigin src="/assets/main-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
      <link rel="stylesheet" href="/assets/styles.css">
      <link rel="modulepreload" crossorigin href="/assets/shared-2.js">`;
    expect(scriptsOf(html)).toEqual(['/assets/main-1.js', '/assets/shared-2.js']);
  });
});
