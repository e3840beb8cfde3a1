import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkAgainstBulk,
  checkAgainstSnapshot,
  packageNameFromPath,
  parseSnapshot,
  runtimePackagesFromLock,
  type RuntimePackage,
  type Snapshot,
} from './auditDependencies.ts';

const fakeLock = {
  name: 'app',
  lockfileVersion: 3,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0', '@s/c': '^2.0.0' }, devDependencies: { d: '^1.0.0' } },
    'node_modules/a': { version: '1.2.0', dependencies: { b: '^2.0.0' } },
    'node_modules/a/node_modules/b': { version: '2.0.1' },
    'node_modules/b': { version: '1.0.0', dev: true },
    'node_modules/@s/c': { version: '2.3.4', dependencies: { '@t/e': '1.0.0' } },
    'node_modules/@s/c/node_modules/@t/e': { version: '1.0.0' },
    'node_modules/d': { version: '1.0.0', dev: true },
    'node_modules/peer-opt': { version: '5.0.0', devOptional: true },
    'node_modules/alias': { name: 'real-name', version: '3.0.0' },
    'node_modules/linked': { resolved: 'packages/linked', link: true },
    'packages/linked': { version: '0.0.1' },
  },
};

const pkg = (name: string, version: string): RuntimePackage => ({ name, version, paths: [`node_modules/${name}`], devOptional: false });

const snapshot: Snapshot = {
  reviewed: '2026-11-30',
  method: 'test',
  packages: {
    valibot: {
      reviewed: '2026-11-30',
      advisories: [
        {
          id: 'GHSA-vqpr-j7v3-hqw9',
          cve: 'CVE-2025-66020',
          vulnerable: '>=0.31.0 <1.2.0',
          patched: '1.2.0',
          severity: 'high',
          summary: 'ReDoS in EMOJI_REGEX.',
          url: 'https://github.com/advisories/GHSA-vqpr-j7v3-hqw9',
        },
      ],
    },
    'react-dom': {
      reviewed: '2026-11-30',
      advisories: [
        {
          id: 'GHSA-mvjj-gqq2-p4hw',
          cve: 'CVE-2018-6341',
          vulnerable: '>=16.0.0 <16.0.1 || >=16.1.0 <16.1.2 || >=16.2.0 <16.2.1 || >=16.3.0 <16.3.3 || >=16.4.0 <16.4.2',
          patched: '16.0.1, 16.1.2, 16.2.1, 16.3.3, 16.4.2',
          severity: 'moderate',
          summary: 'XSS in react-dom/server.',
          url: 'https://github.com/advisories/GHSA-mvjj-gqq2-p4hw',
        },
      ],
    },
    wouter: { reviewed: '2026-11-30', advisories: [], note: 'none found' },
  },
};

describe('packageNameFromPath', () => {
  it('names plain, scoped and nested entries by their last node_modules segment', () => {
    expect(packageNameFromPath('node_modules/a')).toBe('a');
    expect(packageNameFromPath('node_modules/a/node_modules/b')).toBe('b');
    expect(packageNameFromPath('node_modules/@s/c/node_modules/@t/e')).toBe('@t/e');
  });
});

describe('runtimePackagesFromLock', () => {
  it('keeps entries without "dev": true, names nested paths, skips the root, links and workspace folders', () => {
    expect(runtimePackagesFromLock(fakeLock)).toEqual([
      { name: '@s/c', version: '2.3.4', paths: ['node_modules/@s/c'], devOptional: false },
      { name: '@t/e', version: '1.0.0', paths: ['node_modules/@s/c/node_modules/@t/e'], devOptional: false },
      { name: 'a', version: '1.2.0', paths: ['node_modules/a'], devOptional: false },
      { name: 'b', version: '2.0.1', paths: ['node_modules/a/node_modules/b'], devOptional: false },
      { name: 'peer-opt', version: '5.0.0', paths: ['node_modules/peer-opt'], devOptional: true },
      { name: 'real-name', version: '3.0.0', paths: ['node_modules/alias'], devOptional: false },
    ]);
  });

  it('merges one name@version installed at two paths', () => {
    const lock = {
      lockfileVersion: 3,
      packages: { '': {}, 'node_modules/x': { version: '1.0.0' }, 'node_modules/y/node_modules/x': { version: '1.0.0' } },
    };
    expect(runtimePackagesFromLock(lock)).toEqual([
      { name: 'x', version: '1.0.0', paths: ['node_modules/x', 'node_modules/y/node_modules/x'], devOptional: false },
    ]);
  });

  it('refuses a lock without a packages map', () => {
    expect(() => runtimePackagesFromLock({ lockfileVersion: 1, dependencies: {} })).toThrow('Unsupported lockfileVersion 1');
  });
});

