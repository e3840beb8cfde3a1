/**
 * What the build made last time, by the hash of what it was made from: a
 * preview picture by its SVG, a page's HTML by the app bundle, the data and
 * the path. A rebuild that changed little reuses the rest instead of drawing
 * it again. Entries this build did not use are dropped at the end.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hashOf = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
};

export class BuildCache {
  private readonly used = new Set<string>();
  hits = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The cached value for `key`, or what `make` makes (then kept). */
  async get(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    this.used.add(key);
    const file = join(this.dir, key);
    if (existsSync(file)) {
      this.hits++;
      return readFileSync(file);
    }
    const value = await make();
    writeFileSync(file, value);
    return value;
  }

  /** Drops what this build did not ask for, so the cache holds one build's worth. */
  prune() {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name));
  }
}
