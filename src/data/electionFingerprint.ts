/**
 * A short fingerprint of an election's data (FNV-1a over its JSON). The
 * prerendered HTML carries the fingerprint of the data it was drawn from; the
 * browser hydrates that HTML only when the data it loads has the same one.
 * Data changed since the build (a live night, a corrected file) is drawn
 * afresh instead of being hydrated into HTML that no longer matches it.
 */
import type { Election } from './electionSchema.ts';

export function electionFingerprint(election: Election): string {
  const text = JSON.stringify(election);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
