/** A riding's result in one sentence: who won it (or leads it) and by how much, or that it has no result yet. */
import { lookupOf } from '../core/electionLookup.ts';
import type { Election, Riding } from '../data/electionSchema.ts';
import type { I18n } from '../i18n/I18nContext.tsx';

export function ridingSentence({ t, f }: I18n, election: Election, riding: Riding): string {
  const name = f.text(riding.name);
  if (riding.winner === undefined) return t.seatDetail.noResultLabel(name);
  const party = f.text(lookupOf(election).partyName(riding.winner));
  const said = { riding: name, party, margin: riding.margin };
  return riding.status === 'leading' ? t.seatDetail.leadingLabel(f, said) : t.seatDetail.seatLabel(f, said);
}
