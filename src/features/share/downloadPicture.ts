/** Saves the picture of the view a reader chose: the size, background and file type of DownloadOptions. */
import { PICTURE_FORMATS, PICTURE_MARGIN } from '../../core/picture/picture.ts';
import type { ThemeName } from '../../core/picture/theme.ts';
import type { DownloadChoice } from './DownloadOptions.tsx';
import { downloadFile, svgToPng } from './pictureFile.ts';
import { CHART_SVG, viewPicture } from './viewPicture.ts';

interface PictureTexts {
  headline: string;
  source: string;
  credit: string;
  accent?: string | undefined;
  theme: ThemeName;
  /** The file's name without its extension; a social size adds its name. */
  fileName: string;
}

/** `section` holds the view's chart (the hemicycle or the map) and legend; the result's sentence is the page's. */
export async function downloadPicture(section: Element, { format, transparent, file }: DownloadChoice, texts: PictureTexts): Promise<void> {
  const chart = section.querySelector(CHART_SVG);
  const markup = viewPicture(document, {
    ...texts,
    format,
    transparent,
    // As wide as the chart is drawn, with its margins; at least 600 px, so a phone's download is not a thumbnail.
    width: Math.max(600, Math.round(chart?.getBoundingClientRect().width ?? 0) + 2 * PICTURE_MARGIN),
    fontFamily: getComputedStyle(document.body).fontFamily,
  });
  const blob = file === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : await svgToPng(markup, PICTURE_FORMATS[format].pngScale);
  downloadFile(blob, `${texts.fileName}${format === 'page' ? '' : `-${format}`}.${file}`);
}
