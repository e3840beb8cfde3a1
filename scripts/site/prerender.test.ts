import { describe, expect, it } from 'vitest';
import { fillShell } from './prerender.ts';

const SHELL =
  '<body>\n    <div id="root"></div>\n    <noscript>Hemicycle needs JavaScript to draw the seat chart.</noscript>\n    <script type="module" src="/a.js"></script>\n  </body>';

describe('fillShell', () => {
  it('puts the markup in #root, marks it prerendered and drops the noscript notice', () => {
    expect(fillShell(SHELL, '<h1>Result</h1>')).toBe(
      '<body>\n    <div id="root" data-prerendered=""><h1>Result</h1></div>\n    <script type="module" src="/a.js"></script>\n  </body>',
    );
  });

  it('fails loudly on a shell it cannot fill', () => {
    expect(() => fillShell('<body></body>', '<h1>Result</h1>')).toThrow(/no empty <div id="root"><\/div>/);
  });
});
