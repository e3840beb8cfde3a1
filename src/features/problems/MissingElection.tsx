/**
 * An election whose file is not there: one this site does not have (a mistyped or invented address), or one
 * it lists but the server lost. The list of elections (data/elections.json) tells which: the first is said
 * plainly, with links to the elections there are; the second is the server's error.
 */
import { useElectionIndexQuery } from '../../data/electionIndex.ts';
import type { ElectionLoadError } from '../../data/ElectionLoadError.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { ERROR_WORDS } from '../../i18n/words/errors.ts';
import { outsideText } from '../../outsideText.ts';
import { ErrorPanel } from './ErrorPanel.tsx';

export function MissingElection({ error, onRetry }: { error: ElectionLoadError; onRetry: () => void }) {
  const { f } = useI18n();
  const words = useWords(ERROR_WORDS);
  const { data: elections, isPending } = useElectionIndexQuery();
  // A moment, so the alert is said once, with the right words.
  if (isPending) return null;
  const listed = elections?.some((e) => e.id === error.electionId) ?? false;
  if (error.failure.kind !== 'no-election' && (listed || !elections)) return <ErrorPanel error={error} onRetry={onRetry} />;
  return (
    <ErrorPanel error={error} message={words.errorLoad.noElection(outsideText(error.electionId ?? ''))}>
      {elections && elections.length > 0 && (
        <nav aria-labelledby="error-elections">
          <p id="error-elections">{words.errorLoad.elections}</p>
          <ul>
            {elections.map((election) => (
              <li key={election.id}>
                <a href={`?election=${election.id}`}>{f.text(election.name)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ErrorPanel>
  );
}
