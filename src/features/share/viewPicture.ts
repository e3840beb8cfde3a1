/**
 * The picture of a drawn view, to publish: the page's own chart, legend and
 * result sentence, read from its DOM and painted in a theme (core/picture
 * composes them). The one drawing of a chart picture: the browser runs it on
 * the live page for a download, the build on each prerendered page (parsed
 * with linkedom) for its link preview. No stylesheet applies in a file opened
 * elsewhere, so what the stylesheets (hemicycle.css, map.css) do to the chart is written on its elements
 * here, from the theme's palette (core/theme) rather than computed styles.
 */
import { markLook } from '../../core/picture/markLooks.ts';
import { partyShade } from '../../core/picture/partyShade.ts';
import { pictureSvg, type PictureFormat } from '../../core/picture/picture.ts';
import { PALETTES, type ThemeName } from '../../core/picture/theme.ts';
import { widthClassAt } from '../../core/picture/widthClasses.ts';
import { escapeMarkup } from '../../core/picture/escapeMarkup.ts';

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

/** The majority line's weight, in CSS pixels at scale 1 (the chart's own is 2 px on screen). */
const LINE_PX = 2;
/** What a picture keeps of the chart's attributes: the rest is for the page (roles, labels, classes, handlers). */
const KEPT = new Set([
  'cx',
  'cy',
  'r',
  'x',
  'y',
  'points',
  'fill',
  'stroke-width',
  'font-size',
  'font-weight',
  'text-anchor',
  'data-seat',
  'data-party',
  'data-riding',
  'data-majority',
  // The map's shapes, its province names and their leaders.
  'd',
  'x1',
  'y1',
  'x2',
  'y2',
]);

/** The chart a picture is made of: the hemicycle's SVG, or the main map's (not a city inset's, nor a card's party dots). */
export const CHART_SVG = '.hemicycle > svg, .map-main .riding-map > svg';

/**
 * The chart's inner markup, painted: drawn `widthPx` wide at type scale `scale`, so the text laid out for that
 * class of width is kept and the others dropped (widthClasses), and the majority line keeps its weight. One walk
 * over the chart writing XML, with no copy of it: at build time it runs once per page, in a DOM for Node, where changing
 * a tree of 343 seats costs more than drawing the picture.
 */
function paintedChart(svg: SVGSVGElement, theme: ThemeName, widthPx: number, scale: number): string {
  const palette = PALETTES[theme];
  const shown = widthClassAt(widthPx / scale).name;
  const hexagons = svg.parentElement?.getAttribute('data-map-kind') === 'hex';
  const [, , vbWidth = 1] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number);

  /** What the stylesheets give an element, as attributes; undefined: the element is not in the picture. */
  function paint(element: Element, classes: readonly string[], parent: readonly string[]): Record<string, string | number> | undefined {
    const widthClass = element.getAttribute('data-width-class');
    if (element.localName === 'desc' || (widthClass !== null && widthClass !== shown)) return undefined;
    const has = (name: string) => classes.includes(name);
    const style: Record<string, string | number> = {};
    const status = element.getAttribute('data-status');
    // Seats, ridings and flip marks in each state, as the page's stylesheet draws them: both from markLooks.ts.
    const color = element.getAttribute('color') ?? '#888888';
    if (parent.includes('hemicycle-seats')) Object.assign(style, markLook('seat', { status, dimmed: has('seat-dimmed') }, palette, color));
    if (parent.includes('seat-flips')) Object.assign(style, markLook('dot', { dimmed: has('seat-dimmed') }, palette, color));
    if (has('seat-ring')) {
      // The ring of a seat under the pointer is the reader's, not the view's; a riding's own ring stays.
      if (!has('seat-marked')) return undefined;
      Object.assign(style, { fill: 'none', stroke: palette.text });
    }
    if (element.localName === 'polyline' && parent.includes('majority-line')) {
      Object.assign(style, { stroke: palette.majority, 'stroke-width': (LINE_PX * scale * vbWidth) / widthPx });
    }
    // The map (features/map/map.css): ridings in their winner's shade, parted by thin lines of the background.
    if (has('map-active')) return undefined;
    if (has('party-fill') && element.localName === 'path') {
      Object.assign(style, markLook('riding', { status, dimmed: has('map-dimmed') }, palette, color));
      // Its line's width and joins (map.css): the geographic map's ridings parted by a hair, hexagons by their gaps.
      style['stroke-width'] = hexagons ? 0 : 0.6;
      style['stroke-linejoin'] = 'round';
    }
    // Outlines of the ridings that changed hands: a line on a halo of the background (map.css).
    if (has('map-outline-halo'))
      Object.assign(style, { fill: 'none', stroke: palette.background, 'stroke-width': 4.5, 'stroke-linejoin': 'round' });
    if (has('map-outline')) Object.assign(style, { fill: 'none', stroke: palette.text, 'stroke-width': 2, 'stroke-linejoin': 'round' });
    if (has('map-leader')) return { stroke: palette.text, 'stroke-width': 1 };
    if (has('map-province-edges')) return { fill: 'none', stroke: palette.background, 'stroke-width': 3, 'stroke-linecap': 'round' };
    if (parent.includes('map-provinces') && element.localName === 'text') {
      Object.assign(style, {
        fill: palette.text,
        stroke: palette.background,
        'stroke-width': 4,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
        'font-weight': 700,
        'dominant-baseline': 'middle',
      });
    }
    if (has('majority-figure')) Object.assign(style, { fill: palette.text, 'font-weight': 700 });
    if (has('majority-caption')) style.fill = palette.muted;
    if (has('wedge-labels')) style.fill = palette.text;
    return style;
  }

  function write(node: Node, parent: readonly string[]): string {
    if (node.nodeType === 3) return escapeMarkup(node.textContent ?? '');
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    const classes = (element.getAttribute('class') ?? '').split(' ');
    const style = paint(element, classes, parent);
    if (!style) return '';
    const attributes = [...element.attributes].filter((a) => KEPT.has(a.name) && !(a.name in style)).map((a) => [a.name, a.value]);
    const written = [...attributes, ...Object.entries(style)].map(([name, value]) => ` ${name}="${escapeMarkup(String(value))}"`).join('');
    let inner = '';
    for (const child of element.childNodes) inner += write(child, classes);
    return `<${element.localName}${written}>${inner}</${element.localName}>`;
  }

  let markup = '';
  for (const child of svg.childNodes) markup += write(child, (svg.getAttribute('class') ?? '').split(' '));
  return markup;
}

