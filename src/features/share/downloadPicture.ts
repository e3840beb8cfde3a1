/** Saves the picture of the view a reader chose: the size, background and file type of DownloadOptions. */
import { PICTURE_FORMATS, PICTURE_MARGIN } from '../../core/picture/picture.ts';
import { PALETTES, type ThemeName } from '../../core/picture/theme.ts';
import type { ChartPicture } from '../../shared/chartPicture.ts';
import type { DownloadChoice } from './DownloadOptions.tsx';
import { downloadFile, svgToPng } from './pictureFile.ts';
import { viewPicture, type PictureSubject } from './viewPicture.ts';

interface PictureTexts {
  headline: string;
  source: string;
  credit: string;
  accent?: string | undefined;
  theme: ThemeName;
  /** The file's name without its extension; a social size adds its name. */
  fileName: string;
}

/** What the picture is of, with its chart to draw in the picture's theme. */
export interface DownloadSubject extends Omit<PictureSubject, 'chart'> {
  chart: ChartPicture;
}

/** `drawnWidth`: the chart's width on the page, in CSS pixels. */
export async function downloadPicture(
  { chart, ...subject }: DownloadSubject,
  drawnWidth: number,
  { format, transparent, file }: DownloadChoice,
  texts: PictureTexts,
): Promise<void> {
  const markup = viewPicture(
    { ...subject, chart: await chart(PALETTES[texts.theme]) },
    {
      ...texts,
      format,
      transparent,
      // As wide as the chart is drawn, with its margins; at least 600 px, so a phone's download is not a thumbnail.
      width: Math.max(600, Math.round(drawnWidth) + 2 * PICTURE_MARGIN),
      fontFamily: getComputedStyle(document.body).fontFamily,
    },
  );
  const blob = file === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : await svgToPng(markup, PICTURE_FORMATS[format].pngScale);
  downloadFile(blob, `${texts.fileName}${format === 'page' ? '' : `-${format}`}.${file}`);
}
