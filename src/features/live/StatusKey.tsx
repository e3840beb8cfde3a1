/**
 * What the seats of a night in progress mean, above the chart (under the embed's): solid for a seat won, pale and ringed for a
 * riding a party leads, an empty ring for one with no result yet. Shown only while a count goes on.
 */
import type { Election } from '../../data/electionSchema.ts';
import { useWords } from '../../i18n/I18nContext.tsx';
import { STATUS_WORDS } from '../../i18n/words/status.ts';
import { isCounting } from '../../data/ridingStatus.ts';

const KEYS = [
  ['elected', 'keyElected'],
  ['leading', 'keyLeading'],
  ['pending', 'keyNone'],
] as const;

export function StatusKey({ election }: { election: Election }) {
  const statusWords = useWords(STATUS_WORDS);
  if (!isCounting(election)) return null;
  return (
    <ul className="status-key">
      {KEYS.map(([status, words]) => (
        <li key={status}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle r="5.5" className="status-key-seat" data-status={status} />
          </svg>
          {statusWords[words]}
        </li>
      ))}
    </ul>
  );
}
