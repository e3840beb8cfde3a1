/**
 * The only place a URL is read or written. Paths name what is shown and in
 * which language (`/`, `/party/<id>`, `/fr/party/<id>`); search params carry
 * how (theme, election, view options). A value that cannot be read falls back
 * to the default and is listed in `unread`, for the page to say so: never a
 * silent substitute.
 */
import type { Lang } from '../i18n/format.ts';
import { ID_PATTERN } from '../idPattern.ts';
import { LIVE_SECONDS } from '../liveSeconds.ts';

export type Theme = 'light' | 'dark' | 'auto';

export type Route =
  | { page: 'overview' }
  /** The ridings on a map, as the page's chart. */
  | { page: 'map' }
  | { page: 'party'; partyId: string }
  | { page: 'riding'; ridingId: string }
  /** The builder (`/make`): a chart made from a table, kept in the link's `?chart=`; in the embed, that chart. */
  | { page: 'make' }
  | { page: 'not-found' };

/** Which result the seats show: this election's, with changes marked, or the previous one on the same seats. */
export type SeatsShown = 'current' | 'changes' | 'previous';

/** How parties are seated: leader left and runner-up right (default), or the data's political order. */
export type SeatOrderParam = 'result' | 'spectrum';

/** The riding map: geographic (default), or the hex cartogram where every riding is the same size. */
export type MapKindParam = 'geo' | 'hex';

/** The chart's layout: seats on an arc (default), or on Westminster benches. */
type LayoutParam = 'arc' | 'benches';

export interface ViewParams {
  theme: Theme;
  /** Dataset file name under /data, without `.json`. */
  election: string;
  /** A chart made in the builder (data/chartCode), as the link carries it: shown in place of `election`. */
  chart: string | undefined;
  /** Region (province or territory) id whose seats are highlighted. */
  province: string | undefined;
  /** Party ids grouped as a coalition, in the order given; empty for none. */
  coalition: string[];
  seats: SeatsShown;
  order: SeatOrderParam;
  map: MapKindParam;
  /** Refetch interval in seconds (live results): 0 off, undefined as the dataset says, else 5 to 3600. */
  live: number | undefined;
  /** The interval the URL asked for when it was out of range (and `live` holds it clamped): the page says so. */
  liveAsked: number | undefined;
  /** The chart's layout, its arc in degrees (60 to 360; 180 by default) and its rows (automatic by default). */
  layout: LayoutParam;
  arc: number;
  rows: number | undefined;
  /** Parameters whose value could not be read, left out: the page says so. */
  unread: UnreadParam[];
}

/** A parameter the URL gave with a value this page does not know, and the values it does know. */
export interface UnreadParam {
  param: string;
  value: string;
  choices: readonly string[];
}

// `?.`: build scripts read routes under Node, where there is no import.meta.env.
export const DEFAULT_ELECTION: string = import.meta.env?.VITE_DEFAULT_ELECTION ?? 'canada-2025';
const ID = ID_PATTERN;

const EMBED_PREFIX = '/embed';
/** English pages have no prefix (the links published before French had paths of its own stay English). */
const LANG_PREFIX: Record<Lang, string> = { en: '', fr: '/fr' };

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export interface Location {
  /** The language the path is in: `/fr/…` is French, every other path English. */
  lang: Lang;
  /** True under /embed/: the chart alone, for an iframe. */
  embedded: boolean;
  route: Route;
}

/** What a path shows: its language, whether it is an embed (`/embed/…`), and its route. */
export function parseLocation(path: string): Location {
  const lang: Lang = under(path, LANG_PREFIX.fr) ? 'fr' : 'en';
  const rest = path.slice(LANG_PREFIX[lang].length) || '/';
  const embedded = under(rest, EMBED_PREFIX);
  return { lang, embedded, route: parseRoute(embedded ? rest.slice(EMBED_PREFIX.length) : rest) };
}

/** The path of a route, in a language, in the app or the embed. */
export function routePath(route: Route, embedded = false, lang: Lang = 'en'): string {
  const path =
    route.page === 'party'
      ? `/party/${encodeURIComponent(route.partyId)}`
      : route.page === 'riding'
        ? `/riding/${encodeURIComponent(route.ridingId)}`
        : route.page === 'map'
          ? '/map'
          : route.page === 'make'
            ? '/make'
            : '/';
  const inApp = embedded ? `${EMBED_PREFIX}${path}` : path;
  return `${LANG_PREFIX[lang]}${inApp}`;
}

