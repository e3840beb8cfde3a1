/** The stacked seats bar with the majority marker, largest party first. */
import { memo } from 'react';
import { MajorityBar } from '../charts/MajorityBar.tsx';
import { majorityThreshold } from '../core/majority.ts';
import type { PartyResult } from '../core/partyResults.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

export const RaceToMajority = memo(function RaceToMajority({
  results,
  totalSeats,
}: {
  results: readonly PartyResult[];
  totalSeats: number;
}) {
  const { t, f } = useI18n();
  const threshold = majorityThreshold(totalSeats);
  const segments = results.map((r) => ({
    id: r.party.id,
    label: t.partySeatsShort(f, { party: f.text(r.party.shortName), seats: r.seats }),
    seats: r.seats,
    color: r.party.color,
  }));
  return (
    <section className="panel race" aria-labelledby="race-title">
      <h2 id="race-title">{t.raceTitle}</h2>
      <MajorityBar
        segments={segments}
        total={totalSeats}
        threshold={threshold}
        thresholdLabel={t.majorityLabel(f, threshold)}
        description={`${segments
          .filter((s) => s.seats > 0)
          .map((s) => s.label)
          .join(', ')}. ${t.majorityLabel(f, threshold)}.`}
      />
    </section>
  );
});
