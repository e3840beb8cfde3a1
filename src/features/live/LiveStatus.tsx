/**
 * The live-results line: how often the page refreshes, when it last got data, and a warning when a refresh failed.
 * Only live pages show it: a chunk of its own (ElectionGate), here before any refresh can fail.
 */
import { ElectionDataError } from '../../data/ElectionDataError.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { LIVE_WORDS } from '../../i18n/words/live.ts';
import { LIVE_SECONDS } from '../../liveSeconds.ts';
import { DataIssuesLazy as DataIssues } from '../problems/DataIssuesLazy.tsx';
import { loadErrorMessage } from '../problems/errorMessage.ts';
import { ERROR_WORDS } from '../../i18n/words/errors.ts';

interface LiveStatusProps {
  seconds: number;
  /** What the URL asked for, when out of range and clamped to `seconds`. */
  asked?: number | undefined;
  /** When the shown data arrived (ms since the epoch). */
  checkedAt: number;
  /** The last refresh's error, while the previous good result stays on screen. */
  failure: unknown;
  /** When the data itself was last written (its `updated`), on a night still counting: how stale it is. */
  counting?: string | undefined;
}

/** Intervals without new data before a night in progress says its source may have stopped. */
const STALE_INTERVALS = 3;

export function LiveStatus({ seconds, asked, checkedAt, failure, counting }: LiveStatusProps) {
  const { f } = useI18n();
  const liveWords = useWords(LIVE_WORDS);
  const at = new Date(checkedAt).toISOString();
  // The file arrives but has not changed for a while: whoever writes it (the ingest) is not getting results.
  const stale = counting !== undefined && checkedAt - Date.parse(counting) > STALE_INTERVALS * seconds * 1000;
  return (
    <div className={`live-status${failure || stale ? ' live-failed' : ''}`} role="status" data-live={seconds}>
      <span className="live-dot" aria-hidden="true" /> {liveWords.every(f, seconds)}
      {asked !== undefined && <> {liveWords.clamped(f, { asked, min: LIVE_SECONDS.min, max: LIVE_SECONDS.max })}</>} ·{' '}
      <time dateTime={at} data-live-updated={checkedAt}>
        {liveWords.updated(f.time(at))}
      </time>
      {stale && failure === undefined && (
        <strong className="live-warning" data-live-warning="stale">
          {' '}
          {liveWords.stale(f.time(counting))}
        </strong>
      )}
      {failure !== undefined && (
        <strong className="live-warning" data-live-warning="">
          {' '}
          {liveWords.failed(loadErrorMessage(failure, ERROR_WORDS[f.lang], f))}
          {failure instanceof ElectionDataError && <DataIssues issues={failure.issues} line />}
        </strong>
      )}
    </div>
  );
}
