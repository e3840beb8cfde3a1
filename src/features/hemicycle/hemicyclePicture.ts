/**
 * The hemicycle of a view as a picture draws it: the model the page's chart is drawn from (hemicycleModelOf,
 * which the chart's hook memoises), drawn by hemicycleDrawing. Its drawing code, and the benches' when the view
 * is on benches, come when a picture is asked for: a download, or a link preview at build time.
 */
import type { ChartDrawing } from '../../core/picture/picture.ts';
import type { Palette } from '../../core/picture/theme.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import { hemicycleModelOf, seatMarksOf } from './useHemicycleModel.ts';

type PicturedView = Parameters<typeof hemicycleModelOf>[2] & Parameters<typeof seatMarksOf>[2];

export async function hemicyclePicture(i18n: I18n, election: Election, view: PicturedView, palette: Palette): Promise<ChartDrawing> {
  const [{ hemicycleDrawing }, onBenches] = await Promise.all([
    import('../../core/picture/hemicycleDrawing.ts'),
    view.shape.layout === 'benches' ? import('./benchesChart.ts') : undefined,
  ]);
  const model = hemicycleModelOf(i18n, election, view, onBenches);
  return hemicycleDrawing(model, seatMarksOf(election, model, view), palette);
}
