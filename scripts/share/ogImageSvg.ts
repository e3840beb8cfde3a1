/**
 * The 1200×630 link-preview picture of an election, a party or a riding, as
 * SVG: headline text at the top left, the hemicycle below it with the focus in
 * colour and the rest greyed, and the majority line. Drawn from the same core
 * layout as the app, so the preview matches the chart.
 */
import { majorityLine, majorityThreshold } from '../../src/core/majority.ts';
import { ridingResult } from '../../src/core/ridingResult.ts';
import { buildSeatPlan, partiesInSeatOrder, type PlanSeat } from '../../src/core/seatPlan.ts';
import type { Election, Party, Riding } from '../../src/data/electionSchema.ts';
import type { Messages } from '../../src/i18n/en.ts';
import type { Formatters } from '../../src/i18n/format.ts';
import { SHARE_TEXT } from './shareText.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const FONT = 'DejaVu Sans';
const GREY = '#d5d9e0';
const INK = '#1b1e23';
const MUTED = '#545b66';

//   (0,0) ─────────────────────────────── 1200
//     │  eyebrow / headline / figures
//     │              ·  ·  │  ·  ·
//     │           ·        │        ·          hemicycle: unit frame scaled by R,
//     │          ·   172   ┼         ·         centred on (CX, CY)
//    630 ────────────────────────────────────
const R = 380;
const CX = OG_WIDTH / 2;
const CY = 605;

export type OgFocus = { party: Party } | { riding: Riding } | undefined;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 10) / 10;

function texts(election: Election, focus: OgFocus, f: Formatters) {
  const partyOf = (id: string) => election.parties.find((p) => p.id === id);
  if (focus && 'party' in focus) {
    const { party } = focus;
    return {
      eyebrow: f.text(election.name),
      headline: f.text(party.name),
      figures: SHARE_TEXT[f.lang].partyFigures(f, { seats: party.seats, total: election.totalSeats, voteShare: party.voteShare }),
      color: party.color,
    };
  }
  if (focus) {
    const result = ridingResult(focus.riding);
    const winner = result.candidates[0];
    const party = partyOf(focus.riding.winner);
    return {
      eyebrow: f.text(election.name),
      headline: f.text(focus.riding.name),
      figures: SHARE_TEXT[f.lang].ridingFigures(f, {
        winner: winner?.name ?? '',
        party: party ? f.text(party.shortName) : focus.riding.winner,
        margin: focus.riding.margin,
      }),
      color: party?.color,
    };
  }
  return {
    eyebrow: `${f.text(election.legislature)} · ${f.date(election.date)}`,
    headline: f.text(election.name),
    figures: partiesInSeatOrder(election)
      .filter((p) => p.seats > 0)
      .map((p) => `${f.text(p.shortName)} ${p.seats}`)
      .join(' · '),
    color: undefined,
  };
}

/** The picture in the language of `t` and `f`. */
export function ogImageSvg(election: Election, focus: OgFocus, t: Messages, f: Formatters): string {
  const threshold = majorityThreshold(election.totalSeats);
  const seats = buildSeatPlan(election);
  const colors = new Map(election.parties.map((p) => [p.id, p.color]));
  const inFocus = (s: PlanSeat) => !focus || ('party' in focus ? s.party === focus.party.id : s.riding === focus.riding.id);
  const circle = (s: PlanSeat, fill: string | undefined, scale = 1) =>
    `<circle cx="${round(CX + s.x * R)}" cy="${round(CY + s.y * R)}" r="${round(s.r * R * scale)}" fill="${fill}"/>`;
  const marks = seats.map((s) => circle(s, inFocus(s) ? colors.get(s.party) : GREY)).join('');
  // A single riding is one small dot among hundreds: ring it so it can be found.
  const marked = focus && 'riding' in focus ? seats.find((s) => s.riding === focus.riding.id) : undefined;
  const ring = marked
    ? `<circle cx="${round(CX + marked.x * R)}" cy="${round(CY + marked.y * R)}" r="${round(marked.r * R * 2.4)}" fill="none" stroke="${INK}" stroke-width="4"/>`
    : '';
  const line = majorityLine(seats, threshold);
  const { eyebrow, headline, figures, color } = texts(election, focus, f);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    color ? `<rect width="${OG_WIDTH}" height="12" fill="${color}"/>` : '',
    `<text x="48" y="66" font-size="26" fill="${MUTED}">${escapeXml(eyebrow)}</text>`,
    `<text x="48" y="122" font-size="48" font-weight="bold" fill="${INK}">${escapeXml(headline)}</text>`,
    `<text x="48" y="170" font-size="30" fill="${INK}">${escapeXml(figures)}</text>`,
    `<g>${marks}</g>`,
    ring,
    `<polyline points="${line.points.map(([x, y]) => `${round(CX + x * R)},${round(CY + y * R)}`).join(' ')}" fill="none" stroke="${INK}" stroke-width="3"/>`,
    // The majority figure sits in the hollow of the hemicycle, under the line.
    `<text x="${CX}" y="${CY - 40}" font-size="44" font-weight="bold" text-anchor="middle" fill="${INK}">${f.count(threshold)}</text>`,
    `<text x="${CX}" y="${CY - 8}" font-size="22" text-anchor="middle" fill="${MUTED}">${escapeXml(t.majorityShort)}</text>`,
    `<text x="${OG_WIDTH - 48}" y="66" font-size="24" text-anchor="end" fill="${MUTED}">${escapeXml(t.appName)}</text>`,
    `</svg>`,
  ].join('');
}
