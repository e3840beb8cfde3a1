/** Writes src/theme/marks.generated.css from the marks' looks (src/core/picture/markLooks.ts), when it differs. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { markCss } from '../../src/core/picture/markLooks.ts';

const out = new URL('../../src/theme/marks.generated.css', import.meta.url);
const text = markCss();
// Left alone when current, so a build does not touch a file git tracks.
if (!existsSync(out) || readFileSync(out, 'utf8') !== text) writeFileSync(out, text);
