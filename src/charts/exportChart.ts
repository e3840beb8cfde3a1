/**
 * Turns a drawn chart into a standalone SVG or PNG file. The live chart is
 * styled by the page's CSS (themes, dimming); the copy carries those styles
 * inline so it looks the same anywhere it is opened.
 */

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

export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement | undefined;
    if (!target) return;
    const style = getComputedStyle(original);
    // The text laid out for other widths than the one drawn (widthClasses) is not part of the picture.
    if (style.display === 'none') hidden.push(target);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      target.style.setProperty(prop, prop === 'fill' || prop === 'stroke' ? toRgb(value) : value);
    }
    target.removeAttribute('tabindex');
    target.removeAttribute('class');
  });
  for (const element of hidden) element.remove();
  const [x = 0, y = 0, w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const backdrop = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  Object.entries({ x, y, width: w, height: h, fill: background }).forEach(([k, v]) => backdrop.setAttribute(k, String(v)));
  copy.insertBefore(backdrop, copy.firstChild);
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  return new XMLSerializer().serializeToString(copy);
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
