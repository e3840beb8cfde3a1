/** SVG to PNG for the preview pictures, with resvg and the font shipped in scripts/share/fonts (the same on every machine). */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FONTS = fileURLToPath(new URL('./fonts/', import.meta.url));

const OPTIONS: ResvgRenderOptions = {
  font: {
    fontFiles: [join(FONTS, 'DejaVuSans.ttf'), join(FONTS, 'DejaVuSans-Bold.ttf')],
    loadSystemFonts: false,
    defaultFontFamily: 'DejaVu Sans',
  },
};

/** Rendered off the main thread (resvg's own thread pool), so pictures and pages are made side by side. */
export async function renderPng(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, OPTIONS)).asPng();
}
