/**
 * Downloads kept under screenshots/ for a person to open, as the page screenshots are. Playwright makes the
 * folder for its screenshots; a file written by a test must not rely on one having run first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

export function keepForReview(name: string, content: string | Buffer): void {
  mkdirSync('screenshots', { recursive: true });
  writeFileSync(`screenshots/${name}`, content);
}
