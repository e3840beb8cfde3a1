/** A party's colour swatch and short name, its full name on hover. */
import type { Party } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Swatch } from '../charts/Swatch.tsx';

export function PartyName({ party }: { party: Party }) {
  const { f } = useI18n();
  return (
    <span className="party-name" title={f.text(party.name)}>
      <Swatch color={party.color} />
      <span className="party-name-text">{f.text(party.shortName)}</span>
    </span>
  );
}
