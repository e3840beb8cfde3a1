/** Writes src/core/picture/palettes.generated.ts from src/theme/theme.css (palettes.ts says why), when it differs. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { palettesModule } from './palettes.ts';

const css = readFileSync(new URL('../../src/theme/theme.css', import.meta.url), 'utf8');
const out = new URL('../../src/core/picture/palettes.generated.ts', import.meta.url);
const text = palettesModule(css);
// Left alone when current, so a build does not touch a file git tracks.
if (!existsSync(out) || readFileSync(out, 'utf8') !== text) writeFileSync(out, text);
