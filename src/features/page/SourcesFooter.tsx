/** Where the figures come from, with their licences. */
import { memo } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { SOURCES_WORDS } from '../../i18n/words/sources.ts';

export const SourcesFooter = memo(function SourcesFooter({ election }: { election: Election }) {
  const { f } = useI18n();
  const sourcesWords = useWords(SOURCES_WORDS);
  return (
    <footer className="sources">
      <h2>{sourcesWords.sourcesTitle}</h2>
      {election.sources.length > 0 && (
        <ul>
          {election.sources.map((s, i) => {
            const { before, after } = sourcesWords.sourceCitation({ publisher: s.publisher, licence: s.licence });
            // Titles are published in English: a French page marks them so a screen reader reads them in English.
            const title = <cite lang={f.lang === 'en' ? undefined : 'en'}>{s.url ? <a href={s.url}>{s.title}</a> : s.title}</cite>;
            return (
              <li key={i} data-source={i}>
                {before}
                {title}
                {after}
              </li>
            );
          })}
        </ul>
      )}
      {election.notes && <p>{f.text(election.notes)}</p>}
      {election.credit && <p>{sourcesWords.credit(election.credit)}</p>}
      {election.updated && <p>{sourcesWords.updated(f, election.updated)}</p>}
    </footer>
  );
});
