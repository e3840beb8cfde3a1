/**
 * The link-preview tags of each shareable page, in its language, written into
 * the HTML at build time so that crawlers, which run no JavaScript, see the
 * party's name and seats.
 */
import { majorityOf } from '../../src/core/election/majority.ts';
import { partyResult } from '../../src/core/election/partyResults.ts';
import { isCounting, seatsCounted } from '../../src/data/ridingStatus.ts';
import { partiesInSeatOrder } from '../../src/core/election/seating.ts';
import { resultSentence } from '../../src/shared/resultSentence.ts';
import { viewTitle } from '../../src/shared/viewTitle.ts';
import type { Election, Party, Riding } from '../../src/data/electionSchema.ts';
import { en, type Messages } from '../../src/i18n/en.ts';
import { makeFormatters, type Formatters, type Lang } from '../../src/i18n/format.ts';
import { fr } from '../../src/i18n/fr.ts';
import { RIDING_DETAIL_WORDS } from '../../src/i18n/words/ridingDetail.ts';
import { STATUS_WORDS } from '../../src/i18n/words/status.ts';
import { routePath } from '../../src/url/routes.ts';
import { SHARE_TEXT } from './shareText.ts';
import { escapeMarkup } from '../../src/core/picture/escapeMarkup.ts';
import { siteAddress } from '../site/siteAddress.ts';

export interface ShareMeta {
  lang: Lang;
  title: string;
  description: string;
  /** Path of the page, e.g. `/party/cpc`, `/fr/party/cpc`. */
  path: string;
  /** Path of the preview image, e.g. `/og/cpc.png`, `/og/fr/cpc.png`; none for the builder (a card without a picture). */
  image: string | undefined;
  imageAlt: string;
}

const CATALOGS: Record<Lang, Messages> = { en, fr };

/** The messages and formats of a language, as the app has them. */
export function textsIn(lang: Lang): { t: Messages; f: Formatters } {
  return { t: CATALOGS[lang], f: makeFormatters(lang) };
}

/** "Liberal: 169 seats", "Libéral : 169 sièges": French puts a no-break space before the colon. */
const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

/** Where a preview image of a language lives: English at the top of /og, French under /og/fr. */
const imagePath = (lang: Lang, name: string) => (lang === 'en' ? `/og/${name}.png` : `/og/${lang}/${name}.png`);

/** "Liberal 169, Conservative 144, …": the parties with seats (won and led, on a night in progress), in the chart's order. */
function seatsSaid(election: Election, lang: Lang): string {
  const { t, f } = textsIn(lang);
  return partiesInSeatOrder(election)
    .filter((p) => seatsCounted(p) > 0)
    .map((p) => t.partySeatsShort(f, { party: f.text(p.shortName), seats: seatsCounted(p) }))
    .join(', ');
}

/**
 * A night in progress: every preview says it is a count, as of the data's time, and shows the live card (drawn
 * with each file the ingest writes, its address changed with the file so a preview is never an old card).
 */
function live(election: Election, lang: Lang): { said: (text: string) => string; image: string } | undefined {
  if (!isCounting(election)) return undefined;
  const { f } = textsIn(lang);
  const label = STATUS_WORDS[lang].liveCount(election.updated === undefined ? undefined : f.time(election.updated));
  const version = election.updated === undefined ? '' : `?at=${encodeURIComponent(election.updated)}`;
  return { said: (text) => `${label}${colon(lang)}${text}`, image: `${imagePath(lang, 'live')}${version}` };
}

export function overviewMeta(election: Election, lang: Lang): ShareMeta {
  const { t, f } = textsIn(lang);
  const threshold = majorityOf(election);
  const parties = seatsSaid(election, lang);
  const night = live(election, lang);
  return {
    lang,
    title: viewTitle({ t, f }, election),
    description: night
      ? night.said(resultSentence({ t, f }, election).text)
      : SHARE_TEXT[lang].overviewDescription(parties, t.majorityLabel(f, threshold)),
    path: routePath({ page: 'overview' }, false, lang),
    image: night?.image ?? imagePath(lang, 'overview'),
    imageAlt: `${night ? t.seatChartTitleCounting : t.seatChartTitle}${colon(lang)}${parties}`,
  };
}

