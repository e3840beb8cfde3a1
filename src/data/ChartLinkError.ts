/**
 * Why a link's chart (`?chart=`, made in the builder) cannot be drawn: its code was cut short or edited so it
 * no longer reads, it is of a version this site does not know, or it reads but has mistakes (each named with
 * its field). The page says which, and never draws another chart in its place.
 */
import type { ChartProblem } from './madeElection.ts';

export type ChartLinkFailure = { kind: 'unreadable' } | { kind: 'version' } | { kind: 'mistakes'; problems: ChartProblem[] };

export class ChartLinkError extends Error {
  override readonly name = 'ChartLinkError';
  readonly failure: ChartLinkFailure;
  /** The link's code, as given: the builder opens it to fix it. */
  readonly code: string;

  constructor(code: string, failure: ChartLinkFailure) {
    super(`Cannot draw the link's chart: ${failure.kind}`);
    this.code = code;
    this.failure = failure;
  }
}
