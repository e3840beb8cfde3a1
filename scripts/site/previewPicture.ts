/**
 * A page's link-preview picture (og:image), drawn by the code that draws a reader's download
 * (src/features/share/viewPicture) from the model its page's chart is drawn from: the same chart, legend and
 * sentence, in the light theme, at the size of a preview card, with the font resvg is given (renderPng).
 */
import { PALETTES } from '../../src/core/picture/theme.ts';
import type { Election } from '../../src/data/electionSchema.ts';
import { hemicyclePicture } from '../../src/features/hemicycle/hemicyclePicture.ts';
import { MAP_WIDTH, mapDrawing } from '../../src/features/map/mapDrawing.ts';
import { mapShapes } from '../../src/features/map/mapShapes.ts';
import { provinceNamer, ridingLooks } from '../../src/features/map/ridingLooks.ts';
import type { RidingMapTopology } from '../../src/features/map/ridingMapSchema.ts';
import { pictureHeadline } from '../../src/features/share/pictureHeadline.ts';
import { sourceLine } from '../../src/features/share/sourceLine.ts';
import { viewPicture } from '../../src/features/share/viewPicture.ts';
import { parseLocation, parseViewParams } from '../../src/url/routes.ts';
import { resolveView } from '../../src/shared/resolveView.ts';
import { textsIn } from '../share/shareMeta.ts';
import type { SitePage } from './sitePages.ts';

const palette = PALETTES.light;

/** `ridingMap`: the election's riding map, which the map's page draws. */
export async function previewPicture(
  sitePage: SitePage,
  election: Election,
  siteUrl: string | undefined,
  ridingMap?: RidingMapTopology,
): Promise<string> {
  const i18n = textsIn(sitePage.lang);
  const view = resolveView(election, parseLocation(sitePage.path).route, parseViewParams(''));
  let chart;
  if (view.route.page === 'map') {
    if (!ridingMap) throw new Error(`${sitePage.path} is the map's page, and the election has no riding map to draw its picture with`);
    chart = mapDrawing(
      mapShapes(ridingMap, view.map, MAP_WIDTH),
      view.map,
      ridingLooks(i18n, election, view),
      palette,
      provinceNamer(election, i18n.f),
    );
  } else {
    chart = await hemicyclePicture(i18n, election, view, palette);
  }
  return viewPicture(
    { i18n, election, view, chart },
    {
      format: 'preview',
      theme: 'light',
      transparent: false,
      headline: pictureHeadline(i18n, election, view),
      source: sourceLine(i18n, election),
      credit: siteUrl ? `${i18n.t.appName} · ${new URL(siteUrl).host}` : i18n.t.appName,
      accent: sitePage.preview?.accent,
      fontFamily: 'DejaVu Sans',
    },
  );
}