/**
 * The chart's frame widened on its narrower side, so the hemicycle (centred on x = 0) sits in the middle of the
 * picture: on the page the frame hugs a label that overhangs one side, which leaves the arc off-centre.
 */
export function centredViewBox(viewBox: string): string {
  const [minX = 0, minY = 0, width = 1, height = 1] = viewBox.split(/\s+/).map(Number);
  const half = Math.max(-minX, minX + width);
  return `${-half} ${minY} ${2 * half} ${height}`;
}

/** The picture of the view drawn in `page` (a document, or any element holding the chart panel and the result sentence). */
export function viewPicture(page: ParentNode, options: PictureOptions): string {
  const palette = PALETTES[options.theme];
  // The hemicycle's panel, else the map's when the map is the page's chart (`/map`).
  const panel = page.querySelector('.hemicycle-panel') ?? page.querySelector('.map-panel');
  const svg = panel?.querySelector<SVGSVGElement>(CHART_SVG);
  if (!panel || !svg) throw new Error('no chart to picture on this page');
  const viewBox = svg.getAttribute('viewBox') ?? '0 0 1 1';
  // The parties the chart draws: one with no seat has no colour in it to explain.
  const legend = [...panel.querySelectorAll('.legend a[data-party]:not([data-seat-count="0"])')].map((item) => ({
    label: item.querySelector('.legend-name')?.textContent ?? '',
    seats: item.querySelector('.legend-seats')?.textContent ?? '',
    color: partyShade(item.querySelector('.party-fill')?.getAttribute('color') ?? '#888888', palette),
  }));
  return pictureSvg({
    format: options.format,
    width: options.width,
    chart: {
      // Centred on the arc's middle; a map, or seats on benches, as drawn.
      viewBox: panel.classList.contains('map-panel') || svg.dataset.layout === 'benches' ? viewBox : centredViewBox(viewBox),
      draw: (widthPx, scale) => paintedChart(svg, options.theme, widthPx, scale),
    },
    headline: options.headline,
    summary: page.querySelector('.result-summary')?.textContent ?? '',
    legend,
    legendCaption: panel.querySelector('.legend-caption')?.textContent ?? undefined,
    note: panel.querySelector('[data-note="flips"]')?.textContent?.trim() || undefined,
    source: options.source,
    credit: options.credit,
    accent: options.accent && partyShade(options.accent, palette),
    colors: { background: options.transparent ? undefined : palette.background, ink: palette.text, muted: palette.muted },
    fontFamily: options.fontFamily,
  });
}
