/**
 * The answer in the first screen: each party's seats in large figures, in the
 * chart's order, with its change and vote share, and the race to a majority.
 * Computed by `core/scoreboard`; each tile opens its party's view.
 */
import { memo, useId } from 'react';
import type { Scoreboard as Board } from '../../core/election/scoreboard.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { AppLink } from '../../url/AppLink.tsx';
import { RaceBar } from './RaceBar.tsx';
import './scoreboard.css';

interface ScoreboardProps {
  board: Board;
  /** The previous election's name, for "change since …"; undefined when there is none. */
  previousName: string | undefined;
  /** The region counted, when not the whole House. */
  regionName?: string | undefined;
  /** The party whose view is open. */
  current?: string | undefined;
  hrefFor: (partyId: string) => string;
}

export const Scoreboard = memo(function Scoreboard({ board, previousName, regionName, current, hrefFor }: ScoreboardProps) {
  const { t, f } = useI18n();
  const id = useId();
  const { race } = board;
  const raceNames = race.parties.map((p) => f.text(p.shortName)).join(' + ');
  return (
    <section className="scoreboard" aria-label={board.counting ? t.seatChartTitleCounting : t.seatChartTitle}>
      {/* What the tiles count when it is not the House: a heading of its own. */}
      {regionName && <h2 className="scoreboard-scope">{t.explore.regionTitle(f, { region: regionName, seats: board.total })}</h2>}
      <ol className="score-tiles">
        {board.rows.map((row) => (
          <li key={row.party.id}>
            <AppLink
              href={hrefFor(row.party.id)}
              className="score-tile"
              data-party={row.party.id}
              aria-current={current === row.party.id ? 'page' : undefined}
              // Named by what it shows ("Liberal 169 +12 43.8%", WCAG 2.5.3), described in words.
              aria-describedby={`${id}-${row.party.id}`}
            >
              <svg className="score-swatch" width="4" height="100%" aria-hidden="true">
                <rect className="party-fill" width="4" height="100%" color={row.party.color} />
              </svg>
              <span className="score-name">{f.text(row.party.shortName)}</span>
              <span className="score-seats">{f.count(row.seats)}</span>
              <span className="score-facts">
                {row.change !== undefined && <span className="score-change">{row.change === 0 ? '±0' : f.signed(row.change)}</span>}
                {row.voteShare !== undefined && <span className="score-vote">{f.percent(row.voteShare)}</span>}
                {row.leading > 0 && <span className="score-leading">{t.scoreboard.leading(f, row.leading)}</span>}
              </span>
            </AppLink>
            {/* Read as the link's description only, not again as text of the page. */}
            <span id={`${id}-${row.party.id}`} hidden>
              {t.scoreboard.tileLabel(f, {
                party: f.text(row.party.name),
                seats: row.seats,
                leading: row.leading,
                change: row.change,
                previous: previousName,
                voteShare: row.voteShare,
              })}
            </span>
          </li>
        ))}
      </ol>
      <p className="score-key" aria-hidden="true">
        {t.scoreboard.key(previousName && board.rows.some((r) => r.change !== undefined) ? previousName : undefined, board.counting)}
      </p>
      <RaceBar
        race={race}
        text={`${t.scoreboard.race(f, {
          parties: raceNames,
          seats: race.seats,
          elected: race.standing.elected,
          threshold: race.threshold,
          standing: race.standing.standing,
          counting: board.counting,
        })}${
          board.toReport > 0
            ? ` · ${t.scoreboard.toReport(f, board.toReport)}`
            : board.stillCounting > 0
              ? ` · ${t.scoreboard.stillCounting(f, board.stillCounting)}`
              : ''
        }`}
        scope={regionName ? t.scoreboard.national : undefined}
      />
    </section>
  );
});
