/**
 * The accessible name of each seat in the hemicycle: its riding, the party
 * that holds it and the margin; in the previous result, who held it then; in
 * the changes view, whom it was gained from.
 */
import { VACANT, type PlanSeat, type SeatPlanOptions } from '../../core/picture/seatPlan.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import type { SeatsShown } from '../../url/routes.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';

export function seatLabeler(
  { t, f }: I18n,
  election: Election,
  result: NonNullable<SeatPlanOptions['result']>,
  shown: SeatsShown,
): (seat: Pick<PlanSeat, 'riding' | 'party' | 'flipped'>) => string {
  const lookups = lookupOf(election);
  const partyName = (id: string | undefined) => (id === undefined ? '' : f.text(lookups.partyName(id)));
  return (seat) => {
    const riding = seat.riding ? lookups.ridings.get(seat.riding) : undefined;
    if (!riding) return seat.party === VACANT ? t.vacantSeat : partyName(seat.party);
    if (result === 'previous' && election.previous) {
      return t.seatDetail.previousSeatLabel({
        riding: f.text(riding.name),
        party: partyName(seat.party),
        election: f.text(election.previous.name),
      });
    }
    if (riding.status === 'pending') return t.seatDetail.noResultLabel(f.text(riding.name));
    const said = { riding: f.text(riding.name), party: partyName(seat.party), margin: riding.margin };
    const label = riding.status === 'leading' ? t.seatDetail.leadingLabel(f, said) : t.seatDetail.seatLabel(f, said);
    // Two sentences: a semicolon would need a no-break space before it in French.
    return shown === 'changes' && seat.flipped ? `${label}. ${t.seatDetail.gain(partyName(riding.previousWinner))}` : label;
  };
}
