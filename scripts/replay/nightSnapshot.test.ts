import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseElection } from '../../src/data/electionSchema.ts';
import { nightSnapshot, pollsAt } from './nightSnapshot.ts';
import { OFFICIAL_SEATS_2025, seatsWon } from './officialResult.ts';

const final = parseElection(JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')));
const at = (t: number) => parseElection(JSON.parse(JSON.stringify(nightSnapshot(final, t))));
const statuses = (t: number) => {
  const counts = { pending: 0, leading: 0, declared: 0 };
  for (const r of at(t).ridings) counts[r.status ?? 'declared'] += 1;
  return counts;
};

describe('nightSnapshot', () => {
  it('passes the app’s own schema at every moment, and ends at exactly the official result', () => {
    for (const t of [0, 0.05, 0.2, 0.45, 0.6, 0.8, 0.95]) expect(() => at(t)).not.toThrow();
    expect(nightSnapshot(final, 1)).toBe(final);
    expect(seatsWon(at(1))).toEqual(OFFICIAL_SEATS_2025);
  });

  it('starts in Newfoundland, reaches British Columbia last, and counts every riding by the end', () => {
    expect(statuses(0)).toEqual({ pending: 343, leading: 0, declared: 0 });
    const early = at(0.07);
    const reporting = early.ridings.filter((r) => r.status !== 'pending');
    expect(reporting.length).toBeGreaterThan(0);
    expect(new Set(reporting.map((r) => r.region))).toEqual(new Set(['nl']));
    expect(
      at(0.45)
        .ridings.filter((r) => r.region === 'bc')
        .every((r) => r.status === 'pending'),
    ).toBe(true);
    expect(statuses(0.6).leading).toBeGreaterThan(150);
    expect(statuses(0.999)).toMatchObject({ pending: 0 });
  });

  it('grows each riding’s count in steps of polls, never backwards', () => {
    const riding = final.ridings.find((r) => r.id === '24073')!;
    let before = -1;
    for (let t = 0; t <= 1; t += 0.02) {
      const { reporting, total } = pollsAt(riding, t);
      expect(reporting).toBeGreaterThanOrEqual(before);
      expect(reporting).toBeLessThanOrEqual(total);
      before = reporting;
    }
  });

  it('lets some leads change hands before the end', () => {
    const night = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map(at);
    const changed = final.ridings.filter((r) =>
      night.some((e) => {
        const then = e.ridings.find((x) => x.id === r.id)!;
        return then.status === 'leading' && then.winner !== r.winner;
      }),
    );
    expect(changed.length).toBeGreaterThan(20);
  });
});