/**
 * The builder's page, which a made chart's link opens: the card says what such a link is, and claims no result
 * (a static host serves the same card whatever chart the link holds), and has no picture.
 */
export function makeMeta(lang: Lang): ShareMeta {
  const text = SHARE_TEXT[lang];
  return {
    lang,
    title: text.makeTitle,
    description: text.makeDescription,
    path: routePath({ page: 'make' }, false, lang),
    image: undefined,
    imageAlt: text.makeTitle,
  };
}

/** The map's page: the ridings on the map, with the same parties and seats as the overview. */
export function mapMeta(election: Election, lang: Lang): ShareMeta {
  const { t, f } = textsIn(lang);
  const parties = seatsSaid(election, lang);
  const title = t.mapPageTitle(f.text(election.name));
  const night = live(election, lang);
  return {
    lang,
    title: viewTitle({ t, f }, election, undefined, undefined, true),
    description: night
      ? night.said(resultSentence({ t, f }, election).text)
      : SHARE_TEXT[lang].mapDescription(f, election.ridings.length, parties),
    path: routePath({ page: 'map' }, false, lang),
    image: night?.image ?? imagePath(lang, 'map'),
    imageAlt: `${title}${colon(lang)}${parties}`,
  };
}

export function partyMeta(election: Election, party: Party, lang: Lang): ShareMeta {
  const { t, f } = textsIn(lang);
  const result = partyResult(election, party.id)!;
  const night = live(election, lang);
  const seats = seatsCounted(party);
  return {
    lang,
    title: viewTitle({ t, f }, election, result),
    description: night
      ? night.said(
          `${f.text(party.name)}${colon(lang)}${t.partySummary(f, {
            seats,
            total: election.totalSeats,
            change: result.seatChange,
            previous: election.previous && f.text(election.previous.name),
            voteShare: result.voteShare,
            counting: { leading: result.leading },
          })}`,
        )
      : SHARE_TEXT[lang].partyDescription(f, {
          party: f.text(party.name),
          seats: party.seats,
          total: election.totalSeats,
          seatShare: party.seats / election.totalSeats,
          voteShare: party.voteShare,
          threshold: majorityOf(election),
        }),
    path: routePath({ page: 'party', partyId: party.id }, false, lang),
    image: night?.image ?? imagePath(lang, party.id),
    // While counting, what the title says: its seats won or leading.
    imageAlt: night ? viewTitle({ t, f }, election, result) : `${f.text(party.name)}${colon(lang)}${t.seats(f, seats)}`,
  };
}

export function ridingMeta(election: Election, riding: Riding, lang: Lang): ShareMeta {
  const { t, f } = textsIn(lang);
  const party = election.parties.find((p) => p.id === riding.winner);
  const partyName = party ? f.text(party.shortName) : (riding.winner ?? STATUS_WORDS[lang].status.pending);
  const region = election.regions.find((r) => r.id === riding.region);
  const winner = [...riding.candidates].sort((a, b) => b.votes - a.votes)[0];
  const night = live(election, lang);
  const where = `${f.text(riding.name)}${region ? ` (${f.text(region.name)})` : ''}`;
  // A riding with no result names nobody; a lead is "leading by", never a win.
  const said =
    riding.status === 'pending'
      ? `${where}${colon(lang)}${STATUS_WORDS[lang].status.pending}.`
      : riding.status === 'leading'
        ? `${t.seatDetail.leadingLabel(f, { riding: where, party: partyName, margin: riding.margin })}${winner ? ` (${winner.name})` : ''}.`
        : `${where}${colon(lang)}${winner?.name ?? ''}, ${partyName}, ${RIDING_DETAIL_WORDS[lang].margin(f, riding.margin).toLowerCase()}.`;
  return {
    lang,
    title: viewTitle({ t, f }, election, undefined, riding),
    description: night ? night.said(said) : said,
    path: routePath({ page: 'riding', ridingId: riding.id }, false, lang),
    image: night?.image ?? imagePath(lang, `riding/${riding.id}`),
    imageAlt: `${f.text(riding.name)}${colon(lang)}${partyName}`,
  };
}

