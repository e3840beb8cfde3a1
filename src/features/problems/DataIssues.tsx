/**
 * What is wrong with a data file, in the reader's language: every problem (the error panel), or the first
 * with a count of the rest (a live refresh's warning). Only a bad file needs these words, so they are not in
 * the catalogues every page loads: this module is a chunk of its own (DataIssuesLazy.tsx), fetched when a
 * file failed its checks (the server answered, so the chunk can come too).
 */
import { DATA_PROBLEMS_EN, dataGotEn, formatDataIssue } from '../../data/dataProblems.ts';
import type { DataIssue } from '../../data/ElectionDataError.ts';
import { DATA_PROBLEMS_FR, dataGotFr } from '../../i18n/dataProblemsFr.ts';
import type { Formatters } from '../../i18n/format.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';

const WORDS = {
  en: { problems: DATA_PROBLEMS_EN, got: dataGotEn, more: (f: Formatters, n: number) => `…and ${f.count(n)} more.` },
  fr: { problems: DATA_PROBLEMS_FR, got: dataGotFr, more: (f: Formatters, n: number) => `…et ${f.count(n)} de plus.` },
};

const SHOWN_ISSUES = 20;

interface DataIssuesProps {
  issues: readonly DataIssue[];
  /** The first problem only, in a line. */
  line?: boolean;
}

export function DataIssues({ issues, line = false }: DataIssuesProps) {
  const { f } = useI18n();
  const words = useWords(WORDS);
  const text = (issue: DataIssue) => formatDataIssue(issue, words.problems, words.got);
  const more = (n: number) => words.more(f, n);
  if (line) {
    const [first] = issues;
    return first ? (
      <>
        {' '}
        {text(first)}
        {issues.length > 1 && ` ${more(issues.length - 1)}`}
      </>
    ) : null;
  }
  return (
    <ul className="error-issues">
      {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
        <li key={i}>
          <code>{text(issue)}</code>
        </li>
      ))}
      {issues.length > SHOWN_ISSUES && <li>{more(issues.length - SHOWN_ISSUES)}</li>}
    </ul>
  );
}
