/** Why a dataset could not be loaded, before its content was even looked at. */
export type LoadFailure =
  | { kind: 'network' }
  /** The server answered but the browser could not read the body (a mislabelled encoding, a cut connection): the server's fault. */
  | { kind: 'unreadable' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'empty' }
  | { kind: 'html' }
  | { kind: 'json'; detail: string }
  /** The election asked for cannot be one this site has: its id is malformed, so it is not even looked for. */
  | { kind: 'no-election'; id: string };

export class ElectionLoadError extends Error {
  override readonly name = 'ElectionLoadError';
  readonly failure: LoadFailure;
  readonly url: string;
  /** The election asked for: a missing file (HTTP 404, or a host's web page in its place) may mean it does not exist. */
  readonly electionId: string | undefined;

  constructor(url: string, failure: LoadFailure, electionId?: string) {
    super(`Could not load ${url}: ${failure.kind}`);
    this.url = url;
    this.failure = failure;
    this.electionId = electionId;
  }

  /** Whether the file was not there: the election may not exist, or the server may have lost it. */
  get missing(): boolean {
    return this.failure.kind === 'html' || (this.failure.kind === 'http' && this.failure.status === 404);
  }
}
