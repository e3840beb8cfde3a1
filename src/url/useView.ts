/** What the URL says to show, read through the router: the route and the view params. */
import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatViewParams, parseLocation, parseTransparent, parseViewParams, routePath, type Route, type ViewParams } from './routes.ts';

export interface View {
  route: Route;
  params: ViewParams;
  /** True under /embed/: the chart alone, for an iframe. */
  embedded: boolean;
  transparent: boolean;
  /** A link to another route of the full app that keeps the current view params. */
  hrefFor: (route: Route) => string;
  /** The same link for the embed. */
  embedHrefFor: (route: Route) => string;
  /** This view with some params changed, e.g. another language or theme. */
  hrefWith: (change: Partial<ViewParams>) => string;
  /** Goes to another route of the same kind of page (app or embed), keeping the params. */
  navigate: (route: Route) => void;
  /** Stays on this route with some params changed, e.g. another province. */
  navigateWith: (change: Partial<ViewParams>) => void;
}

export function useView(): View {
  const [path, setLocation] = useLocation();
  const search = useSearch();
  // Parsed per search string, not per path: a party click must not hand the chart a new (equal) coalition array.
  const params = useMemo(() => parseViewParams(search), [search]);
  return useMemo(() => {
    const query = formatViewParams(params);
    const location = parseLocation(path);
    return {
      ...location,
      params,
      transparent: parseTransparent(search),
      hrefFor: (route: Route) => `${routePath(route)}${query}`,
      embedHrefFor: (route: Route) => `${routePath(route, true)}${query}`,
      hrefWith: (change: Partial<ViewParams>) => `${path}${formatViewParams({ ...params, ...change })}`,
      navigate: (route: Route) => setLocation(`${routePath(route, location.embedded)}${query}`),
      navigateWith: (change: Partial<ViewParams>) => setLocation(`${path}${formatViewParams({ ...params, ...change })}`),
    };
  }, [path, search, params, setLocation]);
}
