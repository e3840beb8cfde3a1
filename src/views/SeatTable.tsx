/** The hemicycle as a data table, one control away: every riding with its winner and margin. */
import { memo, useState } from 'react';
import { partiesInSeatOrder } from '../core/seatPlan.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ColumnHeads } from './ColumnHeads.tsx';

export const SeatTable = memo(function SeatTable({ election }: { election: Election }) {
  const { t, f } = useI18n();
  const [open, setOpen] = useState(false);
  const regions = new Map(election.regions.map((r) => [r.id, f.text(r.name)]));
  const order = new Map(partiesInSeatOrder(election).map((p, i) => [p.id, i]));
  const parties = new Map(election.parties.map((p) => [p.id, f.text(p.shortName)]));
  const rows = open ? [...election.ridings].sort((a, b) => (order.get(a.winner) ?? 0) - (order.get(b.winner) ?? 0)) : [];
  return (
    <div className="seat-table">
      <button type="button" className="secondary" aria-expanded={open} aria-controls="seat-table" onClick={() => setOpen(!open)}>
        {open ? t.seatTable.hide : t.seatTable.show}
      </button>
      {open && (
        <div className="table-scroll" id="seat-table">
          <table className="bar-table">
            <caption>{t.seatTable.caption(f, election.ridings.length)}</caption>
            <ColumnHeads
              columns={[
                { label: t.colParty },
                { label: t.party.colRiding },
                { label: t.colRegion },
                { label: t.party.colMargin, num: true },
              ]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-riding-row={r.id}>
                  <td>{parties.get(r.winner) ?? r.winner}</td>
                  <th scope="row" className="riding-name">
                    {f.text(r.name)}
                  </th>
                  <td>{regions.get(r.region) ?? r.region}</td>
                  <td className="num">{f.count(r.margin)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
});
