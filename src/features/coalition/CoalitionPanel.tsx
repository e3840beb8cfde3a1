/**
 * Build a coalition: tick parties, see whether together they reach a
 * majority, while the hemicycle seats them as one block. The pick lives in
 * `?coalition=`, so it can be shared. Lists every minimal winning coalition.
 */
import { memo } from 'react';
import { AppLink } from '../../url/AppLink.tsx';
import { coalitionSeats, minimalWinningCoalitions } from '../../core/election/coalitions.ts';
import { majorityOf, seatsShortOfMajority } from '../../core/election/majority.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { PARTY_WORDS } from '../../i18n/words/party.ts';
import { COALITION_WORDS } from '../../i18n/words/coalition.ts';
import type { PageView } from '../../shared/pageView.ts';
import { Swatch } from '../../charts/Swatch.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { coalitionStanding } from '../../core/election/majorityStanding.ts';
import { isCounting, seatsCounted } from '../../data/ridingStatus.ts';

interface CoalitionPanelProps {
  election: Election;
  /** What the URL shows now (useDeferredPageView's `now`): the boxes are form controls. Its `coalition`: the partners
   * that can be in one, in the URL's order. */
  view: PageView;
}

export const CoalitionPanel = memo(function CoalitionPanel({ election, view }: CoalitionPanelProps) {
  const { coalition: picked, url } = view;
  const { t, f } = useI18n();
  const partyWords = useWords(PARTY_WORDS);
  const coalitionWords = useWords(COALITION_WORDS);
  // Largest first: coalitions read "Liberal + NDP", the way they are talked about.
  const holders = [...election.parties].filter((p) => seatsCounted(p) > 0).sort((a, b) => seatsCounted(b) - seatsCounted(a));
  const threshold = majorityOf(election);
  const seats = coalitionSeats(election.parties, picked);
  const join = (ids: readonly string[]) => ids.map((id) => f.text(lookupOf(election).partyName(id))).join(' + ');
  const minimal = minimalWinningCoalitions(holders, threshold);
  const same = (ids: readonly string[]) => ids.length === picked.length && ids.every((id) => picked.includes(id));
  const toggle = (id: string, on: boolean) =>
    url.navigateWith({ coalition: holders.filter((p) => (p.id === id ? on : picked.includes(p.id))).map((p) => p.id) });

  return (
    <section className="panel coalition-panel" aria-labelledby="coalition-title">
      <h2 id="coalition-title">{coalitionWords.title}</h2>
      <fieldset>
        <legend>{coalitionWords.pick(f, threshold)}</legend>
        <ul className="coalition-parties">
          {holders.map((p) => (
            <li key={p.id}>
              <label>
                <input type="checkbox" checked={picked.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} data-party={p.id} />
                <Swatch color={p.color} /> <span className="coalition-name">{f.text(p.shortName)}</span>{' '}
                <span className="muted">{f.count(seatsCounted(p))}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="coalition-status" aria-live="polite" data-coalition-seats={picked.length > 0 ? seats : undefined}>
        {picked.length === 0 ? (
          coalitionWords.none
        ) : (
          <>
            <strong>{coalitionWords.total(f, { parties: join(picked), seats })}</strong>{' '}
            {seats >= threshold
              ? coalitionStanding(election, picked).standing === 'majority'
                ? partyWords.reached(f, { surplus: seats - threshold, threshold })
                : partyWords.reachedIfLeadsHold(f, { surplus: seats - threshold, threshold })
              : partyWords.short(f, { short: seatsShortOfMajority(seats, election), threshold })}
            {picked.length > 0 && (
              <>
                {' '}
                <AppLink href={url.hrefWith({ coalition: [] })}>{coalitionWords.clear}</AppLink>
              </>
            )}
          </>
        )}
      </p>
      <h3>{coalitionWords.minimalTitle(isCounting(election))}</h3>
      <p className="muted">{coalitionWords.minimalHint}</p>
      <ul className="coalition-minimal">
        {minimal.map((c) => (
          <li key={c.parties.join(',')} data-coalition={c.parties.join(',')}>
            <AppLink href={url.hrefWith({ coalition: c.parties })} aria-current={same(c.parties) ? 'true' : undefined}>
              {join(c.parties)}
            </AppLink>{' '}
            · {t.seats(f, c.seats)}
          </li>
        ))}
      </ul>
    </section>
  );
});
