/**
 * "· 172 seats for a majority" after a chart's title (the embed's, the builder's preview): on a narrow screen on
 * a line of its own, with no dot left hanging (base.css).
 */
import { majorityOf } from '../core/election/majority.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

export function MajorityAfter({ election }: { election: Election }) {
  const { t, f } = useI18n();
  return (
    <span className="majority-after">
      <span className="majority-sep">{'\u00a0· '}</span>
      {t.majorityLabel(f, majorityOf(election))}
    </span>
  );
}
