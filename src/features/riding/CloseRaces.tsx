/** The closest races of the election, recounts marked, each linking to its riding. */
import { TableFrame } from '../../charts/TableFrame.tsx';
import { memo } from 'react';
import { AppLink } from '../../url/AppLink.tsx';
import { closeRaces } from '../../core/election/closeRaces.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { PARTY_WORDS } from '../../i18n/words/party.ts';
import { CLOSE_RACES_WORDS } from '../../i18n/words/closeRaces.ts';
import { routePath } from '../../url/routes.ts';
import { ColumnHeads } from '../../shared/ColumnHeads.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isCounting, isTiedLead } from '../../data/ridingStatus.ts';

/** `query` is the view's search string, kept on every riding link (a string, so the memo holds across party switches). */
export const CloseRaces = memo(function CloseRaces({ election, query }: { election: Election; query: string }) {
  const { f } = useI18n();
  const partyWords = useWords(PARTY_WORDS);
  const closeRacesWords = useWords(CLOSE_RACES_WORDS);
  const hrefFor = (ridingId: string) => `${routePath({ page: 'riding', ridingId }, false, f.lang)}${query}`;
  const races = closeRaces(election);
  if (races.length === 0) return null;
  const short = (id: string | undefined) => (id ? f.text(lookupOf(election).partyName(id)) : '—');
  return (
    <section className="panel close-races-panel">
      <TableFrame
        className="bar-table close-races"
        caption={closeRacesWords.title}
        head={
          <ColumnHeads
            columns={[
              { label: partyWords.colRiding },
              { label: isCounting(election) ? closeRacesWords.ahead : closeRacesWords.winner },
              { label: partyWords.colMargin, num: true },
            ]}
          />
        }
      >
        {races.map((race) => (
          <tr key={race.riding.id} data-close-race={race.riding.id} data-recount={race.recounted ? '' : undefined}>
            <th scope="row" className="riding-name">
              <AppLink href={hrefFor(race.riding.id)}>{f.text(race.riding.name)}</AppLink>
              {race.recounted && <span className="tag">{closeRacesWords.recount}</span>}
            </th>
            <td>
              {short(race.riding.winner)}{' '}
              <span className="muted">
                {isTiedLead(race.riding)
                  ? closeRacesWords.tied(short(race.runnerUp?.party))
                  : closeRacesWords.over(short(race.runnerUp?.party))}
              </span>
            </td>
            <td className="num">
              {partyWords.votes(f, race.riding.margin)} <span className="muted">({partyWords.marginPoints(f, race.marginShare)})</span>
            </td>
          </tr>
        ))}
      </TableFrame>
    </section>
  );
});
