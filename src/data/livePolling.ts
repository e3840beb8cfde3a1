/**
 * How often a reader's page asks for the file again on a live night. The newsroom sets the pace in the file
 * (`live`); a link may ask for slower, never for faster, and `?live=0` turns it off. Each page adds a delay of
 * its own, up to a fifth of the interval, drawn once when it opens: pages opened together, as a push alert
 * makes them, drift apart instead of arriving at the host in step.
 */
import { LIVE_SECONDS } from '../liveSeconds.ts';

/**
 * The seconds between refreshes, or undefined for none: the slower of the link's and the file's, within the
 * bounds (a file that asks for 5 s is refreshed every 15 s, and the page says so: `fileOutOfRange`).
 */
export const pollSeconds = (asked: number | undefined, fileLive: number | undefined): number | undefined => {
  const wanted = asked === 0 ? 0 : Math.max(asked ?? 0, fileLive ?? 0);
  return wanted > 0 ? Math.min(LIVE_SECONDS.max, Math.max(LIVE_SECONDS.min, wanted)) : undefined;
};

/** The file's own interval when it is the one in force and outside the bounds: the page says what it does instead. */
export function fileOutOfRange(asked: number | undefined, fileLive: number | undefined): number | undefined {
  const inForce = asked !== 0 && fileLive !== undefined && fileLive > 0 && fileLive >= (asked ?? 0);
  return inForce && (fileLive < LIVE_SECONDS.min || fileLive > LIVE_SECONDS.max) ? fileLive : undefined;
}

const JITTER = 0.2;

/** The interval in milliseconds for a page whose own draw is `spread` (0 to 1): never sooner than `seconds`. */
export const jitteredMs = (seconds: number, spread: number): number => Math.round(seconds * 1000 * (1 + JITTER * spread));
