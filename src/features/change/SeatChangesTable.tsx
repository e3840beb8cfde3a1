/** Each party's gains (from whom) and losses (to whom) since the previous election, riding by riding. */
import { TableFrame } from '../../charts/TableFrame.tsx';
import { memo, useMemo } from 'react';
import { seatChanges, type SeatFlow } from '../../core/election/seatChanges.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { CHANGES_WORDS } from '../../i18n/words/changes.ts';
import { PartyName } from '../../shared/PartyName.tsx';
import { ColumnHeads } from '../../shared/ColumnHeads.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isCounting } from '../../data/ridingStatus.ts';

export const SeatChangesTable = memo(function SeatChangesTable({ election }: { election: Election }) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const changesWords = useWords(CHANGES_WORDS);
  const rows = useMemo(() => seatChanges(election), [election]);
  const { parties, partyName } = lookupOf(election);
  const name = (id: string) => f.text(partyName(id));
  const flows = (list: readonly SeatFlow[]) =>
    list.map((flow) => changesWords.flow({ party: name(flow.party), seats: f.count(flow.seats) })).join(', ');
  if (!election.previous || rows.length === 0) return null;
  const flipped = rows.reduce((sum, r) => sum + r.gained, 0);
  return (
    <section className="panel seat-changes" aria-labelledby="seat-changes-title">
      <h2 id="seat-changes-title">{changesWords.title(f.text(election.previous.name))}</h2>
      <p>{changesWords.summary(f, { flipped, total: election.ridings.length })}</p>
      <TableFrame
        head={
          <ColumnHeads
            columns={[
              { label: tableWords.colParty },
              { label: changesWords.net, num: true },
              { label: isCounting(election) ? changesWords.flowsCounting : changesWords.flows },
            ]}
          />
        }
      >
        {rows.map((r) => {
          const party = parties.get(r.party);
          return (
            <tr key={r.party} data-party={r.party}>
              <th scope="row">{party ? <PartyName party={party} /> : r.party}</th>
              <td className="num" data-value={r.gained - r.lost}>
                {f.signed(r.gained - r.lost)}
              </td>
              <td className="seat-flows">
                {r.gained > 0 && <span data-gains={r.gained}>{changesWords.won(f, r.gained, flows(r.gains))}</span>}
                {r.lost > 0 && <span data-losses={r.lost}>{changesWords.lost(f, r.lost, flows(r.losses))}</span>}
              </td>
            </tr>
          );
        })}
      </TableFrame>
    </section>
  );
});
