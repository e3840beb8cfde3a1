/** The party tables: seats, popular vote, change since the previous election, seats by region. */
import { memo } from 'react';
import { BarTable } from '../../charts/BarTable.tsx';
import { RegionSeatsChart } from '../../charts/RegionSeatsChart.tsx';
import type { PartyResult } from '../../core/election/partyResults.ts';
import { partiesInSeatOrder } from '../../core/election/seating.ts';
import type { RegionSeats } from '../../core/election/seatsByRegion.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { PartyName } from '../../shared/PartyName.tsx';

interface PartyBreakdownsProps {
  election: Election;
  results: readonly PartyResult[];
  regions: readonly RegionSeats[];
}

export const PartyBreakdowns = memo(function PartyBreakdowns({ election, results, regions }: PartyBreakdownsProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const withSeats = results.filter((r) => r.seats > 0 || r.previousSeats);
  const voted = results.flatMap((r) => (r.voteShare === undefined ? [] : [{ r, share: r.voteShare }]));
  // One row per party: its figure as a bar, and a second figure beside it.
  const row = (r: PartyResult, value: number, display: string, extra: string) => ({
    id: r.party.id,
    label: <PartyName party={r.party} />,
    value,
    display,
    extra: [extra],
    color: r.party.color,
  });
  // Seats, votes and, when there is a previous election, the change: one bar table each.
  const tables = [
    {
      caption: tableWords.seatsTitle,
      columns: [tableWords.colParty, tableWords.colSeats, tableWords.colSeatShare],
      rows: results.map((r) => row(r, r.seats, f.count(r.seats), f.percent(r.seatShare))),
    },
    // The vote, where the file gives it (a file of seats only may not): the parties whose share is known.
    ...(voted.length > 0
      ? [
          {
            caption: tableWords.votesTitle,
            columns: [tableWords.colParty, tableWords.colVoteShare, tableWords.colVotes],
            rows: voted.map(({ r, share }) => row(r, share, f.percent(share), r.votes === undefined ? '—' : f.count(r.votes))),
          },
        ]
      : []),
    ...(election.previous
      ? [
          {
            caption: tableWords.changeTitle(f.text(election.previous.name)),
            columns: [tableWords.colParty, tableWords.colChange, tableWords.colSeats],
            rows: withSeats.map((r) =>
              row(r, r.seatChange ?? 0, f.signed(r.seatChange ?? 0), `${f.count(r.previousSeats ?? 0)} → ${f.count(r.seats)}`),
            ),
          },
        ]
      : []),
  ];
  const seatOrder = partiesInSeatOrder(election).map((p) => ({ id: p.id, color: p.color, name: f.text(p.shortName) }));
  return (
    <div className="breakdowns">
      {tables.map((table) => (
        <section className="panel" key={table.caption}>
          <BarTable {...table} />
        </section>
      ))}
      {regions.length > 0 && (
        <section className="panel">
          <RegionSeatsChart
            caption={tableWords.regionsTitle}
            rows={regions}
            parties={seatOrder}
            columns={{ region: tableWords.colRegion, seats: tableWords.colSeats, total: tableWords.colTotal }}
            regionLabel={(row) => ({ short: f.text(row.region.abbreviation), full: f.text(row.region.name) })}
            describe={(row) =>
              `${f.text(row.region.name)}: ${seatOrder
                .filter((p) => row.byParty.has(p.id))
                .map((p) => `${p.name} ${f.count(row.byParty.get(p.id) ?? 0)}`)
                .join(', ')}`
            }
          />
        </section>
      )}
    </div>
  );
});
