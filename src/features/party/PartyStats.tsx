/** The headline figures of a party: seats, vote, change, and how it stands against the majority. */
import { AppLink } from '../../url/AppLink.tsx';
import type { PartyProfile } from '../../core/election/partyProfile.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { PARTY_WORDS } from '../../i18n/words/party.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isCounting } from '../../data/ridingStatus.ts';

interface PartyStatsProps {
  election: Election;
  profile: PartyProfile;
  coalitionHref: (parties: string[]) => string;
}

export function PartyStats({ election, profile, coalitionHref }: PartyStatsProps) {
  const { t, f } = useI18n();
  const partyWords = useWords(PARTY_WORDS);
  const { result, threshold, short, standing } = profile;
  const counting = isCounting(election);
  return (
    <>
      {result.seats === 0 && (
        <p className="party-lead" data-stat="no-seat">
          {partyWords.noSeat(f, result.voteShare, counting)}
        </p>
      )}
      <dl className="party-stats">
        <div>
          <dt>{partyWords.seats}</dt>
          <dd>
            <strong data-stat="seats">{f.count(result.seats)}</strong>{' '}
            {partyWords.seatsOf(f, { seats: result.seats, total: election.totalSeats, share: result.seatShare })}
          </dd>
        </div>
        {result.voteShare !== undefined && (
          <div>
            <dt>{partyWords.vote}</dt>
            <dd>
              <strong data-stat="vote-share">{f.percent(result.voteShare)}</strong>
              {result.votes !== undefined && ` ${partyWords.votes(f, result.votes)}`}
            </dd>
          </div>
        )}
        {election.previous && result.seatChange !== undefined && (
          <div>
            <dt>{partyWords.change(f.text(election.previous.name))}</dt>
            <dd>
              <strong data-stat="change">{result.seatChange === 0 ? partyWords.noChange : f.signed(result.seatChange)}</strong>{' '}
              {result.seatChange === 0
                ? partyWords.sameSeats(f, result.seats)
                : partyWords.changeDetail(f, { before: result.previousSeats ?? 0, after: result.seats })}
            </dd>
          </div>
        )}
        {/* "172 short of 172" says nothing of a party that won no seat. */}
        {result.seats > 0 && (
          <div>
            <dt>{partyWords.majority}</dt>
            <dd data-stat="majority">
              {short > 0
                ? partyWords.short(f, { short, threshold })
                : standing === 'majority'
                  ? partyWords.reached(f, { surplus: result.seats - threshold, threshold })
                  : partyWords.reachedIfLeadsHold(f, { surplus: result.seats - threshold, threshold })}
            </dd>
          </div>
        )}
      </dl>
      {short > 0 && result.seats > 0 && (
        <div className="coalitions">
          <h3>{partyWords.coalitions(counting)}</h3>
          {profile.coalitions.length > 0 ? (
            <ul>
              {profile.coalitions.map((c) => (
                <li key={c.parties.join('+')}>
                  <AppLink href={coalitionHref(c.parties)}>
                    {c.parties.map((id) => f.text(lookupOf(election).partyName(id))).join(' + ')}
                  </AppLink>{' '}
                  · {t.seats(f, c.seats)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{partyWords.noCoalition}</p>
          )}
        </div>
      )}
    </>
  );
}
