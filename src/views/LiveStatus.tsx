/** The live-results line: how often the page refreshes, when it last got data, and a warning when a refresh failed. */
import { ElectionDataError } from '../data/ElectionDataError.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { LIVE_SECONDS } from '../liveSeconds.ts';
import { DataIssuesLazy as DataIssues } from './DataIssuesLazy.tsx';
import { loadErrorMessage } from './errorMessage.ts';

interface LiveStatusProps {
  seconds: number;
  /** What the URL asked for, when out of range and clamped to `seconds`. */
  asked?: number | undefined;
  /** When the shown data arrived (ms since the epoch). */
  checkedAt: number;
  /** The last refresh's error, while the previous good result stays on screen. */
  failure: unknown;
}

export function LiveStatus({ seconds, asked, checkedAt, failure }: LiveStatusProps) {
  const { t, f } = useI18n();
  const at = new Date(checkedAt).toISOString();
  return (
    <div className={`live-status${failure ? ' live-failed' : ''}`} role="status" data-live={seconds}>
      <span className="live-dot" aria-hidden="true" /> {t.live.every(f, seconds)}
      {asked !== undefined && <> {t.live.clamped(f, { asked, min: LIVE_SECONDS.min, max: LIVE_SECONDS.max })}</>} ·{' '}
      <time dateTime={at} data-live-updated={checkedAt}>
        {t.live.updated(f.time(at))}
      </time>
      {failure !== undefined && (
        <strong className="live-warning" data-live-warning="">
          {' '}
          {t.live.failed(loadErrorMessage(failure, t, f))}
          {failure instanceof ElectionDataError && <DataIssues issues={failure.issues} line />}
        </strong>
      )}
    </div>
  );
}
