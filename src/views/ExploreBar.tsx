/**
 * The controls right under the hemicycle: which province's seats to light up,
 * and which result the seats show (this one, its changes, or the previous one).
 * Both live in the URL, so a shared link opens on the same view.
 */
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { SeatsShown } from '../url/routes.ts';
import { AppLink } from '../url/AppLink.tsx';
import type { View } from '../url/useView.ts';
import { RegionPicker } from './RegionPicker.tsx';

const SHOWN: readonly SeatsShown[] = ['current', 'changes', 'previous'];

interface ExploreBarProps {
  election: Election;
  view: View;
  /** The province the URL shows now: the picker is a form control and must not lag behind the reader's choice. */
  province: string | undefined;
  canShowPrevious: boolean;
}

export const ExploreBar = memo(function ExploreBar({ election, view, province, canShowPrevious }: ExploreBarProps) {
  const { t, f } = useI18n();
  const { seats } = view.params;
  // A stable callback that navigates from the latest view, so the picker's memo holds across navigations.
  const latest = useRef(view);
  useLayoutEffect(() => {
    latest.current = view;
  });
  const chooseRegion = useCallback((regionId: string | undefined) => latest.current.navigateWith({ province: regionId }), []);
  const previous = election.previous ? f.text(election.previous.name) : '';
  const labels: Record<SeatsShown, string> = {
    current: t.explore.current,
    changes: t.explore.changes(previous),
    previous: t.explore.previous(previous),
  };
  return (
    <div className="explore-bar">
      {election.regions.length > 1 && <RegionPicker regions={election.regions} value={province} onChoose={chooseRegion} />}
      {canShowPrevious && (
        <div className="explore-shown" role="group" aria-label={t.explore.shown}>
          {SHOWN.map((value) => (
            <AppLink
              key={value}
              href={view.hrefWith({ seats: value })}
              aria-current={seats === value ? 'true' : undefined}
              data-seats={value}
            >
              {labels[value]}
            </AppLink>
          ))}
        </div>
      )}
      {canShowPrevious && seats !== 'current' && (
        <p className="explore-note">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle r="6" className="note-seat" />
            <circle r="2.5" className="note-dot" />
          </svg>{' '}
          {t.explore.flipNote(previous)}
        </p>
      )}
    </div>
  );
});
