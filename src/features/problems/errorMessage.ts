/** Turns any loading or data error into the words shown to the reader. */
import { ElectionDataError } from '../../data/ElectionDataError.ts';
import { ElectionLoadError } from '../../data/ElectionLoadError.ts';
import type { Formatters } from '../../i18n/format.ts';
import type { ErrorWords } from '../../i18n/words/errors.ts';
import { outsideText } from '../../outsideText.ts';

export function loadErrorMessage(error: unknown, t: ErrorWords, f: Formatters): string {
  if (error instanceof ElectionDataError) return t.errorDataIntro(f, error.issues.length);
  if (!(error instanceof ElectionLoadError)) return t.errorLoad.unknown;
  const { failure } = error;
  switch (failure.kind) {
    case 'network':
      return t.errorLoad.network;
    case 'unreadable':
      return t.errorLoad.unreadable;
    case 'timeout':
      return t.errorLoad.timeout(f, failure.seconds);
    case 'http':
      return t.errorLoad.http(failure.status);
    case 'empty':
      return t.errorLoad.empty;
    case 'html':
      return t.errorLoad.html;
    case 'json':
      return t.errorLoad.json(failure.detail);
    case 'no-election':
      return t.errorLoad.noElection(outsideText(failure.id));
  }
}