const LOCALE: Record<Lang, string> = { en: 'en_CA', fr: 'fr_CA' };

/** The same page in each language, for `hreflang`: English is also the default for other languages. */
export type Alternates = Record<Lang, string>;

/**
 * Writes a page's head: its language, title and description, Open Graph and
 * Twitter tags, and, for a page search engines may list, its canonical
 * address and its twin in the other language.
 */
export function injectShareMeta(html: string, meta: ShareMeta, siteUrl?: string, alternates?: Alternates): string {
  const other = (Object.keys(LOCALE) as Lang[]).filter((l) => l !== meta.lang);
  // Every address here must be whole; without the site's address they are left out (siteAddress.ts).
  const located = (tags: (at: (path: string) => string) => string[]) => (siteUrl ? tags((path) => siteAddress(path, siteUrl)) : []);
  const link = (attrs: string, href: string) => `<link ${attrs} href="${escapeMarkup(href)}" />`;
  const tags = [
    `<meta name="description" content="${escapeMarkup(meta.description)}" />`,
    ...located((at) =>
      alternates
        ? [
            link('rel="canonical"', at(meta.path)),
            ...(Object.entries(alternates) as [Lang, string][]).map(([lang, path]) => link(`rel="alternate" hreflang="${lang}"`, at(path))),
            link('rel="alternate" hreflang="x-default"', at(alternates.en)),
          ]
        : [],
    ),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeMarkup(textsIn(meta.lang).t.appName)}" />`,
    `<meta property="og:title" content="${escapeMarkup(meta.title)}" />`,
    `<meta property="og:description" content="${escapeMarkup(meta.description)}" />`,
    ...located((at) => [
      `<meta property="og:url" content="${escapeMarkup(at(meta.path))}" />`,
      ...(meta.image
        ? [
            `<meta property="og:image" content="${escapeMarkup(at(meta.image))}" />`,
            `<meta property="og:image:type" content="image/png" />`,
            `<meta property="og:image:width" content="1200" />`,
            `<meta property="og:image:height" content="630" />`,
            `<meta property="og:image:alt" content="${escapeMarkup(meta.imageAlt)}" />`,
          ]
        : []),
    ]),
    `<meta property="og:locale" content="${LOCALE[meta.lang]}" />`,
    ...other.map((l) => `<meta property="og:locale:alternate" content="${LOCALE[l]}" />`),
    `<meta name="twitter:card" content="${siteUrl && meta.image ? 'summary_large_image' : 'summary'}" />`,
    `<meta name="twitter:title" content="${escapeMarkup(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeMarkup(meta.description)}" />`,
    ...located((at) => (meta.image ? [`<meta name="twitter:image" content="${escapeMarkup(at(meta.image))}" />`] : [])),
  ].join('\n    ');
  return inLanguage(html, meta.lang)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeMarkup(meta.title)}</title>`)
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace('</head>', `    ${tags}\n  </head>`);
}

/** The page's `<html lang>`, so the served HTML is read (and hyphenated, and spoken) in its language. */
export function inLanguage(html: string, lang: Lang): string {
  return html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
}

/** A page's `<title>` alone (the embed's: its head carries no preview tags, as it is not to be listed). */
export function withTitle(html: string, title: string): string {
  return html.replace(/<title>[^<]*<\/title>/, `<title>${escapeMarkup(title)}</title>`);
}
