/**
 * A page's view as one object: what it shows (resolveView) and the URL it
 * came from, whose links and moves keep the reader's settings.
 */
import { useDeferredValue, useMemo } from 'react';
import type { Election } from '../data/electionSchema.ts';
import type { View } from '../url/useView.ts';
import { resolveView, type ResolvedView } from './resolveView.ts';

export interface PageView extends ResolvedView {
  /** The URL shown: links to other routes and settings, and moves to them. */
  url: View;
}

export function pageViewOf(election: Election, url: View): PageView {
  return { ...resolveView(election, url.route, url.params), url };
}

/**
 * The page's view twice, the only place it is deferred: `now` as the URL is, for the chart and the form
 * controls (a click redraws the seats in the first frame, a picker never lags behind the reader's choice), and
 * `shown` a moment later (useDeferredValue) for everything around them, which then re-renders after the chart.
 */
export function useDeferredPageView(election: Election, url: View): { now: PageView; shown: PageView } {
  const now = useMemo(() => pageViewOf(election, url), [election, url]);
  return { now, shown: useDeferredValue(now) };
}
