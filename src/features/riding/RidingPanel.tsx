/** A riding's own view: every candidate with votes and share, the winner marked, the margin, the stage and the change. */
export { RidingSummary } from './RidingSummary.tsx';
import { memo, Suspense, useMemo } from 'react';
import { BarTable } from '../../charts/BarTable.tsx';
import { ridingResult } from '../../core/election/ridingResult.ts';
import type { Election, Riding } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { RIDING_DETAIL_WORDS } from '../../i18n/words/ridingDetail.ts';
import { RidingFacts } from './RidingFacts.tsx';
import { Swatch } from '../../charts/Swatch.tsx';
import { lazyNamed } from '../../shared/lazyNamed.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isTiedLead } from '../../data/ridingStatus.ts';
import { STATUS_WORDS } from '../../i18n/words/status.ts';

// The riding's place on a small map: its own chunk, with the map's code (features/map).
const RidingLocator = lazyNamed(() => import('../map/RidingLocator.tsx'), 'RidingLocator');

interface RidingPanelProps {
  election: Election;
  riding: Riding;
  /** The election's file, for the locator map that goes with it. */
  electionId: string;
}

export const RidingPanel = memo(function RidingPanel({ election, riding, electionId }: RidingPanelProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const ridingDetailWords = useWords(RIDING_DETAIL_WORDS);
  const result = useMemo(() => ridingResult(riding), [riding]);
  const { parties, partyName, regionName } = lookupOf(election);
  const winner = riding.winner === undefined ? undefined : parties.get(riding.winner);
  const statusWords = useWords(STATUS_WORDS);
  // Who won, or leads, in words and in weight, in the first row of the candidates.
  const standing =
    riding.status === 'pending'
      ? undefined
      : isTiedLead(riding)
        ? statusWords.tied
        : riding.status === 'leading'
          ? statusWords.status.leading
          : statusWords.status.elected;
  return (
    <section className="panel party-panel riding-panel" aria-labelledby="riding-title" data-riding-view={riding.id}>
      <Swatch color={winner?.color} shape="stripe" />
      <Suspense fallback={<div className="riding-locator" />}>
        <RidingLocator electionId={electionId} election={election} riding={riding} />
      </Suspense>
      <p className="eyebrow">{f.text(regionName(riding.region))}</p>
      <RidingFacts election={election} result={result} />
      <BarTable
        caption={ridingDetailWords.candidates}
        columns={[ridingDetailWords.colCandidate, tableWords.colVoteShare, tableWords.colVotes]}
        max={1}
        rowKind="party"
        rows={result.candidates.map((c, i) => {
          const party = parties.get(c.party);
          const affiliation = f.text(c.affiliation ?? partyName(c.party));
          const ahead = i === 0 && standing !== undefined;
          return {
            id: `${c.party}-${i}`,
            label: (
              <span className="candidate">
                {ahead ? <strong>{c.name}</strong> : c.name}
                {ahead && <span className="tag">{standing}</span>}
                <span className="muted candidate-party">{affiliation}</span>
              </span>
            ),
            value: c.share,
            display: f.percent(c.share),
            extra: [f.count(c.votes)],
            color: party?.color ?? '#888',
          };
        })}
      />
    </section>
  );
});
