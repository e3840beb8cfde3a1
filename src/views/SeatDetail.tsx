/** The card for one seat: its riding, winner and margin. */
import type { Party, Riding } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface SeatDetailProps {
  riding: Riding;
  region: string;
  party: Party | undefined;
}

export function SeatDetail({ riding, region, party }: SeatDetailProps) {
  const { t, f } = useI18n();
  const winner = riding.candidates.find((c) => c.party === riding.winner);
  return (
    <div className="seat-card">
      <p className="seat-card-riding">{f.text(riding.name)}</p>
      <p className="seat-card-region">{region}</p>
      <p className="seat-card-winner">
        <span className="swatch" style={{ background: party?.color }} aria-hidden="true" />
        {winner?.name} · {party ? f.text(party.shortName) : riding.winner}
      </p>
      <p>{riding.candidates.length > 1 ? t.seatDetail.margin(f, riding.margin) : t.seatDetail.unopposed}</p>
      {riding.stage !== 'validated' && <p className="seat-card-stage">{t.seatDetail.stage[riding.stage]}</p>}
    </div>
  );
}
