/**
 * The hemicycle of a view, worked out (core/hemicycleModel) in the reader's
 * language: seated as the view asks, with its wedge labels, majority, title
 * and description; and what the view keeps bright. Memoised in two parts, so
 * a party click (a new highlight) re-lays nothing out.
 */
import { use, useMemo } from 'react';
import { hemicycleModel, seatsPerParty, type HemicycleModel } from '../../core/picture/hemicycleModel.ts';
import type { LabelPart } from '../../core/picture/labelText.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { majorityOf, seatsShortOfMajority } from '../../core/election/majority.ts';
import { coalitionStanding, settledStanding } from '../../core/election/majorityStanding.ts';
import { isCounting } from '../../data/ridingStatus.ts';
import { seatHighlight } from '../../core/picture/seatHighlight.ts';
import { buildSeatPlan, houseLayout, UNREPORTED, VACANT, type PlanSeat } from '../../core/picture/seatPlan.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, type I18n } from '../../i18n/I18nContext.tsx';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { seatLabeler } from './seatLabeler.ts';

interface ChartView extends Pick<ResolvedView, 'seats' | 'result'> {
  coalition: readonly string[];
  /** A province is picked: the majority is the House's, and its caption says so. */
  regional: boolean;
}

/** The words of a hemicycle: its wedges' labels, title, description and majority caption. */
export function hemicycleWords(i18n: I18n, election: Election, view: ChartView, seats: readonly PlanSeat[]) {
  const { t, f } = i18n;
  const { partyName } = lookupOf(election);
  const lead = view.coalition;
  const threshold = majorityOf(election);
  const name = (id: string) => (id === UNREPORTED ? t.noResult : id === VACANT ? t.vacant : f.text(partyName(id)));
  const counts = seatsPerParty(seats);
  // "Liberal 169"; neighbours gathered: "Bloc 22 · NDP 7"; a coalition: "Liberal + NDP 176 seats: a majority".
  const wedgeLabel = (ids: readonly string[], n: number): LabelPart[] => {
    if (lead.length > 0 && ids.every((id) => lead.includes(id))) {
      return [
        { text: `${ids.map(name).join(' + ')} ` },
        {
          text: t.coalitionBlock(f, {
            seats: n,
            short: seatsShortOfMajority(n, election),
            // The previous result is settled; this one's leads make a majority only if they hold.
            standing: view.result === 'previous' ? settledStanding(n, threshold).standing : coalitionStanding(election, ids).standing,
          }),
          strong: true,
        },
      ];
    }
    return ids.flatMap((id, i) => [
      { text: `${i > 0 ? ' · ' : ''}${name(id)}\u00a0` },
      { text: f.count(counts.get(id) ?? 0), strong: true },
    ]);
  };
  return {
    figure: f.count(threshold),
    caption: view.regional ? t.majorityNational : t.majorityShort,
    wedgeLabel,
    seatLabel: seatLabeler(i18n, election, view.result, view.seats),
    title:
      view.result === 'previous' && election.previous
        ? `${t.seatChartTitle} · ${f.text(election.previous.name)}`
        : isCounting(election)
          ? t.seatChartTitleCounting
          : t.seatChartTitle,
    description: t.seatChartDescription(f, {
      // The counts were taken left to right along the seats: their order is the chart's.
      parties: [...counts].map(([id, seats]) => t.partySeatsShort(f, { party: name(id), seats })).join(', '),
      threshold,
    }),
  };
}

type BenchesChart = typeof import('./benchesChart.ts');
let benchesChart: Promise<BenchesChart> | undefined;

/** The benches' code when the chart is on benches: the chart waits for it (Suspense) the first time. */
function useBenchesChart(benched: boolean): BenchesChart | undefined {
  if (!benched) return undefined;
  benchesChart ??= import('./benchesChart.ts');
  return use(benchesChart);
}

type ModelView = Pick<ResolvedView, 'seats' | 'result' | 'coalition' | 'ordering' | 'region' | 'seating' | 'shape'>;

/**
 * The House's places for a shape, and the plain result dealt onto them: every view on an arc deals its seats onto
 * the same places, and keeps the plain result's document order so a seat that moves glides. On benches when given
 * the benches' module (benchesChart.ts), which comes when a view asks for benches.
 */
function plainSeatsOf(election: Election, shape: ModelView['shape'], onBenches?: BenchesChart) {
  const layout = onBenches ? onBenches.houseBenches(election, shape.rows) : houseLayout(election, shape);
  return { layout, seats: buildSeatPlan(election, { layout }) };
}

/** The view's hemicycle, laid out and labelled: what the page's chart and its pictures are drawn from. */
export function hemicycleModelOf(
  i18n: I18n,
  election: Election,
  view: ModelView,
  onBenches?: BenchesChart,
  plainSeats = plainSeatsOf(election, view.shape, onBenches),
): HemicycleModel {
  const { seats: shown, result, coalition: lead, ordering, region, seating, shape } = view;
  const { layout: plainLayout, seats: plain } = plainSeats;
  // Benches seat the government facing the rest, in the result's order: whose side is whose depends on the view.
  const layout =
    onBenches && (result !== 'current' || lead.length > 0) ? onBenches.houseBenches(election, shape.rows, { result, lead }) : plainLayout;
  const seats =
    result === 'current' && lead.length === 0 && ordering === 'result' && layout === plainLayout
      ? plain
      : buildSeatPlan(election, { result, parties: seating.parties, layout });
  const words = hemicycleWords(i18n, election, { seats: shown, result, coalition: lead, regional: region !== undefined }, seats);
  return hemicycleModel({
    seats,
    plain,
    layout,
    labelBenches: onBenches?.benchLabels,
    colors: lookupOf(election).colors,
    lead,
    flipMarks: shown !== 'current',
    ...words,
  });
}

/** What the view keeps bright, and the seat it rings (its riding's). */
export function seatMarksOf(
  election: Election,
  model: HemicycleModel,
  view: Pick<ResolvedView, 'party' | 'riding' | 'region' | 'coalition'>,
) {
  const { party, riding, region, coalition } = view;
  return {
    highlight: seatHighlight({ party: party?.id, riding: riding?.id, region: region?.id, coalition }, lookupOf(election)),
    marked: riding === undefined ? undefined : model.seats.find((s) => s.riding === riding.id)?.index,
  };
}

/** Memoised in parts: a party click (a new highlight) re-lays nothing out, a coalition or result not the House's places. */
export function useHemicycleModel(election: Election, view: ResolvedView) {
  const i18n = useI18n();
  const { seats, result, coalition, ordering, region, seating, party, riding } = view;
  const { layout, arc, rows } = view.shape;
  const onBenches = useBenchesChart(layout === 'benches');
  const plain = useMemo(() => plainSeatsOf(election, { layout, arc, rows }, onBenches), [election, layout, arc, rows, onBenches]);
  const model = useMemo(
    () =>
      hemicycleModelOf(
        i18n,
        election,
        { seats, result, coalition, ordering, region, seating, shape: { layout, arc, rows } },
        onBenches,
        plain,
      ),
    [i18n, election, seats, result, coalition, ordering, region, seating, layout, arc, rows, onBenches, plain],
  );
  const marks = useMemo(
    () => seatMarksOf(election, model, { party, riding, region, coalition }),
    [election, model, party, riding, region, coalition],
  );
  return { model, ...marks };
}
