/**
 * The layout package as someone else gets it: packed (`npm pack`, which builds it), installed from the tarball
 * into an empty project, then used from a plain Node ES module and from a TypeScript file type-checked against
 * the shipped declarations (strict, Node's own module resolution). Fails on any step that would fail for them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PACKAGE = 'hemicycle-layout';
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'hemicycle-layout-'));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const packed = JSON.parse(run('npm', ['pack', '--workspace', PACKAGE, '--pack-destination', work, '--json', '--silent'], root)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const { filename, files } = packed[0]!;
  const shipped = files.map((f) => f.path).sort();
  if (
    !shipped.includes('dist/index.js') ||
    !shipped.includes('dist/index.d.ts') ||
    shipped.some((p) => p.endsWith('.test.js') || p.startsWith('src/'))
  )
    throw new Error(`the tarball ships the wrong files: ${shipped.join(', ')}`);

  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-layout', private: true, type: 'module' }));
  run('npm', ['install', join(work, filename), '--no-audit', '--no-fund', '--prefer-offline', '--silent'], project);

  // Plain JavaScript, as the README shows it.
  writeFileSync(
    join(project, 'plain.mjs'),
    `import { arc, assignSeats } from '${PACKAGE}';
import { benches } from '${PACKAGE}/benches';
if (typeof benches !== 'function') throw new Error('no benches at ${PACKAGE}/benches');
const { seats, boundary, extent } = arc(343, { threshold: 172 });
const dealt = assignSeats(seats, [{ id: 'lpc', seats: 169 }, { id: 'cpc', seats: 144 }, { id: 'bq', seats: 22 }, { id: 'ndp', seats: 7 }, { id: 'gpc', seats: 1 }]);
console.log(JSON.stringify({ seats: dealt.length, rows: new Set(seats.map((s) => s.row)).size, line: boundary.points.length, width: extent.width > 1.9 }));
`,
  );
  const said = run('node', ['plain.mjs'], project).trim();
  if (said !== '{"seats":343,"rows":10,"line":2,"width":true}') throw new Error(`plain.mjs said ${said}`);

  // TypeScript against the declarations: what is right compiles, what is wrong is refused.
  writeFileSync(
    join(project, 'typed.ts'),
    `import { arc, benches, nearestSeat, seatForKey, type Boundary, type Layout, type Seat } from '${PACKAGE}';
const layout: Layout = arc(343, { threshold: 172, arc: 240, rows: 12 });
// With a threshold the boundary is always there, on either layout.
const line: Boundary = benches(343, { government: 169, threshold: 172, speaker: true }).boundary;
const first: Seat | undefined = layout.seats[0];
const picked: number | null = nearestSeat(layout.seats, 0, -0.5, 0.1);
const next: number | null = seatForKey('ArrowRight', 0, layout.seats.length);
// @ts-expect-error a seat count is a number
arc('343');
// @ts-expect-error there is no such option
arc(343, { angle: 240 });
export { first, picked, next, line };
`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  run(
    'node',
    [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'typed.ts'],
    project,
  );
  console.log(
    `pack: ${filename} (${shipped.length} files) installs into an empty project; used from Node and type-checked from TypeScript`,
  );
} catch (error) {
  const detail = error as { stdout?: string; stderr?: string; message: string };
  console.error(
    `pack: the layout package fails as a user would install it:\n${detail.stdout ?? ''}${detail.stderr ?? ''}${detail.message}`,
  );
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