describe('checkAgainstSnapshot', () => {
  it('flags a version inside a vulnerable range with the advisory id and patched version', () => {
    const [result] = checkAgainstSnapshot([pkg('valibot', '1.1.0')], snapshot);
    expect(result).toMatchObject({ status: 'vulnerable', checked: 1 });
    expect(result!.findings).toEqual([
      {
        id: 'GHSA-vqpr-j7v3-hqw9',
        cve: 'CVE-2025-66020',
        severity: 'high',
        summary: 'ReDoS in EMOJI_REGEX.',
        patched: '1.2.0',
        url: 'https://github.com/advisories/GHSA-vqpr-j7v3-hqw9',
        range: '>=0.31.0 <1.2.0',
        blocking: true,
      },
    ]);
  });

  it('passes patched versions, including a backport inside a split range', () => {
    const results = checkAgainstSnapshot([pkg('valibot', '1.2.0'), pkg('react-dom', '16.3.3'), pkg('react-dom', '19.3.1')], snapshot);
    expect(results.map((r) => [r.pkg.version, r.status, r.checked, r.findings.length])).toEqual([
      ['1.2.0', 'ok', 1, 0],
      ['16.3.3', 'ok', 1, 0],
      ['19.3.1', 'ok', 1, 0],
    ]);
  });

  it('flags a react-dom release between backports', () => {
    const [result] = checkAgainstSnapshot([pkg('react-dom', '16.4.1')], snapshot);
    expect(result!.status).toBe('vulnerable');
    expect(result!.findings.map((f) => f.id)).toEqual(['GHSA-mvjj-gqq2-p4hw']);
  });

  it('fails a package the snapshot has no entry for, and passes one reviewed with no advisories', () => {
    const results = checkAgainstSnapshot([pkg('left-pad', '1.3.0'), pkg('wouter', '3.13.0')], snapshot);
    expect(results.map((r) => [r.pkg.name, r.status, r.checked])).toEqual([
      ['left-pad', 'unreviewed', 0],
      ['wouter', 'ok', 0],
    ]);
  });

  it('does not take an inherited property for a review', () => {
    expect(checkAgainstSnapshot([pkg('constructor', '1.0.0')], snapshot)[0]!.status).toBe('unreviewed');
  });
});

describe('checkAgainstBulk', () => {
  it('fails moderate or above in range, reports low without failing', () => {
    const body = {
      valibot: [
        {
          id: 1,
          url: 'https://github.com/advisories/GHSA-vqpr-j7v3-hqw9',
          title: 'ReDoS',
          severity: 'high',
          vulnerable_versions: '>=0.31.0 <1.2.0',
        },
      ],
      wouter: [
        { id: 2, url: 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz', title: 'Minor', severity: 'low', vulnerable_versions: '<4.0.0' },
      ],
    };
    const results = checkAgainstBulk(
      [pkg('valibot', '1.1.0'), pkg('valibot', '1.5.0'), pkg('wouter', '3.13.0'), pkg('react', '19.3.1')],
      body,
    );
    expect(results.map((r) => [r.pkg.name, r.pkg.version, r.status, r.findings.map((f) => [f.id, f.blocking])])).toEqual([
      ['valibot', '1.1.0', 'vulnerable', [['GHSA-vqpr-j7v3-hqw9', true]]],
      ['valibot', '1.5.0', 'ok', []],
      ['wouter', '3.13.0', 'ok', [['GHSA-xxxx-yyyy-zzzz', false]]],
      ['react', '19.3.1', 'ok', []],
    ]);
  });
});

describe('parseSnapshot', () => {
  it('rejects a range semver cannot read, which would otherwise match nothing', () => {
    const bad = structuredClone(snapshot);
    bad.packages.valibot!.advisories[0]!.vulnerable = 'before 1.2.0';
    expect(() => parseSnapshot(bad)).toThrow('valibot GHSA-vqpr-j7v3-hqw9: "vulnerable" is not a semver range');
  });

  it('rejects an empty review that does not say what was searched', () => {
    const bad = structuredClone(snapshot);
    delete bad.packages.wouter!.note;
    expect(() => parseSnapshot(bad)).toThrow('wouter: an empty advisory list needs a "note"');
  });

  it('accepts the committed snapshot', () => {
    const committed = parseSnapshot(JSON.parse(readFileSync(new URL('./advisories.json', import.meta.url), 'utf8')));
    expect(committed.reviewed).toBe('2026-11-30');
    expect(committed.packages['valibot']!.advisories.map((a) => a.id)).toEqual(['GHSA-vqpr-j7v3-hqw9']);
  });
});
