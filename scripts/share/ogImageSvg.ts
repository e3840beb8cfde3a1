/**
 * The 1200×630 link-preview picture of an election or one party, as SVG:
 * headline text at the top left, the hemicycle below it, the chosen party in
 * its colour and the others greyed, and the majority line. Drawn from the same
 * core layout as the app, so the preview matches the chart.
 */
import { assignSeats } from '../../src/core/assignSeats.ts';
import { layoutHemicycle } from '../../src/core/layoutHemicycle.ts';
import { majorityLine, majorityThreshold } from '../../src/core/majority.ts';
import { partiesInSeatOrder } from '../../src/core/seatPlan.ts';
import type { Election, Party } from '../../src/data/electionSchema.ts';
import { en } from '../../src/i18n/en.ts';
import { makeFormatters } from '../../src/i18n/format.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const FONT = 'DejaVu Sans';
const GREY = '#d5d9e0';

//   (0,0) ─────────────────────────────── 1200
//     │  election name / headline / figures
//     │              ·  ·  │  ·  ·
//     │           ·        │        ·          hemicycle: unit frame scaled by R,
//     │          ·         ┼         ·         centred on (CX, CY)
//    630 ────────────────────────────────────
const R = 380;
const CX = OG_WIDTH / 2;
const CY = 605;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 10) / 10;

export function ogImageSvg(election: Election, party?: Party): string {
  const f = makeFormatters('en');
  const threshold = majorityThreshold(election.totalSeats);
  const seats = assignSeats(layoutHemicycle(election.totalSeats), partiesInSeatOrder(election.parties));
  const colors = new Map(election.parties.map((p) => [p.id, p.color]));
  const marks = seats
    .map((s) => {
      const fill = !party || s.party === party.id ? colors.get(s.party) : GREY;
      return `<circle cx="${round(CX + s.x * R)}" cy="${round(CY + s.y * R)}" r="${round(s.r * R)}" fill="${fill}"/>`;
    })
    .join('');
  const line = majorityLine(seats, threshold);
  const headline = party ? f.text(party.name) : f.text(election.name);
  const figures = party
    ? `${en.seats(f, party.seats)} of ${f.count(election.totalSeats)} · ${f.percent(party.voteShare)} of the vote`
    : partiesInSeatOrder(election.parties)
        .filter((p) => p.seats > 0)
        .map((p) => `${f.text(p.shortName)} ${p.seats}`)
        .join(' · ');
  const eyebrow = party ? f.text(election.name) : `${f.text(election.legislature)} · ${f.date(election.date)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    party ? `<rect width="${OG_WIDTH}" height="12" fill="${party.color}"/>` : '',
    `<text x="48" y="66" font-size="26" fill="#545b66">${escapeXml(eyebrow)}</text>`,
    `<text x="48" y="122" font-size="48" font-weight="bold" fill="#1b1e23">${escapeXml(headline)}</text>`,
    `<text x="48" y="170" font-size="30" fill="#1b1e23">${escapeXml(figures)}</text>`,
    `<g>${marks}</g>`,
    `<line x1="${round(CX + line.x1 * R)}" y1="${round(CY + line.y1 * R)}" x2="${round(CX + line.x2 * R)}" y2="${round(CY + line.y2 * R)}" stroke="#1b1e23" stroke-width="3"/>`,
    // The majority figure sits in the hollow of the hemicycle, under the line.
    `<text x="${CX}" y="${CY - 40}" font-size="44" font-weight="bold" text-anchor="middle" fill="#1b1e23">${f.count(threshold)}</text>`,
    `<text x="${CX}" y="${CY - 8}" font-size="22" text-anchor="middle" fill="#545b66">${escapeXml(en.majorityShort)}</text>`,
    `<text x="${OG_WIDTH - 48}" y="66" font-size="24" text-anchor="end" fill="#545b66">Hemicycle</text>`,
    `</svg>`,
  ].join('');
}