/**
 * Where a URL that names its language in the query (`?lang=fr`, the links
 * published before French had paths) now lives: the same page on the path of
 * that language, without the parameter. Undefined when the URL is already so.
 */
export function canonicalUrl(path: string, search: string): string | undefined {
  const parts = search.replace(/^\?/, '').split('&');
  const isLang = (part: string) => part === 'lang' || part.startsWith('lang=');
  const asked = parts.find(isLang);
  if (asked === undefined) return undefined;
  const current = parseLocation(path).lang;
  const wanted = asked.slice('lang='.length).toLowerCase();
  // A language we do not have stays in the URL, for the page to say it is shown in the path's.
  if (wanted !== 'fr' && wanted !== 'en') return undefined;
  const lang: Lang = wanted;
  // Only the prefix changes: the rest of the path, known or not, and the other parameters stay as typed.
  const rest = path.slice(LANG_PREFIX[current].length) || '/';
  const query = parts.filter((part) => part !== '' && !isLang(part)).join('&');
  return `${LANG_PREFIX[lang]}${rest}${query ? `?${query}` : ''}`;
}

/** A path segment as text. A malformed escape (`%ZZ`) stays as typed: it names no party, so the page says so. */
function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function parseRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/') return { page: 'overview' };
  if (clean === '/map') return { page: 'map' };
  if (clean === '/make') return { page: 'make' };
  const party = /^\/party\/([^/]+)$/.exec(clean);
  if (party?.[1]) return { page: 'party', partyId: segment(party[1]) };
  const riding = /^\/riding\/([^/]+)$/.exec(clean);
  if (riding?.[1]) return { page: 'riding', ridingId: segment(riding[1]) };
  return { page: 'not-found' };
}

/** `?live=`: seconds between refreshes, 0 for none; out of range, the nearest bound, with what was asked kept to say so. */
function parseLive(value: string | null): Pick<ViewParams, 'live' | 'liveAsked'> {
  if (value === null || !/^\d+$/.test(value)) return { live: undefined, liveAsked: undefined };
  const asked = Number(value);
  if (asked === 0) return { live: 0, liveAsked: undefined };
  const live = Math.min(LIVE_SECONDS.max, Math.max(LIVE_SECONDS.min, asked));
  return { live, liveAsked: live === asked ? undefined : asked };
}

const SEATS_SHOWN = ['current', 'changes', 'previous'] as const satisfies SeatsShown[];
const THEMES = ['light', 'dark', 'auto'] as const satisfies Theme[];
const ORDERS = ['result', 'spectrum'] as const satisfies SeatOrderParam[];
const MAP_KINDS = ['geo', 'hex'] as const satisfies MapKindParam[];
const LAYOUTS = ['arc', 'benches'] as const satisfies LayoutParam[];
/** The chart's shape settings and their ranges, as the layout takes them. */
const ARC_DEGREES = { min: 60, max: 360, default: 180 } as const;
const ROWS = { min: 1, max: 100 } as const;
const FLAG_VALUES = ['1', '0', 'true', 'false'];

