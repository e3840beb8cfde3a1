import { describe, expect, it } from 'vitest';
import { fillShell } from './buildSite.ts';

const SHELL =
  '<body>\n    <div id="root"></div>\n    <noscript data-notice>Hemicycle needs JavaScript to draw the seat chart.</noscript>\n    <script type="module" src="/a.js"></script>\n  </body>';

describe('fillShell', () => {
  it('puts the markup in #root, marks it with the data and path it was drawn for and drops the noscript notice', () => {
    expect(fillShell(SHELL, '<h1>Result</h1>', '0a1b2c3d', '/fr/party/bq')).toBe(
      '<body>\n    <div id="root" data-prerendered="0a1b2c3d" data-path="/fr/party/bq"><h1>Result</h1></div>\n    <script type="module" src="/a.js"></script>\n  </body>',
    );
  });

  it('fails loudly on a shell it cannot fill', () => {
    expect(() => fillShell('<body></body>', '<h1>Result</h1>', '0a1b2c3d', '/')).toThrow(/no empty <div id="root"><\/div>/);
  });
});
