/**
 * The npm audit of the runtime dependencies, or its documented equivalent where
 * the registry's audit endpoint cannot be reached (see README.md beside this file).
 *
 *   tsx scripts/security/auditDependencies.ts [--offline]
 *
 * 1. Reads the runtime tree from package-lock.json: every installed entry not marked
 *    `"dev": true` — what `npm ci --omit=dev` installs.
 * 2. Asks the registry's bulk advisory endpoint; if it answers, its advisories decide
 *    (moderate or above fails). If not, says why and checks each package@version
 *    against the snapshot advisories.json: a package with no entry there fails as
 *    unreviewed, a version inside an advisory's range fails.
 * 3. Fetches each package's packument to report a deprecated (or unpublished) version;
 *    skipped, not failed, when the registry cannot be reached.
 * Exit 0 when clean, 1 on a finding, 2 when the lock or the snapshot cannot be read.
 * `--offline` skips both network steps and uses the snapshot.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

export const REGISTRY = 'https://registry.npmjs.org';
const BULK_URL = `${REGISTRY}/-/npm/v1/security/advisories/bulk`;
const TIMEOUT_MS = 10_000;
const CONCURRENCY = 4;

export type Severity = 'low' | 'moderate' | 'high' | 'critical';
const SEVERITIES: readonly Severity[] = ['low', 'moderate', 'high', 'critical'];
/** npm audit's default --audit-level for this check: moderate and above fail. */
export const isBlocking = (severity: string): boolean => SEVERITIES.indexOf(severity as Severity) >= SEVERITIES.indexOf('moderate');

