/**
 * A riding's place, on its page: its province or territory with the riding filled in its winner's colour and
 * ringed. The map file and the code that draws it come after the page (the ring appears in a box of fixed
 * size, so nothing moves); an election without riding shapes shows nothing here.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Election, Riding } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAP_WORDS } from '../../i18n/words/map.ts';
import type { LocatorShapes } from './locatorShapes.ts';
import { useRidingMap } from './ridingMapQuery.ts';
import './map.css';
import { lookupOf } from '../../core/election/electionLookup.ts';

const WIDTH = 300;

export function RidingLocator({ electionId, election, riding }: { electionId: string; election: Election; riding: Riding }) {
  const { f } = useI18n();
  const mapWords = useWords(MAP_WORDS);
  const map = useRidingMap(electionId, true);
  const [draw, setDraw] = useState<{
    locate: typeof import('./locatorShapes.ts').locatorShapes;
    features: typeof import('./mapShapes.ts').ridingFeatures;
  }>();
  useEffect(() => {
    if (!draw)
      void Promise.all([import('./locatorShapes.ts'), import('./mapShapes.ts')]).then(([l, m]) =>
        setDraw({ locate: l.locatorShapes, features: m.ridingFeatures }),
      );
  }, [draw]);
  const features = useMemo(() => (map.data && draw ? draw.features(map.data) : undefined), [map.data, draw]);
  const shapes = useMemo<LocatorShapes | undefined>(
    () => (features && draw ? draw.locate(features, riding.id, WIDTH) : undefined),
    [features, draw, riding.id],
  );
  if (map.data === null || map.isError) return null;
  const { colors, regionName } = lookupOf(election);
  const color = riding.winner === undefined ? undefined : colors.get(riding.winner);
  const label = mapWords.locator(f.text(riding.name), f.text(regionName(riding.region)));
  return (
    <div className="riding-locator" data-locator={shapes ? 'drawn' : 'loading'}>
      {shapes && (
        <svg viewBox={`-6 -6 ${shapes.width + 12} ${shapes.height + 12}`} role="img" aria-label={label}>
          {shapes.shapes.map((s) => (s.id === riding.id ? null : <path key={s.id} d={s.d} className="locator-other" />))}
          <path
            d={shapes.shapes.find((s) => s.id === riding.id)!.d}
            className="party-fill locator-own"
            color={color}
            data-riding={riding.id}
          />
          <circle className="locator-ring" cx={shapes.focus.x} cy={shapes.focus.y} r={WIDTH * 0.06} />
        </svg>
      )}
    </div>
  );
}
