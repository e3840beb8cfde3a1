/**
 * An election as its file is written: one riding per line (small enough to fetch, readable in a diff), and a
 * file of seats only without the empty lists it has none of. The dataset scripts write the bundled files with
 * it, the ingest the live file, and the builder a made chart's "Download data".
 */
import type { Election } from './electionSchema.ts';

export function electionJsonText(election: Election): string {
  if (election.ridings.length === 0) return `${JSON.stringify({ ...election, regions: undefined, ridings: undefined }, null, 2)}\n`;
  const ridings = election.ridings.map((r) => JSON.stringify(r)).join(',\n    ');
  return JSON.stringify({ ...election, ridings: undefined }, null, 2).replace(/\n}$/, `,\n  "ridings": [\n    ${ridings}\n  ]\n}\n`);
}
