/** The ridings a party won, closest race first; the first ten, then all on request. */
import { TableFrame } from '../../charts/TableFrame.tsx';
import { useState } from 'react';
import { bestRidings } from '../../core/election/bestRidings.ts';
import type { PartyProfile } from '../../core/election/partyProfile.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { PARTY_WORDS } from '../../i18n/words/party.ts';
import { AppLink } from '../../url/AppLink.tsx';
import { ColumnHeads } from '../../shared/ColumnHeads.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isCounting } from '../../data/ridingStatus.ts';

const FIRST = 10;

interface RidingsWonTableProps {
  election: Election;
  profile: PartyProfile;
  /** The page of a riding: every row links there. */
  ridingHref: (ridingId: string) => string;
}

export function RidingsWonTable({ election, profile, ridingHref }: RidingsWonTableProps) {
  const { f } = useI18n();
  const partyWords = useWords(PARTY_WORDS);
  const [showAll, setShowAll] = useState(false);
  const { partyName, regionAbbreviation } = lookupOf(election);
  const { ridingsWon } = profile;
  if (ridingsWon.length === 0) return <BestRidings election={election} profile={profile} ridingHref={ridingHref} />;
  // Every row is in the page, the ones past the first ten hidden by CSS until asked for: a page read without
  // scripts (public/no-script.css) shows them all, and hydration finds the rows it drew.
  return (
    <div className={showAll ? 'ridings-won expanded' : 'ridings-won'}>
      <TableFrame
        className="bar-table"
        caption={partyWords.ridingsTitle(f, {
          party: f.text(profile.party.shortName),
          count: ridingsWon.length,
          counting: isCounting(election),
        })}
        head={
          <ColumnHeads
            columns={[{ label: partyWords.colRiding }, { label: partyWords.colMargin, num: true }, { label: partyWords.colRunnerUp }]}
          />
        }
      >
        {ridingsWon.map(({ riding, marginShare, runnerUp }, i) => (
          <tr key={riding.id} data-riding-row={riding.id} className={i < FIRST ? undefined : 'extra-row'}>
            <RidingCell name={f.text(riding.name)} region={f.text(regionAbbreviation(riding.region))} href={ridingHref(riding.id)} />
            <td className="num">
              {f.count(riding.margin)} <span className="muted">({partyWords.marginPoints(f, marginShare)})</span>
            </td>
            <td>{runnerUp ? f.text(partyName(runnerUp)) : '—'}</td>
          </tr>
        ))}
      </TableFrame>
      {ridingsWon.length > FIRST && (
        <button type="button" className="secondary" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? partyWords.showFewer : partyWords.showAll(f, ridingsWon.length)}
        </button>
      )}
    </div>
  );
}

/** A party that won no riding: where it did best, by share of the vote, and the place it came. */
function BestRidings({ election, profile, ridingHref }: RidingsWonTableProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const partyWords = useWords(PARTY_WORDS);
  const { regionAbbreviation } = lookupOf(election);
  const best = bestRidings(election, profile.party.id);
  const party = f.text(profile.party.shortName);
  if (best.length === 0) return <p>{partyWords.noRidings(party)}</p>;
  return (
    <TableFrame
      className="bar-table"
      data-best-ridings=""
      caption={partyWords.bestTitle(party)}
      head={
        <ColumnHeads
          columns={[
            { label: partyWords.colRiding },
            { label: tableWords.colVoteShare, num: true },
            { label: partyWords.colPlace, num: true },
          ]}
        />
      }
    >
      {best.map(({ riding, share, place }) => (
        <tr key={riding.id} data-riding-row={riding.id}>
          <RidingCell name={f.text(riding.name)} region={f.text(regionAbbreviation(riding.region))} href={ridingHref(riding.id)} />
          <td className="num">{f.percent(share)}</td>
          <td className="num">{partyWords.place(f, place)}</td>
        </tr>
      ))}
    </TableFrame>
  );
}

/** A row's heading: the riding's name, linking to its page, and its province. */
function RidingCell({ name, region, href }: { name: string; region: string | undefined; href: string }) {
  return (
    <th scope="row" className="riding-name">
      <AppLink href={href}>{name}</AppLink> <span className="muted">{region}</span>
    </th>
  );
}
