/**
 * The picture of a view, to publish: its chart drawn from the model the page's chart is drawn from
 * (hemicycleDrawing, mapDrawing; in the browser the chart offers it: shared/chartPicture), its sentence, legend and note from the same functions as the page's, painted
 * in a theme (core/picture composes them). The one drawing of a picture: the browser makes a reader's download
 * with it, the build each page's link preview (scripts/site/previewPicture.ts). Nothing is read off a page.
 */
import { partyResult } from '../../core/election/partyResults.ts';
import { partyShade } from '../../core/picture/partyShade.ts';
import { pictureSvg, type ChartDrawing, type PictureFormat } from '../../core/picture/picture.ts';
import { PALETTES, type ThemeName } from '../../core/picture/theme.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import { EXPLORE_WORDS } from '../../i18n/words/explore.ts';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { viewLegend } from '../../shared/viewLegend.ts';
import { changesNote } from '../../shared/changesNote.ts';
import { summarySentence } from '../../shared/resultSentence.ts';
import { ridingSentence } from '../riding/ridingSentence.ts';

export interface PictureOptions {
  format: PictureFormat;
  theme: ThemeName;
  /** No background: the page or post behind the picture shows through. */
  transparent: boolean;
  /** What the view shows, the source line with its date, and the credit. */
  headline: string;
  source: string;
  credit: string;
  /** The colour of the party the view is about: a stripe across the top. */
  accent?: string | undefined;
  /** Width of a `page` picture in CSS pixels. */
  width?: number;
  fontFamily: string;
}

type PictureView = Pick<ResolvedView, 'route' | 'party' | 'riding' | 'region' | 'result' | 'seats' | 'seating' | 'canShowPrevious'>;

/** What a picture is of: the view, in the reader's language, and its chart drawn in the picture's theme. */
export interface PictureSubject {
  i18n: I18n;
  election: Election;
  view: PictureView;
  chart: ChartDrawing;
}

/** The sentence under the headline, as the page says it: the riding's on its page, else the party's or the House's. */
function sentence({ i18n, election, view }: PictureSubject): string {
  if (view.riding) {
    const said = ridingSentence(i18n, election, view.riding, (name) => name);
    return typeof said === 'string' ? said : said.join('');
  }
  const party = view.party && partyResult(election, view.party.id);
  return summarySentence(i18n, election, { party, previous: view.result === 'previous' }).text;
}

export function viewPicture(subject: PictureSubject, options: PictureOptions): string {
  const { i18n, election, view } = subject;
  const palette = PALETTES[options.theme];
  const legend = viewLegend(i18n, election, view);
  // What a mark means beyond its party's colour, as the page says it beside the chart.
  // And what the data's own notes say of the figures (a chart made in the builder).
  const changes = changesNote(EXPLORE_WORDS[i18n.f.lang], i18n.f, election, view, view.route.page === 'map');
  const note = [changes, election.notes && i18n.f.text(election.notes)].filter(Boolean).join(' ') || undefined;
  return pictureSvg({
    format: options.format,
    width: options.width,
    chart: subject.chart,
    headline: options.headline,
    summary: sentence(subject),
    // The parties the chart draws: one with no seat has no colour in it to explain.
    legend: [
      ...legend.entries
        .filter((e) => e.seats > 0)
        .map(({ party, seats }) => ({
          label: i18n.f.text(party.shortName),
          seats: i18n.f.count(seats),
          color: partyShade(party.color, palette),
        })),
      ...(legend.vacant > 0 ? [{ label: i18n.t.vacant, seats: i18n.f.count(legend.vacant), color: palette.muted, empty: true }] : []),
    ],
    legendCaption: legend.caption,
    note,
    source: options.source,
    credit: options.credit,
    accent: options.accent && partyShade(options.accent, palette),
    colors: { background: options.transparent ? undefined : palette.background, ink: palette.text, muted: palette.muted },
    fontFamily: options.fontFamily,
  });
}
