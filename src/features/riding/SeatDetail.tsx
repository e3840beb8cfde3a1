/**
 * The card for one seat: its riding, winner, the leading candidates, margin, stage and any flip; in an election
 * given by party only (a chart made in the builder), its party and the party's seats, or that it is vacant.
 */
import { ridingResult } from '../../core/election/ridingResult.ts';
import type { Election, Riding } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { RIDING_DETAIL_WORDS } from '../../i18n/words/ridingDetail.ts';
import { AppLink } from '../../url/AppLink.tsx';
import { RidingFacts } from './RidingFacts.tsx';
import { Swatch } from '../../charts/Swatch.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { useKeepInView } from './useKeepInView.ts';
import { useOutsideTap } from './useOutsideTap.ts';
import { useRef } from 'react';
import { majorityOf } from '../../core/election/majority.ts';

const SHOWN = 4;

interface SeatDetailProps {
  election: Election;
  /** The seat's riding; none in an election given by party only, whose card is the seat's party's. */
  riding: Riding | undefined;
  /** The seat's party (or `VACANT`) and the seats it holds in the chart, for a seat without a riding. */
  seat?: { party: string; seats: number } | undefined;
  /** Where the riding's page is, when a tap pinned the card: the card then offers the link, and a close button. */
  href?: string | undefined;
  onClose?: (() => void) | undefined;
}

export function SeatDetail({ riding, seat, ...props }: SeatDetailProps) {
  if (riding) return <RidingCard riding={riding} {...props} />;
  return seat ? <PartySeatCard party={seat.party} seats={seat.seats} {...props} /> : null;
}

function RidingCard({ election, riding, href, onClose }: Omit<SeatDetailProps, 'seat'> & { riding: Riding }) {
  const { f } = useI18n();
  const ridingDetailWords = useWords(RIDING_DETAIL_WORDS);
  const result = ridingResult(riding);
  const { parties, partyName, regionName } = lookupOf(election);
  const card = useRef<HTMLDivElement>(null);
  useOutsideTap(card, onClose);
  // A card pinned by a tap can open below the fold of a phone.
  useKeepInView(card, onClose !== undefined, riding.id);
  return (
    <div ref={card} className="seat-card">
      <p className="seat-card-riding">{f.text(riding.name)}</p>
      <p className="seat-card-region">{f.text(regionName(riding.region))}</p>
      <ul className="seat-card-candidates" aria-label={ridingDetailWords.candidates}>
        {result.candidates.slice(0, SHOWN).map((c, i) => {
          const party = parties.get(c.party);
          return (
            <li key={i} className={i === 0 && riding.winner !== undefined ? 'winner' : undefined}>
              <Swatch color={party?.color} />
              <span className="seat-card-name">
                {c.name} <span className="seat-card-party">{f.text(c.affiliation ?? partyName(c.party))}</span>
              </span>
              <span className="num">
                {f.count(c.votes)} · {f.percent(c.share)}
              </span>
            </li>
          );
        })}
        {result.candidates.length > SHOWN && <li className="muted">{ridingDetailWords.more(f, result.candidates.length - SHOWN)}</li>}
      </ul>
      <RidingFacts election={election} result={result} />
      {href && (
        <p className="seat-card-actions">
          <AppLink href={href} className="seat-card-open" onClick={onClose}>
            {ridingDetailWords.open} →
          </AppLink>
          {onClose && (
            <button type="button" className="secondary seat-card-close" onClick={onClose}>
              {ridingDetailWords.close}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

interface PartySeatCardProps {
  election: Election;
  /** The seat's party (or `VACANT`: a seat with no member), and the seats it holds in the chart. */
  party: string;
  seats: number;
  onClose?: (() => void) | undefined;
}

function PartySeatCard({ election, party: id, seats, onClose }: PartySeatCardProps) {
  const { t, f } = useI18n();
  const ridingDetailWords = useWords(RIDING_DETAIL_WORDS);
  const card = useRef<HTMLDivElement>(null);
  useOutsideTap(card, onClose);
  useKeepInView(card, onClose !== undefined, id);
  const party = lookupOf(election).parties.get(id);
  return (
    <div ref={card} className="seat-card">
      <p className="seat-card-riding">
        {party && <Swatch color={party.color} />} {party ? f.text(party.name) : t.vacantSeat}
      </p>
      <p className="seat-card-region">
        {party ? t.partySeats(f, { seats, counting: false }) : t.partySeatsShort(f, { party: t.vacant, seats })} ·{' '}
        {t.majorityLabel(f, majorityOf(election))}
      </p>
      {onClose && (
        <p className="seat-card-actions">
          <button type="button" className="secondary seat-card-close" onClick={onClose}>
            {ridingDetailWords.close}
          </button>
        </p>
      )}
    </div>
  );
}
