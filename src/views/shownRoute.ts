/** The route a view can actually show: an unknown party or riding shows the overview (beside a "not found" message). */
import type { Election } from '../data/electionSchema.ts';
import type { Route } from '../url/routes.ts';

export function shownRoute(election: Election, route: Route): Route {
  if (route.page === 'party' && election.parties.some((p) => p.id === route.partyId)) return route;
  if (route.page === 'riding' && election.ridings.some((r) => r.id === route.ridingId)) return route;
  return { page: 'overview' };
}
