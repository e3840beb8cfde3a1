/** Where the figures come from, with their licences. */
import { memo } from 'react';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

export const SourcesFooter = memo(function SourcesFooter({ election }: { election: Election }) {
  const { t, f } = useI18n();
  return (
    <footer className="sources">
      <h2>{t.sourcesTitle}</h2>
      <ul>
        {election.sources.map((s, i) => (
          <li key={i}>
            {s.url ? <a href={s.url}>{s.title}</a> : s.title}. {s.publisher}. {s.licence}.
          </li>
        ))}
      </ul>
      {election.updated && <p>{t.updated(f, election.updated)}</p>}
    </footer>
  );
});
