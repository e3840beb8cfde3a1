/** What the URL says to show, read through the router: the route and the view params. */
import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatViewParams, parseRoute, parseViewParams, routePath, type Route, type ViewParams } from './routes.ts';

export interface View {
  route: Route;
  params: ViewParams;
  /** A link to another route that keeps the current view params. */
  hrefFor: (route: Route) => string;
}

export function useView(): View {
  const [path] = useLocation();
  const search = useSearch();
  return useMemo(() => {
    const params = parseViewParams(search);
    const query = formatViewParams(params);
    return { route: parseRoute(path), params, hrefFor: (route: Route) => `${routePath(route)}${query}` };
  }, [path, search]);
}
