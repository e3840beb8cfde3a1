/** Margin, result stage and change since the previous election: the lines shared by the seat card and the riding page. */
import type { RidingResult } from '../../core/election/ridingResult.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { RIDING_DETAIL_WORDS } from '../../i18n/words/ridingDetail.ts';
import { STATUS_WORDS } from '../../i18n/words/status.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isTiedLead } from '../../data/ridingStatus.ts';

export function RidingFacts({ election, result }: { election: Election; result: RidingResult }) {
  const { t, f } = useI18n();
  const ridingDetailWords = useWords(RIDING_DETAIL_WORDS);
  const statusWords = useWords(STATUS_WORDS);
  const { riding } = result;
  const { status, polls } = riding;
  const name = (id: string) => f.text(lookupOf(election).partyName(id));
  return (
    <>
      {status !== 'pending' && (
        <p className="riding-margin">
          {result.runnerUp
            ? ridingDetailWords.marginFull(f, { votes: riding.margin, share: result.marginShare })
            : ridingDetailWords.unopposed}
        </p>
      )}
      {/* A night in progress: where the count stands, and its polls when known. */}
      {status ? (
        <p className="riding-stage" data-status={status}>
          {isTiedLead(riding) ? statusWords.tied : statusWords.status[status]}
          {polls && ` · ${statusWords.polls(f, polls)}`}
        </p>
      ) : (
        riding.stage !== 'validated' && <p className="riding-stage">{ridingDetailWords.stage[riding.stage]}</p>
      )}
      {election.previous && riding.previousWinner && (
        <p className="riding-previous" data-flip={result.flipped ? '' : undefined}>
          {ridingDetailWords.previous({ election: f.text(election.previous.name), party: name(riding.previousWinner) })}
          {/* No result yet: who held it, and nothing said of who will. A lead: what it would mean, as such. */}
          {result.flipped === undefined
            ? null
            : status === 'leading'
              ? ` · ${result.flipped ? ridingDetailWords.wouldGain(name(riding.previousWinner)) : ridingDetailWords.wouldHold}`
              : [
                  ' · ',
                  result.flipped ? <strong key="gain">{t.seatDetail.gain(name(riding.previousWinner))}</strong> : ridingDetailWords.hold,
                ]}
        </p>
      )}
    </>
  );
}
