/**
 * The headline's sentence, said once: the page's first line and the link preview's description both read it
 * (so a preview never says more than the page, or less).
 */
import { resultSummary, type ResultSummary } from '../../core/election/resultSummary.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { Formatters } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/en.ts';

/** `previousSeats`: the seats of the previous result on the same ridings, when that is the result shown. */
export function resultSentence(
  { t, f }: { t: Messages; f: Formatters },
  election: Election,
  previousSeats?: ReadonlyMap<string, number>,
): { kind: ResultSummary['kind']; text: string } {
  const summary = resultSummary(election, previousSeats ? (p) => previousSeats.get(p.id) ?? 0 : undefined);
  const text =
    summary.kind === 'tie'
      ? t.summaryTie(f, { parties: summary.parties.map((p) => f.text(p.name)).join(', '), seats: summary.seats })
      : summary.kind === 'counting'
        ? t.summaryCounting(f, { ...summary, party: f.text(summary.party.name) })
        : summary.kind === 'clinched'
          ? t.summaryClinched(f, { ...summary, party: f.text(summary.party.name) })
          : summary.kind === 'minority'
            ? t.summaryMinority(f, { ...summary, party: f.text(summary.party.name) })
            : t.summaryMajority(f, { ...summary, party: f.text(summary.party.name) });
  return { kind: summary.kind, text };
}
