/** Writes src/core/palettes.generated.ts from src/theme/theme.css (palettes.ts says why). */
import { readFileSync, writeFileSync } from 'node:fs';
import { palettesModule } from './palettes.ts';

const css = readFileSync(new URL('../../src/theme/theme.css', import.meta.url), 'utf8');
const out = new URL('../../src/core/palettes.generated.ts', import.meta.url);
const text = palettesModule(css);
if (readFileSync(out, { encoding: 'utf8', flag: 'a+' }) !== text) writeFileSync(out, text);
