/**
 * What a page says of a link's chart it cannot draw (ErrorPanel): cut or edited so it does not read, of a newer
 * version, or with mistakes, each named with its field, and the way to the builder to fix it. Never another
 * chart in its place.
 */
import type { ChartLinkError } from '../../data/ChartLinkError.ts';
import type { ChartProblem } from '../../data/madeElection.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { routePath } from '../../url/routes.ts';

type Words = (typeof MAKE_WORDS)['en'];

/** Where a problem is: "Party 2, Seats", or the field of the House it is about. */
function placeOf(words: Words, p: ChartProblem): string {
  if ('row' in p) return `${words.partyRow(p.row + 1)}, ${words.columns[p.field]}`;
  return p.field === 'parties' ? words.parties : words[p.field];
}

export function ChartLinkProblem({ error }: { error: ChartLinkError }) {
  const { f } = useI18n();
  const words = useWords(MAKE_WORDS);
  const { failure } = error;
  const builder = `${routePath({ page: 'make' }, false, f.lang)}${failure.kind === 'mistakes' ? `?chart=${error.code}` : ''}`;
  return (
    <>
      {failure.kind === 'mistakes' ? (
        <>
          <p>{words.linkProblem.mistakes(f, failure.problems.length)}</p>
          <ul className="data-issues">
            {failure.problems.map((p, i) => (
              <li key={i}>
                {placeOf(words, p)}: {words.problem(f, p)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{words.linkProblem[failure.kind]}</p>
      )}
      <p>
        <a href={builder} target="_top">
          {failure.kind === 'mistakes' ? words.linkProblem.fix : words.pageTitle}
        </a>
      </p>
    </>
  );
}