export interface RuntimePackage {
  name: string;
  version: string;
  /** Lock paths (node_modules/…) where this name@version is installed. */
  paths: string[];
  /** Installed only as an optional peer of a runtime package that is also a devDependency (lock flag devOptional). */
  devOptional: boolean;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function packageNameFromPath(path: string): string {
  const marker = 'node_modules/';
  const at = path.lastIndexOf(marker);
  if (at < 0) throw new Error(`Not a node_modules path: ${path}`);
  return path.slice(at + marker.length);
}

interface LockEntry {
  version?: unknown;
  name?: unknown;
  dev?: unknown;
  devOptional?: unknown;
  link?: unknown;
}

/**
 * The runtime tree of a lockfileVersion 2 or 3 lock: entries of `packages` without
 * `"dev": true`, excluding the root `""`, workspace folders and links (their target is
 * its own entry), and entries with no version (not installed). Sorted by name, then version.
 */
export function runtimePackagesFromLock(lock: unknown): RuntimePackage[] {
  if (typeof lock !== 'object' || lock === null) throw new Error('package-lock.json is not an object');
  const { lockfileVersion, packages } = lock as { lockfileVersion?: unknown; packages?: unknown };
  if (lockfileVersion !== 2 && lockfileVersion !== 3)
    throw new Error(`Unsupported lockfileVersion ${String(lockfileVersion)} (2 or 3 expected)`);
  if (typeof packages !== 'object' || packages === null) throw new Error('package-lock.json has no "packages" map');

  const byKey = new Map<string, RuntimePackage>();
  for (const [path, raw] of Object.entries(packages as Record<string, LockEntry>)) {
    if (path === '' || !path.includes('node_modules/')) continue;
    if (raw.dev === true || raw.link === true || typeof raw.version !== 'string') continue;
    // An alias (`"x": "npm:y@1"`) keeps the real name in `name`: advisories are filed under it.
    const name = typeof raw.name === 'string' ? raw.name : packageNameFromPath(path);
    const key = `${name}@${raw.version}`;
    const found = byKey.get(key);
    if (found) {
      found.paths.push(path);
      found.devOptional &&= raw.devOptional === true;
    } else byKey.set(key, { name, version: raw.version, paths: [path], devOptional: raw.devOptional === true });
  }
  const byVersion = (a: string, b: string) => (semver.valid(a) && semver.valid(b) ? semver.compare(a, b) : a < b ? -1 : a > b ? 1 : 0);
  return [...byKey.values()].sort((a, b) => (a.name === b.name ? byVersion(a.version, b.version) : a.name < b.name ? -1 : 1));
}

export interface Advisory {
  id: string;
  cve: string | null;
  vulnerable: string;
  patched: string;
  severity: Severity;
  summary: string;
  url: string;
  evidence?: string[];
}
export interface SnapshotEntry {
  reviewed: string;
  advisories: Advisory[];
  note?: string;
}
export interface Snapshot {
  reviewed: string;
  method: string;
  packages: Record<string, SnapshotEntry>;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Checks the snapshot's shape; an invalid range would otherwise match nothing and pass silently. */
export function parseSnapshot(json: unknown): Snapshot {
  const fail = (what: string): never => {
    throw new Error(`advisories.json: ${what}`);
  };
  if (typeof json !== 'object' || json === null) return fail('not an object');
  const { reviewed, method, packages } = json as Record<string, unknown>;
  if (!isDate(reviewed)) fail('top-level "reviewed" must be a YYYY-MM-DD date');
  if (!isText(method)) fail('"method" must say where the snapshot comes from');
  if (typeof packages !== 'object' || packages === null) return fail('"packages" must be an object');
  for (const [name, entry] of Object.entries(packages as Record<string, unknown>)) {
    const e = entry as Partial<SnapshotEntry> | null;
    if (!e || !isDate(e.reviewed)) fail(`${name}: "reviewed" must be a YYYY-MM-DD date`);
    if (!Array.isArray(e?.advisories)) return fail(`${name}: "advisories" must be a list`);
    if (e.advisories.length === 0 && !isText(e.note)) fail(`${name}: an empty advisory list needs a "note" saying what was searched`);
    for (const a of e.advisories as Partial<Advisory>[]) {
      const id = isText(a.id) ? a.id : fail(`${name}: an advisory has no "id"`);
      if (!isText(a.vulnerable) || semver.validRange(a.vulnerable) === null) fail(`${name} ${id}: "vulnerable" is not a semver range`);
      if (!SEVERITIES.includes(a.severity as Severity)) fail(`${name} ${id}: "severity" must be one of ${SEVERITIES.join(', ')}`);
      for (const field of ['patched', 'summary', 'url'] as const) if (!isText(a[field])) fail(`${name} ${id}: "${field}" is missing`);
      if (!(a.cve === null || isText(a.cve))) fail(`${name} ${id}: "cve" must be a CVE id or null`);
    }
  }
  return json as Snapshot;
}

export type Status = 'ok' | 'vulnerable' | 'unreviewed';
export interface Finding {
  id: string;
  severity: string;
  summary: string;
  patched: string;
  url: string;
  cve?: string | null;
  range: string;
  /** Whether this finding fails the check. */
  blocking: boolean;
}
export interface CheckResult {
  pkg: RuntimePackage;
  /** Advisories looked at for this package (all of its name, in range or not). */
  checked: number;
  status: Status;
  findings: Finding[];
}

const inRange = (version: string, range: string) => semver.satisfies(version, range, { includePrerelease: true });

/** Each runtime package against the snapshot: no entry → unreviewed; a version inside a range → vulnerable. */
export function checkAgainstSnapshot(pkgs: readonly RuntimePackage[], snapshot: Snapshot): CheckResult[] {
  return pkgs.map((pkg) => {
    const entry = Object.hasOwn(snapshot.packages, pkg.name) ? snapshot.packages[pkg.name] : undefined;
    if (!entry) return { pkg, checked: 0, status: 'unreviewed', findings: [] };
    const findings = entry.advisories
      .filter((a) => inRange(pkg.version, a.vulnerable))
      .map((a) => ({
        id: a.id,
        cve: a.cve,
        severity: a.severity,
        summary: a.summary,
        patched: a.patched,
        url: a.url,
        range: a.vulnerable,
        // Offline, any advisory whose range holds the version fails: the snapshot is the whole review.
        blocking: true,
      }));
    return { pkg, checked: entry.advisories.length, status: findings.length > 0 ? 'vulnerable' : 'ok', findings };
  });
}

/** What the bulk endpoint answers per package name (npm's own audit report reads the same fields). */
interface BulkAdvisory {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  severity?: unknown;
  vulnerable_versions?: unknown;
}

/** The bulk endpoint's answer as results; only advisories of moderate severity or above make a package vulnerable. */
export function checkAgainstBulk(pkgs: readonly RuntimePackage[], body: unknown): CheckResult[] {
  const byName = (typeof body === 'object' && body !== null ? body : {}) as Record<string, BulkAdvisory[] | undefined>;
  return pkgs.map((pkg) => {
    const advisories = Object.hasOwn(byName, pkg.name) && Array.isArray(byName[pkg.name]) ? byName[pkg.name]! : [];
    const findings = advisories
      .filter((a) => typeof a.vulnerable_versions !== 'string' || inRange(pkg.version, a.vulnerable_versions))
      .map((a) => ({
        id: String(a.url ?? a.id ?? 'advisory').replace(/^.*\/(GHSA-[\w-]+)$/, '$1'),
        severity: String(a.severity ?? 'unknown'),
        summary: String(a.title ?? ''),
        patched: 'see the advisory',
        url: String(a.url ?? ''),
        range: String(a.vulnerable_versions ?? ''),
        blocking: !SEVERITIES.includes(a.severity as Severity) || isBlocking(String(a.severity)),
      }));
    const status: Status = findings.some((f) => f.blocking) ? 'vulnerable' : 'ok';
    return { pkg, checked: advisories.length, status, findings };
  });
}

// ---------------------------------------------------------------------------------------------
// Network and printing: not unit-tested.

const reason = (err: unknown): string => {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${TIMEOUT_MS / 1000} s`;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? err.message;
  }
  return String(err);
};

type BulkOutcome = { ok: true; body: unknown } | { ok: false; why: string };

async function queryBulk(pkgs: readonly RuntimePackage[]): Promise<BulkOutcome> {
  const request: Record<string, string[]> = {};
  for (const p of pkgs) (request[p.name] ??= []).push(p.version);
  try {
    const res = await fetch(BULK_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.status !== 200) return { ok: false, why: `HTTP ${res.status} ${res.statusText}`.trim() };
    return { ok: true, body: await res.json() };
  } catch (err) {
    return { ok: false, why: reason(err) };
  }
}

interface RegistryNote {
  deprecated?: string;
  unpublished?: boolean;
  error?: string;
}

async function fetchVersionNote(pkg: RuntimePackage): Promise<RegistryNote> {
  const res = await fetch(`${REGISTRY}/${pkg.name.replace('/', '%2F')}`, {
    // The abbreviated packument: versions with their `deprecated` message, without readmes.
    headers: { accept: 'application/vnd.npm.install-v1+json' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (res.status !== 200) return { error: `HTTP ${res.status}` };
  const doc = (await res.json()) as { versions?: Record<string, { deprecated?: unknown }> };
  const meta = doc.versions?.[pkg.version];
  if (!meta) return { unpublished: true };
  return typeof meta.deprecated === 'string' && meta.deprecated !== '' ? { deprecated: meta.deprecated } : {};
}

/** Packument notes per package; `null` with a reason when the registry cannot be reached at all. */
async function registryNotes(pkgs: readonly RuntimePackage[]): Promise<{ notes: Map<RuntimePackage, RegistryNote> } | { why: string }> {
  const notes = new Map<RuntimePackage, RegistryNote>();
  const [first, ...rest] = pkgs;
  if (!first) return { notes };
  // One request first: when the registry is out of reach, say so once rather than time out per package.
  try {
    notes.set(first, await fetchVersionNote(first));
  } catch (err) {
    return { why: reason(err) };
  }
  const queue = [...rest];
  const worker = async () => {
    for (let pkg = queue.shift(); pkg; pkg = queue.shift()) {
      try {
        notes.set(pkg, await fetchVersionNote(pkg));
      } catch (err) {
        notes.set(pkg, { error: reason(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { notes };
}

function printTable(results: readonly CheckResult[], notes: Map<RuntimePackage, RegistryNote> | undefined) {
  const rows = results.map((r) => {
    const note = notes?.get(r.pkg);
    let status =
      r.status === 'ok' ? 'ok' : r.status === 'unreviewed' ? 'NOT REVIEWED' : `VULNERABLE ${r.findings.map((f) => f.id).join(', ')}`;
    if (r.status === 'ok' && r.findings.length > 0) status += ` (${r.findings.map((f) => `${f.id} ${f.severity}`).join(', ')})`;
    if (note?.deprecated) status += '; deprecated';
    if (note?.unpublished) status += '; not on the registry';
    if (note?.error) status += `; registry: ${note.error}`;
    return [`${r.pkg.name}${r.pkg.devOptional ? ' *' : ''}`, r.pkg.version, String(r.checked), status];
  });
  const head = ['package', 'version', 'advisories', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  if (results.some((r) => r.pkg.devOptional))
    console.log('* devOptional in the lock: an optional peer that is also a devDependency; `npm ci --omit=dev` installs it.');
}

async function main(argv: readonly string[]): Promise<number> {
  const offline = argv.includes('--offline');
  const lockPath = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  const snapshotPath = fileURLToPath(new URL('./advisories.json', import.meta.url));
  let pkgs: RuntimePackage[];
  let snapshot: Snapshot;
  try {
    pkgs = runtimePackagesFromLock(JSON.parse(readFileSync(lockPath, 'utf8')));
    snapshot = parseSnapshot(JSON.parse(readFileSync(snapshotPath, 'utf8')));
  } catch (err) {
    console.error(`Cannot audit: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  console.log(`Runtime dependencies: ${pkgs.length} packages in package-lock.json without "dev": true.`);

  const bulk: BulkOutcome = offline ? { ok: false, why: '--offline' } : await queryBulk(pkgs);
  let results: CheckResult[];
  let source: string;
  if (bulk.ok) {
    results = checkAgainstBulk(pkgs, bulk.body);
    source = 'the registry audit endpoint';
    console.log('Advisories: from the registry audit endpoint (npm audit data); moderate or above fails.');
  } else {
    results = checkAgainstSnapshot(pkgs, snapshot);
    source = `the snapshot reviewed ${snapshot.reviewed}`;
    console.log(
      `Advisories: registry audit endpoint not usable (${bulk.why}); checked against scripts/security/advisories.json, reviewed ${snapshot.reviewed}.`,
    );
  }

  let notes: Map<RuntimePackage, RegistryNote> | undefined;
  if (offline) console.log('Deprecation: not checked (--offline).');
  else {
    const outcome = await registryNotes(pkgs);
    if ('why' in outcome) console.log(`Deprecation: registry not reachable (${outcome.why}); not checked.`);
    else {
      notes = outcome.notes;
      const failed = [...notes.values()].filter((n) => n.error).length;
      console.log(`Deprecation: packuments read from ${REGISTRY} for ${notes.size - failed} of ${pkgs.length} packages.`);
    }
  }
  console.log('');
  printTable(results, notes);
  console.log('');

  for (const r of results) {
    const at = `${r.pkg.name}@${r.pkg.version}`;
    if (r.status === 'unreviewed')
      console.log(`${at}: not reviewed — it has no entry in scripts/security/advisories.json; look up its advisories and add one.`);
    for (const f of r.findings) {
      const cve = f.cve ? `, ${f.cve}` : '';
      const label = f.blocking ? '' : ' (below moderate, not failing)';
      console.log(`${at}: ${f.id} (${f.severity}${cve})${label} ${f.summary} Vulnerable ${f.range}; patched: ${f.patched}. ${f.url}`);
    }
  }
  const deprecated = [...(notes?.entries() ?? [])].filter(([, n]) => n.deprecated || n.unpublished);
  for (const [pkg, n] of deprecated)
    console.log(
      `${pkg.name}@${pkg.version}: ${n.deprecated ? `deprecated on the registry: ${n.deprecated}` : 'version not on the registry (unpublished?)'}`,
    );

  const vulnerable = results.filter((r) => r.status === 'vulnerable').length;
  const unreviewed = results.filter((r) => r.status === 'unreviewed').length;
  const failed = vulnerable + unreviewed > 0;
  console.log(
    `${failed ? 'FAIL' : 'OK'}: ${pkgs.length} runtime packages checked against ${source}; ` +
      `${vulnerable} vulnerable, ${unreviewed} not reviewed, ${deprecated.length} deprecated${notes ? '' : ' (not checked)'}.`,
  );
  return failed ? 1 : 0;
}

if (process.argv[1]?.endsWith('auditDependencies.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
