/**
 * What a seat, a riding and a seat's flip mark look like in each state, said once in the theme's terms. The page's stylesheet is
 * written from it (src/theme/marks.generated.css, by scripts/theme/writeMarkStyles.ts, checked by a unit test)
 * and the pictures paint from it (markLook), so a download cannot drift from the page.
 *
 * The rules apply in order, a later one over an earlier; the generated selectors are more specific the more
 * states they name, so the page's cascade agrees.
 */
import { partyShade } from './partyShade.ts';
import type { Palette } from './theme.ts';

/** A colour: the mark's party in the theme's shade, a colour of the theme, or none. */
type Colour = 'shade' | 'none' | { theme: 'muted' | 'background' | 'text' };
/** An opacity: the product of the theme's numbers named. */
type Opacity = readonly ('dim' | 'leadFill' | 'pendingFill')[];

interface Look {
  fill?: Colour;
  stroke?: Colour;
  fillOpacity?: Opacity;
  strokeOpacity?: Opacity;
}

/** A seat of the chart, a riding of the map, or the dot that marks a seat that changed hands. */
export type MarkKind = 'seat' | 'riding' | 'dot';

export interface MarkState {
  /** Where the riding's count stands: `leading` is pale, `pending` has no result yet. */
  status?: string | null | undefined;
  /** Outside what the view shows. */
  dimmed?: boolean | undefined;
}

interface Rule {
  mark: MarkKind;
  status?: 'leading' | 'pending' | 'vacant';
  dimmed?: true;
  look: Look;
}

const shade = 'shade';

const MARK_RULES: readonly Rule[] = [
  // A seat: its party's shade, with no outline (a ring means focus or selection).
  { mark: 'seat', look: { fill: shade } },
  // A riding: its winner's shade, parted from its neighbours by a line of the background.
  { mark: 'riding', look: { fill: shade, stroke: { theme: 'background' } } },
  // Outside the view: faint, outline and all.
  { mark: 'seat', dimmed: true, look: { fillOpacity: ['dim'], strokeOpacity: ['dim'] } },
  { mark: 'riding', dimmed: true, look: { fillOpacity: ['dim'], strokeOpacity: ['dim'] } },
  { mark: 'dot', dimmed: true, look: { fillOpacity: ['dim'], strokeOpacity: ['dim'] } },
  // A night in progress: a riding a party leads is pale, a seat of it ringed in the party's shade; one with no
  // result yet is an empty ring in no party's colour on the chart, a faint blank on the map.
  { mark: 'seat', status: 'leading', look: { fillOpacity: ['leadFill'], stroke: shade } },
  { mark: 'seat', status: 'pending', look: { fill: 'none', stroke: { theme: 'muted' } } },
  // A seat with no member: empty too, as every chart draws one.
  { mark: 'seat', status: 'vacant', look: { fill: 'none', stroke: { theme: 'muted' } } },
  { mark: 'riding', status: 'leading', look: { fillOpacity: ['leadFill'] } },
  { mark: 'riding', status: 'pending', look: { fill: { theme: 'muted' }, fillOpacity: ['pendingFill'] } },
  { mark: 'seat', status: 'leading', dimmed: true, look: { fillOpacity: ['leadFill', 'dim'] } },
  { mark: 'riding', status: 'leading', dimmed: true, look: { fillOpacity: ['leadFill', 'dim'] } },
  { mark: 'riding', status: 'pending', dimmed: true, look: { fillOpacity: ['pendingFill', 'dim'] } },
];

const applies = (rule: Rule, mark: MarkKind, state: MarkState) =>
  rule.mark === mark && (rule.status === undefined || rule.status === state.status) && (!rule.dimmed || state.dimmed === true);

// A picture paints hundreds of marks in a handful of colours: each shade is worked out once.
const shades = new Map<string, string>();
const shadeOf = (color: string, palette: Palette) => {
  const key = `${color} ${palette.fillL.join(' ')}`;
  return shades.get(key) ?? shades.set(key, partyShade(color, palette)).get(key)!;
};

/** A mark's paint for a picture: SVG attributes in the palette's values, for a party colour `color`. */
export function markLook(mark: MarkKind, state: MarkState, palette: Palette, color: string): Record<string, string | number> {
  const colour = (c: Colour) => (c === 'shade' ? shadeOf(color, palette) : c === 'none' ? 'none' : palette[c.theme]);
  const opacity = (o: Opacity) => o.reduce((product, name) => product * palette[name], 1);
  const paint: Record<string, string | number> = {};
  for (const { look } of MARK_RULES.filter((rule) => applies(rule, mark, state))) {
    if (look.fill) paint.fill = colour(look.fill);
    if (look.stroke) paint.stroke = colour(look.stroke);
    if (look.fillOpacity) paint['fill-opacity'] = opacity(look.fillOpacity);
    if (look.strokeOpacity) paint['stroke-opacity'] = opacity(look.strokeOpacity);
  }
  return paint;
}

const SELECTOR: Record<MarkKind, { mark: string; dimmed: string }> = {
  seat: { mark: '.hemicycle-seats > circle', dimmed: '.seat-dimmed' },
  riding: { mark: '.riding-map path[data-riding]', dimmed: '.map-dimmed' },
  dot: { mark: '.seat-flips > circle', dimmed: '.seat-dimmed' },
};
const CSS_VAR = {
  muted: '--muted',
  background: '--bg',
  text: '--text',
  dim: '--dim',
  leadFill: '--lead-fill',
  pendingFill: '--pending-fill',
};

/** The stylesheet the rules make: the same looks, in the theme's custom properties. */
export function markCss(): string {
  const colour = (c: Colour) =>
    c === 'shade'
      ? 'oklch(from currentColor clamp(var(--fill-l-min), l, var(--fill-l-max)) c h)'
      : c === 'none'
        ? 'none'
        : `var(${CSS_VAR[c.theme]})`;
  const opacity = (o: Opacity) => (o.length === 1 ? `var(${CSS_VAR[o[0]!]})` : `calc(${o.map((n) => `var(${CSS_VAR[n]})`).join(' * ')})`);
  const blocks = MARK_RULES.map(({ mark, status, dimmed, look }) => {
    const { mark: base, dimmed: faint } = SELECTOR[mark];
    const selector = `${base}${dimmed ? faint : ''}${status ? `[data-status='${status}']` : ''}`;
    const lines = [
      look.fill && `  fill: ${colour(look.fill)};`,
      look.stroke && `  stroke: ${colour(look.stroke)};`,
      look.fillOpacity && `  fill-opacity: ${opacity(look.fillOpacity)};`,
      look.strokeOpacity && `  stroke-opacity: ${opacity(look.strokeOpacity)};`,
    ].filter(Boolean);
    return `${selector} {\n${lines.join('\n')}\n}\n`;
  });
  return `/* Written by scripts/theme/writeMarkStyles.ts from src/core/picture/markLooks.ts: change the rules there. */\n${blocks.join('')}`;
}
