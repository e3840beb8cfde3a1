/**
 * `npm start`: builds the site and serves it, saying how far it is at least every five seconds and nothing a
 * newcomer need not read (the bundler's tables of chunks stay quiet; its warnings do not), then the address.
 *
 *   npm start
 */
import { spawn } from 'node:child_process';

const started = Date.now();
const seconds = () => Math.round((Date.now() - started) / 1000);
let last = Date.now();
let step = 'building the app';

/** Passes a line on, and notes the step it names. */
function say(line: string) {
  if (line.trim() === '') return;
  process.stdout.write(`${line}\n`);
  last = Date.now();
}

const ticker = setInterval(() => {
  if (Date.now() - last >= 5000) say(`start: ${step}… ${seconds()} s`);
}, 1000);

const build = spawn('npm', ['run', '--silent', 'build'], {
  env: { ...process.env, HEMICYCLE_QUIET: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [build.stdout, build.stderr]) {
  let rest = '';
  stream.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split(/\r?\n|\r/);
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('pages ')) step = 'drawing the pages and pictures';
      say(line);
    }
  });
}
const code = await new Promise<number | null>((resolve) => build.on('exit', resolve));
clearInterval(ticker);
if (code !== 0) {
  console.error(`start: the build failed (exit ${code}); nothing is served`);
  process.exit(code ?? 1);
}
say(`start: built in ${seconds()} s; serving it:`);
spawn('npx', ['vite', 'preview', '--open', 'false'], { stdio: 'inherit' }).on('exit', (exit) => process.exit(exit ?? 0));
