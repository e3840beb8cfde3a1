/**
 * Dead code that knip cannot see: message keys no view says, and CSS classes no element carries. knip finds
 * unused files, exports and dependencies (`npm test` runs both). A key counts as said when some source file
 * (not a catalogue) reads it (`.key` or `key:` destructured or passed on); a class counts as carried when its
 * name appears as a word in some source or HTML file. Names built at run time must be listed as such
 * (`BUILT_CLASSES`), so what is dynamic is said, not guessed.
 *
 *   tsx scripts/quality/deadWords.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Classes made by joining strings at run time, which no source spells whole. */
// `swatch-${shape}` (charts/Swatch.tsx): the ring of an empty seat in a legend.
const BUILT_CLASSES = new Set<string>(['swatch-ring']);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The keys of a catalogue's object literals: every `name:` that starts a property (a nested one too). */
export function catalogueKeys(text: string): string[] {
  return [...new Set([...text.matchAll(/^\s+'?([A-Za-z][\w]*)'?\??:/gm)].map((m) => m[1]!))];
}

/** Keys no source reads. */
export function unusedKeys(keys: readonly string[], sources: string): string[] {
  // Read as a property (`t.key`), destructured or passed on (`{ key }`, `key:`), or named in quotes.
  const read = (key: string) => new RegExp(`\\.${key}\\b|[{,]\\s*${key}\\s*[,}:=]|['"\`]${key}['"\`]`).test(sources);
  return keys.filter((key) => !read(key));
}

/** The classes a stylesheet styles. */
export function stylesheetClasses(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...new Set([...withoutComments.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!))];
}

/** Classes no source or page carries. */
export function unusedClasses(classes: readonly string[], sources: string): string[] {
  return classes.filter((name) => !BUILT_CLASSES.has(name) && !new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`).test(sources));
}

function main() {
  const catalogues = ['src/i18n/en.ts', ...files('src/i18n/words', /\.ts$/)];
  const catalogueSet = new Set([...catalogues, 'src/i18n/fr.ts', 'src/i18n/dataProblemsFr.ts']);
  const code = [...files('src', /\.tsx?$/), ...files('scripts', /\.ts$/)].filter((f) => !catalogueSet.has(f) && !/\.test\.tsx?$/.test(f));
  const sources = code.map((f) => readFileSync(f, 'utf8')).join('\n');
  const keys = catalogues.flatMap((f) => unusedKeys(catalogueKeys(readFileSync(f, 'utf8')), sources).map((k) => `${f}: ${k}`));
  const markup = [sources, readFileSync('index.html', 'utf8'), readFileSync('embed/index.html', 'utf8')].join('\n');
  const sheets = [...files('src', /\.css$/), 'public/no-script.css'];
  const classes = sheets.flatMap((f) => unusedClasses(stylesheetClasses(readFileSync(f, 'utf8')), markup).map((c) => `${f}: .${c}`));
  for (const line of [...keys.map((k) => `unused message key ${k}`), ...classes.map((c) => `unused CSS class ${c}`)]) console.error(line);
  if (keys.length + classes.length > 0) process.exit(1);
  console.log(`no unused message keys or CSS classes (${catalogues.length} catalogues, ${sheets.length} stylesheets)`);
}

if (process.argv[1]?.endsWith('deadWords.ts')) main();
