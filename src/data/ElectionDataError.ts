/** One problem in a dataset: where it is, what is wrong, and what was found there. */
import type { DataProblem } from './dataProblems.ts';

export interface DataIssue {
  /** Path into the JSON, e.g. `parties[2].seats`. */
  path: string;
  problem: DataProblem;
  /** The offending value as text, when there is one to show. */
  received?: string | undefined;
}

/** Thrown by `parseElection`: the dataset is not a valid election, for the reasons listed (in words: formatDataIssue). */
export class ElectionDataError extends Error {
  override readonly name = 'ElectionDataError';
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues
      .slice(0, 3)
      .map(({ path, problem }) => `${path} (${problem.key})`)
      .join('; ');
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(`Invalid election data: ${shown}${more}`);
    this.issues = issues;
  }
}
