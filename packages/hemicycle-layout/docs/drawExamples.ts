/**
 * Draws the README's pictures from the package itself: Canada's 2025 House (343 seats, 172 for a majority) in
 * each shape the README shows. Run with `npx tsx packages/hemicycle-layout/docs/drawExamples.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arc, assignSeats, benches, type ArcOptions, type Layout } from '../src/index.ts';

// Elections Canada's 2025 result, leader left and runner-up right (the seat order the app uses).
const PARTIES = [
  { id: 'Liberal', seats: 169, color: '#d71920' },
  { id: 'Bloc Québécois', seats: 22, color: '#0088a8' },
  { id: 'NDP', seats: 7, color: '#e06b00' },
  { id: 'Green', seats: 1, color: '#3d9b35' },
  { id: 'Conservative', seats: 144, color: '#1a4782' },
];
const color = new Map(PARTIES.map((p) => [p.id, p.color]));

function picture({ seats, boundary, extent }: Layout, parties = PARTIES, stroke = 0.012): string {
  const pad = Math.max(extent.width, extent.height) * 0.02;
  const viewBox = [extent.minX - pad, extent.minY - pad, extent.width + 2 * pad, extent.height + 2 * pad].map((n) => +n.toFixed(4));
  const circles = assignSeats(seats, parties)
    .map((s) => `<circle cx="${s.x.toFixed(4)}" cy="${s.y.toFixed(4)}" r="${s.r.toFixed(4)}" fill="${color.get(s.party)}"/>`)
    .join('');
  const line = boundary!.points.map(([x, y]) => `${x.toFixed(4)},${y.toFixed(4)}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.join(' ')}" width="320">${circles}<polyline points="${line}" fill="none" stroke="#111" stroke-width="${stroke}"/></svg>\n`;
}

const EXAMPLES: [string, ArcOptions][] = [
  ['arc-180', {}],
  ['arc-240', { arc: 240 }],
  ['arc-360', { arc: 360 }],
  ['rows-4', { rows: 4 }],
  ['rows-12-inner-0.2', { rows: 12, innerRadius: 0.2 }],
];
for (const [name, options] of EXAMPLES)
  writeFileSync(join(import.meta.dirname, `${name}.svg`), picture(arc(343, { threshold: 172, ...options })));
// Benches: the Liberals govern alone, 3 short of 172; the others face them.
const facing = [PARTIES[0]!, PARTIES[4]!, PARTIES[1]!, PARTIES[2]!, PARTIES[3]!];
writeFileSync(join(import.meta.dirname, 'benches.svg'), picture(benches(343, { government: 169, threshold: 172 }), facing, 0.15));
console.log(`drew ${EXAMPLES.map(([name]) => name).join(', ')}, benches`);
