/** Why a dataset could not be loaded, before its content was even looked at. */
export type LoadFailure =
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'empty' }
  | { kind: 'html' }
  | { kind: 'json'; detail: string };

export class ElectionLoadError extends Error {
  override readonly name = 'ElectionLoadError';
  readonly failure: LoadFailure;
  readonly url: string;

  constructor(url: string, failure: LoadFailure) {
    super(`Could not load ${url}: ${failure.kind}`);
    this.url = url;
    this.failure = failure;
  }
}
