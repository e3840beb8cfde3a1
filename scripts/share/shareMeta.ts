/**
 * The link-preview tags of each shareable page, written into the HTML at build
 * time so that crawlers, which run no JavaScript, see the party's name and seats.
 */
import { majorityThreshold } from '../../src/core/majority.ts';
import { partiesInSeatOrder } from '../../src/core/seatPlan.ts';
import type { Election, Party, Riding } from '../../src/data/electionSchema.ts';
import { en } from '../../src/i18n/en.ts';
import { makeFormatters } from '../../src/i18n/format.ts';

export interface ShareMeta {
  title: string;
  description: string;
  /** Path of the page, e.g. `/party/cpc`. */
  path: string;
  /** Path of the preview image, e.g. `/og/cpc.png`. */
  image: string;
  imageAlt: string;
}

const f = makeFormatters('en');

export function overviewMeta(election: Election): ShareMeta {
  const threshold = majorityThreshold(election.totalSeats);
  const parties = partiesInSeatOrder(election)
    .filter((p) => p.seats > 0)
    .map((p) => en.partySeatsShort(f, { party: f.text(p.shortName), seats: p.seats }))
    .join(', ');
  return {
    title: en.pageTitle(f.text(election.name)),
    description: en.shareOverview(parties, en.majorityLabel(f, threshold)),
    path: '/',
    image: '/og/overview.png',
    imageAlt: `${en.seatChartTitle}: ${parties}`,
  };
}

export function partyMeta(election: Election, party: Party): ShareMeta {
  const name = f.text(party.shortName);
  return {
    title: en.partyPageTitle(f, { party: name, seats: party.seats, election: f.text(election.name) }),
    description: en.shareDescription(f, {
      party: f.text(party.name),
      seats: party.seats,
      total: election.totalSeats,
      seatShare: party.seats / election.totalSeats,
      voteShare: party.voteShare,
      threshold: majorityThreshold(election.totalSeats),
    }),
    path: `/party/${party.id}`,
    image: `/og/${party.id}.png`,
    imageAlt: `${f.text(party.name)}: ${en.seats(f, party.seats)}`,
  };
}

export function ridingMeta(election: Election, riding: Riding): ShareMeta {
  const party = election.parties.find((p) => p.id === riding.winner);
  const partyName = party ? f.text(party.shortName) : riding.winner;
  const region = election.regions.find((r) => r.id === riding.region);
  const winner = [...riding.candidates].sort((a, b) => b.votes - a.votes)[0];
  return {
    title: en.riding.pageTitle(f, {
      riding: f.text(riding.name),
      party: partyName,
      margin: riding.margin,
      election: f.text(election.name),
    }),
    description: `${f.text(riding.name)}${region ? ` (${f.text(region.name)})` : ''}: ${winner?.name ?? ''}, ${partyName}, ${en.seatDetail.margin(f, riding.margin).toLowerCase()}.`,
    path: `/riding/${riding.id}`,
    image: `/og/riding/${riding.id}.png`,
    imageAlt: `${f.text(riding.name)}: ${partyName}`,
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Absolute when the site's address is known (link previews want absolute URLs), else root-relative. */
const absolute = (path: string, siteUrl: string | undefined) => (siteUrl ? new URL(path, siteUrl).href : path);

/** Replaces the page's title and description and adds Open Graph and Twitter tags. */
export function injectShareMeta(html: string, meta: ShareMeta, siteUrl?: string): string {
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Hemicycle" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(absolute(meta.path, siteUrl))}" />`,
    `<meta property="og:image" content="${escapeHtml(absolute(meta.image, siteUrl))}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:image:alt" content="${escapeHtml(meta.imageAlt)}" />`,
    `<meta property="og:locale" content="en_CA" />`,
    `<meta property="og:locale:alternate" content="fr_CA" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(absolute(meta.image, siteUrl))}" />`,
  ].join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace('</head>', `    ${tags}\n  </head>`);
}