export function parseViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search);
  const unread: UnreadParam[] = [];
  /** The parameter's value when it is one of `choices` (any case), else the default, said as unread. */
  const choice = <T extends string>(param: string, choices: readonly T[], fallback: T, shown: readonly string[] = choices): T => {
    const raw = params.get(param);
    if (raw === null || raw === '') return fallback;
    const value = raw.trim().toLowerCase();
    if ((choices as readonly string[]).includes(value)) return value as T;
    unread.push({ param, value: raw, choices: shown });
    return fallback;
  };
  const election = params.get('election');
  const chart = params.get('chart')?.trim();
  const province = params.get('province')?.trim().toLowerCase();
  const coalition: string[] = [];
  for (const raw of (params.get('coalition') ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (ID.test(id)) coalition.push(id);
    else if (id !== '') unread.push({ param: 'coalition', value: raw, choices: [] });
  }
  const theme = choice('theme', THEMES, 'auto');
  const seats = choice('seats', SEATS_SHOWN, 'current', ['changes', 'previous']);
  const order = choice('order', ORDERS, 'result');
  const map = choice('map', MAP_KINDS, 'geo');
  const liveAsked = params.get('live');
  const live = parseLive(liveAsked);
  if (liveAsked && live.live === undefined)
    unread.push({ param: 'live', value: liveAsked, choices: ['0', `${LIVE_SECONDS.min}–${LIVE_SECONDS.max}`] });
  /** A whole number within a range, else undefined and said as unread. */
  const whole = (param: string, { min, max }: { min: number; max: number }): number | undefined => {
    const raw = params.get(param);
    if (raw === null || raw === '') return undefined;
    const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (value >= min && value <= max) return value;
    unread.push({ param, value: raw, choices: [`${min}–${max}`] });
    return undefined;
  };
  const layout = choice('layout', LAYOUTS, 'arc');
  const arc = whole('arc', ARC_DEGREES) ?? ARC_DEGREES.default;
  const rows = whole('rows', ROWS);
  // `?lang=` is read from the path (canonicalUrl moves it there); one still here names a language we do not have.
  const lang = params.get('lang');
  if (lang !== null && lang !== '' && !['en', 'fr'].includes(lang.toLowerCase()))
    unread.push({ param: 'lang', value: lang, choices: ['en', 'fr'] });
  for (const param of ['plain', 'transparent']) {
    const value = params.get(param);
    if (value !== null && value !== '' && !FLAG_VALUES.includes(value.toLowerCase())) unread.push({ param, value, choices: ['1', '0'] });
  }
  return {
    theme,
    // As asked, even malformed: the data layer says there is no such election rather than showing another.
    election: election ?? DEFAULT_ELECTION,
    // As given: the data layer reads it, and says what is wrong with a code cut short or edited.
    chart: chart || undefined,
    // As asked too: a province this election does not have is said so (resolveView).
    province: province || undefined,
    coalition: [...new Set(coalition)],
    seats,
    order,
    map,
    ...live,
    layout,
    arc,
    rows,
    unread,
  };
}

/**
 * The chart a page draws in place of an election: the link's `?chart=`; on the embed of the builder's chart
 * without one (a host that strips query strings), an empty code, which the page says cannot be read rather than
 * drawing the default election in its place.
 */
export const chartAsked = (route: Route, params: Pick<ViewParams, 'chart'>): string | undefined =>
  params.chart ?? (route.page === 'make' ? '' : undefined);

/** Search string that keeps only the params that differ from their defaults. */
export function formatViewParams(params: ViewParams): string {
  const out = new URLSearchParams();
  if (params.election !== DEFAULT_ELECTION) out.set('election', params.election);
  if (params.chart !== undefined) out.set('chart', params.chart);
  if (params.theme !== 'auto') out.set('theme', params.theme);
  if (params.province) out.set('province', params.province);
  if (params.seats !== 'current') out.set('seats', params.seats);
  if (params.order !== 'result') out.set('order', params.order);
  if (params.map !== 'geo') out.set('map', params.map);
  if (params.live !== undefined) out.set('live', String(params.live));
  if (params.layout !== 'arc') out.set('layout', params.layout);
  if (params.arc !== ARC_DEGREES.default) out.set('arc', String(params.arc));
  if (params.rows !== undefined) out.set('rows', String(params.rows));
  // Ids are [a-z0-9-]: written by hand so the commas stay readable in a shared link.
  const coalition = params.coalition.length > 0 ? `coalition=${params.coalition.join(',')}` : '';
  const text = [out.toString(), coalition].filter(Boolean).join('&');
  return text ? `?${text}` : '';
}

/** A flag of the embed's query: `?plain`, `=1` or `=true`. Any other value is off (and said as unread). */
function flag(search: string, name: string): boolean {
  const value = new URLSearchParams(search).get(name)?.toLowerCase();
  return value === '' || value === '1' || value === 'true';
}

/** View params for an embed: `transparent` drops the page background so the host's shows through. */
export function parseTransparent(search: string): boolean {
  return flag(search, 'transparent');
}

/** `plain`: the embed without its headline and footer, for a host that writes its own (Datawrapper's `plain=1`). */
export function parsePlain(search: string): boolean {
  return flag(search, 'plain');
}
