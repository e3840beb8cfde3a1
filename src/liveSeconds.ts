/**
 * Bounds of live refreshing, for a dataset's `live` and the URL's `?live=`
 * alike: faster than 5 s is abuse of the host, slower than an hour is not live.
 * At the root of src/ because both data/ and url/ need it and neither may import the other.
 */
export const LIVE_SECONDS = { min: 5, max: 3600 } as const;
