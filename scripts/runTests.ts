/**
 * `npm test`: every check, in order, stopping at the first that fails, then
 * how long each took. CI has a hard time limit: the table says where the
 * minutes go before they run out.
 */
import { spawnSync } from 'node:child_process';
import { TEST_SITE_URL } from '../e2e/support/testSite.ts';

const STAGES = ['lint', 'typecheck', 'deadcode', 'audit:deps', 'test:unit', 'test:pack', 'build', 'budget', 'test:e2e'] as const;

const times: [string, number][] = [];
let failed: string | undefined;
for (const stage of STAGES) {
  const start = performance.now();
  // The build is told the address the browser tests serve it at, so its whole addresses are checked too.
  const env = stage === 'build' ? { ...process.env, SITE_URL: process.env.SITE_URL ?? TEST_SITE_URL } : process.env;
  const { status } = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit', env });
  times.push([stage, (performance.now() - start) / 1000]);
  if (status !== 0) {
    failed = stage;
    break;
  }
}

const total = times.reduce((sum, [, s]) => sum + s, 0);
console.log('\nnpm test, time per stage:');
for (const [stage, seconds] of times) console.log(`  ${stage.padEnd(10)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(10)} ${total.toFixed(1).padStart(7)} s`);
if (failed) {
  console.error(`\nnpm test failed at: ${failed}`);
  process.exit(1);
}
