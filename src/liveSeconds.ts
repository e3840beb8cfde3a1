/**
 * Bounds of live refreshing, for a dataset's `live` and the URL's `?live=`
 * alike: faster than 15 s, a night's million open pages would be a load on the host
 * for figures that change every minute or two; slower than an hour is not live.
 * At the root of src/ because both data/ and url/ need it and neither may import the other.
 */
export const LIVE_SECONDS = { min: 15, max: 3600 } as const;
