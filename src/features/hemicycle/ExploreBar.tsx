/**
 * The controls right under a chart of the whole result (the hemicycle, or the map at `/map`): which chart,
 * which province's seats to light up, which result the seats show (this one, its changes, or the previous
 * one) and, for the hemicycle, in which order. All live in the URL, so a shared link opens on the same view.
 */
import { hasRidings } from '../../data/ridingStatus.ts';
import { changesNote } from '../../shared/changesNote.ts';
import { memo, useId } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { EXPLORE_WORDS } from '../../i18n/words/explore.ts';
import type { SeatOrderParam, SeatsShown } from '../../url/routes.ts';
import type { PageView } from '../../shared/pageView.ts';
import { ViewSwitch } from '../../shared/ViewSwitch.tsx';

const SHOWN: readonly SeatsShown[] = ['current', 'changes', 'previous'];
const SHOWN_BY_PARTY: readonly SeatsShown[] = ['current', 'previous'];
const ORDERS: readonly SeatOrderParam[] = ['result', 'spectrum'];
const CHARTS = ['seats', 'map'] as const;
type Chart = (typeof CHARTS)[number];

/**
 * Memoised and given the deferred view, so a party click does not re-render it
 * (a re-rendered select makes React walk every option) until the chart is drawn.
 */
interface ExploreBarProps {
  election: Election;
  /** What the page shows (useDeferredPageView, deferred): the seats and the order the switches mark, and their links. */
  view: PageView;
  /** The province shown now (resolveView of the URL as it is): the picker is a form control and must not lag behind the reader's choice. */
  province: string | undefined;
  /** The chart the bar is under, on a page of the whole result: a switch leads to the other. */
  chart?: Chart | undefined;
}

export const ExploreBar = memo(function ExploreBar({ election, view, province, chart }: ExploreBarProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const exploreWords = useWords(EXPLORE_WORDS);
  const { seats, ordering: order, canShowPrevious, url } = view;
  const noteId = useId();
  const previous = election.previous ? f.text(election.previous.name) : '';
  const changes = changesNote(exploreWords, f, election, view, chart === 'map');
  // The switch's labels say "transposed": say what it means where the word first appears.
  const transposedNote =
    canShowPrevious && election.previous?.transposed
      ? exploreWords.transposedNote({ previous, year: election.previous.date.slice(0, 4), current: election.date?.slice(0, 4) ?? '' })
      : undefined;
  const labels: Record<SeatsShown, string> = {
    current: exploreWords.current,
    changes: exploreWords.changes(previous),
    previous: exploreWords.previous(previous),
  };
  return (
    <div className="explore-bar">
      {chart && (
        <ViewSwitch
          label={exploreWords.chart}
          options={CHARTS}
          current={chart}
          labels={exploreWords.charts}
          hrefFor={(value) => url.hrefFor({ page: value === 'map' ? 'map' : 'overview' })}
          dataName="data-chart"
        />
      )}
      {election.regions.length > 1 && (
        <label className="explore-province">
          <span>{tableWords.colRegion}</span>
          <select
            value={province ?? ''}
            onChange={(e) => url.navigateWith({ province: e.target.value || undefined })}
            data-control="province"
          >
            <option value="">{exploreWords.allRegions}</option>
            {election.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {f.text(r.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      {canShowPrevious && (
        <ViewSwitch
          label={exploreWords.shown}
          // Changes are marked on ridings: a file of seats only has the previous result alone.
          options={hasRidings(election) ? SHOWN : SHOWN_BY_PARTY}
          current={seats}
          labels={labels}
          hrefFor={(value) => url.hrefWith({ seats: value })}
          dataName="data-seats"
          describedBy={transposedNote && noteId}
        />
      )}
      {transposedNote && (
        <p id={noteId} className="explore-note" data-note="transposed">
          {transposedNote}
        </p>
      )}
      {/* Benches seat by the result (the government facing the rest): no order to choose. */}
      {chart !== 'map' && view.shape.layout !== 'benches' && (
        <ViewSwitch
          label={exploreWords.order}
          options={ORDERS}
          current={order}
          labels={exploreWords.orders}
          hrefFor={(value) => url.hrefWith({ order: value })}
          dataName="data-order"
        />
      )}
      {changes && (
        <p className="explore-note" data-note="flips">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            {chart === 'map' ? (
              <rect x="-5.5" y="-5.5" width="11" height="11" className="note-seat note-outline" />
            ) : (
              <>
                <circle r="6" className="note-seat" />
                <circle r="2.5" className="note-dot" />
              </>
            )}
          </svg>{' '}
          {changes}
        </p>
      )}
    </div>
  );
});
