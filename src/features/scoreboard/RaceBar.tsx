/**
 * The race to a majority of the House as one thin bar: the leader's (or the
 * coalition's) seats from the left, as on the chart, with a mark at the
 * threshold. Positions are percentages, so it fills any width without measuring.
 */
import type { MajorityRace } from '../../core/election/scoreboard.ts';

interface RaceBarProps {
  race: MajorityRace;
  /** "Liberal: 169 of the 172 seats needed for a majority". */
  text: string;
  /** Says the race is national when the tiles count a province. */
  scope?: string | undefined;
}

export function RaceBar({ race, text, scope }: RaceBarProps) {
  const pct = (seats: number) => (seats / Math.max(race.house, 1)) * 100;
  // Where each party's block ends: a running sum (d3-array's cumsum would bring its whole module to the first screen).
  const ends = race.partySeats.reduce<number[]>((sums, seats) => [...sums, (sums.at(-1) ?? 0) + seats], []);
  return (
    <div className="race-bar" data-majority-bar="" data-short={race.short}>
      <p className="race-text">
        {scope && <span className="race-scope">{scope} · </span>}
        {text}
      </p>
      <svg width="100%" height="14" aria-hidden="true">
        <rect className="race-track" width="100%" height="10" y="2" rx="2" />
        {race.parties.map((p, i) => {
          // Won seats solid, then (a night in progress) the seats it leads, pale, as on the chart.
          const start = (ends[i] ?? 0) - race.partySeats[i]!;
          const leading = race.partyLeading[i] ?? 0;
          const won = race.partySeats[i]! - leading;
          return [
            <rect key={p.id} className="party-fill" x={`${pct(start)}%`} width={`${pct(won)}%`} y="2" height="10" color={p.color} />,
            leading > 0 && (
              <rect
                key={`${p.id}-leading`}
                className="party-fill race-leading"
                x={`${pct(start + won)}%`}
                width={`${pct(leading)}%`}
                y="2"
                height="10"
                color={p.color}
              />
            ),
          ];
        })}
        <line className="race-mark" x1={`${pct(race.threshold)}%`} x2={`${pct(race.threshold)}%`} y1="0" y2="14" />
      </svg>
    </div>
  );
}
