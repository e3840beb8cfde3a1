/** One problem in a dataset: where it is, what is wrong, and what was found there. */
export interface DataIssue {
  /** Path into the JSON, e.g. `parties[2].seats`. */
  path: string;
  message: string;
  /** The offending value as text, when there is one to show. */
  received?: string | undefined;
}

export function formatDataIssue({ path, message, received }: DataIssue): string {
  return received === undefined ? `${path} ${message}` : `${path} ${message}, got ${received}`;
}

/** Thrown by `parseElection`: the dataset is not a valid election, for the reasons listed. */
export class ElectionDataError extends Error {
  override readonly name = 'ElectionDataError';
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 3).map(formatDataIssue).join('; ');
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(`Invalid election data: ${shown}${more}`);
    this.issues = issues;
  }
}
