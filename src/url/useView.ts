/** What the URL says to show, read through the router: the route, its language and the view params. */
import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { Lang } from '../i18n/format.ts';
import {
  formatViewParams,
  parseLocation,
  parsePlain,
  parseTransparent,
  parseViewParams,
  routePath,
  type Location,
  type Route,
  type ViewParams,
} from './routes.ts';

export interface View extends Location {
  params: ViewParams;
  transparent: boolean;
  /** The embed without its headline and footer. */
  plain: boolean;
  /** A link to another route of the full app that keeps the language and the view params. */
  hrefFor: (route: Route) => string;
  /** The same link for the embed. */
  embedHrefFor: (route: Route) => string;
  /** This view with some params changed, e.g. another theme. */
  hrefWith: (change: Partial<ViewParams>) => string;
  /** This view in another language. */
  hrefIn: (lang: Lang) => string;
  /** Goes to another route of the same kind of page (app or embed), keeping the language and params. */
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
    const { lang, embedded } = location;
    return {
      ...location,
      params,
      transparent: parseTransparent(search),
      plain: parsePlain(search),
      hrefFor: (route: Route) => `${routePath(route, false, lang)}${query}`,
      embedHrefFor: (route: Route) => `${routePath(route, true, lang)}${query}`,
      hrefWith: (change: Partial<ViewParams>) => `${path}${formatViewParams({ ...params, ...change })}`,
      hrefIn: (other: Lang) => `${routePath(location.route, embedded, other)}${query}`,
      navigate: (route: Route) => setLocation(`${routePath(route, embedded, lang)}${query}`),
      navigateWith: (change: Partial<ViewParams>) => setLocation(`${path}${formatViewParams({ ...params, ...change })}`),
    };
  }, [path, search, params, setLocation]);
}
