/**
 * How often a reader's page asks for the file again on a live night. The newsroom sets the pace in the file
 * (`live`); a link may ask for slower, never for faster, and `?live=0` turns it off. Each page adds a delay of
 * its own, up to a fifth of the interval, drawn once when it opens: pages opened together, as a push alert
 * makes them, drift apart instead of arriving at the host in step.
 */

/** The seconds between refreshes, or undefined for none. */
export const pollSeconds = (asked: number | undefined, fileLive: number | undefined): number | undefined =>
  asked === 0 ? undefined : Math.max(asked ?? 0, fileLive ?? 0) || undefined;

const JITTER = 0.2;

/** The interval in milliseconds for a page whose own draw is `spread` (0 to 1): never sooner than `seconds`. */
export const jitteredMs = (seconds: number, spread: number): number => Math.round(seconds * 1000 * (1 + JITTER * spread));
