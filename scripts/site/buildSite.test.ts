import { describe, expect, it } from 'vitest';
import { fillShell } from './buildSite.ts';

const SHELL =
  '<html lang="fr"><body>\n    <div id="root"></div>\n    <noscript data-notice>Hemicycle needs JavaScript to draw the seat chart.</noscript>\n    <script type="module" src="/a.js"></script>\n  </body></html>';
const DRAWN = { fingerprint: '0a1b2c3d', path: '/fr/party/bq', election: 'canada-2025', loading: 'Chargement des résultats…' };

describe('fillShell', () => {
  it('puts the markup in #root, marks it with the data, path and election it was drawn for and drops the noscript notice', () => {
    expect(fillShell(SHELL, '<h1>Result</h1>', DRAWN)).toBe(
      '<html data-election="canada-2025" lang="fr"><body>\n    <div id="root" data-prerendered="0a1b2c3d" data-path="/fr/party/bq" data-loading="Chargement des résultats…"><h1>Result</h1></div>\n    <script type="module" src="/a.js"></script>\n  </body></html>',
    );
  });

  it('fails loudly on a shell it cannot fill', () => {
    expect(() => fillShell('<body></body>', '<h1>Result</h1>', DRAWN)).toThrow(/no empty <div id="root"><\/div>/);
  });
});
