/**
 * Turns a drawn chart into a picture that stands alone, as an SVG or PNG file.
 * The live chart is styled by the page's CSS (themes, dimming); the copy
 * carries those styles inline so it looks the same anywhere it is opened.
 */
import { PICTURE_MARGIN, pictureSvg } from '../core/picture.ts';
import { widthClassAt } from '../core/widthClasses.ts';

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'opacity', 'font-family', 'font-size', 'font-weight'] as const;

/** Any CSS colour as rgb()/rgba(): other programs may not read the theme's oklch() shades. */
function toRgb(value: string): string {
  if (value === 'none' || value.startsWith('rgb') || value.startsWith('url')) return value;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return value;
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a ?? 0) / 255})`;
}

/**
 * The chart as drawn, with the page's styles written on each element, ready to stand in another picture
 * `widthPx` wide: with the text laid out for that width (widthClasses), not for the page's.
 */
export function chartDrawing(svg: SVGSVGElement, widthPx: number): { markup: string; viewBox: string } {
  const shown = widthClassAt(widthPx).name;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement | undefined;
    if (!target) return;
    const style = getComputedStyle(original);
    // The text laid out for other widths than the picture's is not part of it.
    const widthClass = original.getAttribute('data-width-class');
    if (widthClass !== null && widthClass !== shown) hidden.push(target);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      target.style.setProperty(prop, prop === 'fill' || prop === 'stroke' ? toRgb(value) : value);
    }
    target.removeAttribute('tabindex');
    target.removeAttribute('class');
  });
  for (const element of hidden) element.remove();
  const serializer = new XMLSerializer();
  return {
    markup: [...copy.childNodes].map((node) => serializer.serializeToString(node)).join(''),
    viewBox: svg.getAttribute('viewBox') ?? '0 0 1 1',
  };
}

/** The texts of a picture that stands alone, from the page: what it shows, in the reader's language. */
export interface PictureTexts {
  headline: string;
  source: string;
  credit: string;
}

/**
 * The view as a picture to publish (core/picture): headline and the result's sentence, the chart, the
 * legend with seats as the page lists them, the source and the credit, in the page's theme.
 */
export function standalonePicture(section: Element, svg: SVGSVGElement, texts: PictureTexts): string {
  const page = getComputedStyle(document.body);
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() || page.color;
  const legend = [...section.querySelectorAll('.legend a[data-party]')].map((item) => ({
    label: item.querySelector('.legend-name')?.textContent ?? '',
    seats: item.querySelector('.legend-seats')?.textContent ?? '',
    color: toRgb(getComputedStyle(item.querySelector('.party-fill') ?? item).fill),
  }));
  const width = Math.max(600, Math.round(svg.getBoundingClientRect().width) + 2 * PICTURE_MARGIN);
  return pictureSvg({
    width,
    chart: chartDrawing(svg, width - 2 * PICTURE_MARGIN),
    headline: texts.headline,
    summary: document.querySelector('.result-summary')?.textContent ?? '',
    legend,
    source: texts.source,
    credit: texts.credit,
    colors: { background: toRgb(page.backgroundColor), ink: toRgb(page.color), muted: toRgb(muted) },
    fontFamily: page.fontFamily,
  });
}

/** Rasterises SVG markup at `scale` times its own size. */
export async function svgToPng(markup: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
