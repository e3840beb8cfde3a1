/**
 * A chart as a data table, one control away: every riding with its winner and margin, by party for the
 * hemicycle, by province and territory for the map (`byRegion`).
 */
import { memo, useState } from 'react';
import { partiesInSeatOrder } from '../../core/election/seating.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { PARTY_WORDS } from '../../i18n/words/party.ts';
import { SEAT_TABLE_WORDS } from '../../i18n/words/seatTable.ts';
import { STATUS_WORDS } from '../../i18n/words/status.ts';
import type { Riding } from '../../data/electionSchema.ts';
import { AppLink } from '../../url/AppLink.tsx';
import { ColumnHeads } from '../../shared/ColumnHeads.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';

interface SeatTableProps {
  election: Election;
  /** Each riding's page, linked from its name. */
  ridingHref: (ridingId: string) => string;
  byRegion?: boolean;
}

export const SeatTable = memo(function SeatTable({ election, ridingHref, byRegion = false }: SeatTableProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const partyWords = useWords(PARTY_WORDS);
  const seatTableWords = useWords(SEAT_TABLE_WORDS);
  const statusWords = useWords(STATUS_WORDS);
  const [open, setOpen] = useState(false);
  // A night in progress: a riding still counting names its leader as such, one not reporting says so.
  const winnerSaid = (r: Riding) => {
    if (r.winner === undefined) return statusWords.status.pending;
    const name = f.text(lookup.partyName(r.winner));
    return r.status === 'leading' ? statusWords.leads(name) : name;
  };
  const order = new Map(partiesInSeatOrder(election).map((p, i) => [p.id, i]));
  const lookup = lookupOf(election);
  const regionOrder = new Map(election.regions.map((r, i) => [r.id, i]));
  const rows = !open
    ? []
    : byRegion
      ? [...election.ridings].sort(
          (a, b) => (regionOrder.get(a.region) ?? 0) - (regionOrder.get(b.region) ?? 0) || a.id.localeCompare(b.id),
        )
      : [...election.ridings].sort((a, b) => (order.get(a.winner ?? '') ?? order.size) - (order.get(b.winner ?? '') ?? order.size));
  const [show, hide, caption] = byRegion
    ? [seatTableWords.showByRegion, seatTableWords.hideByRegion, seatTableWords.captionByRegion]
    : [seatTableWords.show, seatTableWords.hide, seatTableWords.caption];
  return (
    <div className="seat-table">
      <button type="button" className="secondary" aria-expanded={open} aria-controls="seat-table" onClick={() => setOpen(!open)}>
        {open ? hide : show}
      </button>
      {open && (
        <div className="table-scroll" id="seat-table">
          <table className="bar-table">
            <caption>{caption(f, election.ridings.length)}</caption>
            <ColumnHeads
              columns={[
                { label: tableWords.colParty },
                { label: partyWords.colRiding },
                { label: tableWords.colRegion },
                { label: partyWords.colMargin, num: true },
              ]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-riding-row={r.id}>
                  <td>{winnerSaid(r)}</td>
                  <th scope="row" className="riding-name">
                    <AppLink href={ridingHref(r.id)}>{f.text(r.name)}</AppLink>
                  </th>
                  <td>{f.text(lookup.regionName(r.region))}</td>
                  <td className="num">{partyWords.votes(f, r.margin)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
});
