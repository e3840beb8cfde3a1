/**
 * What is wrong with a data file, in the reader's language: every problem (the error panel), or the first
 * with a count of the rest (a live refresh's warning).
 */
import { formatDataIssue } from '../data/dataProblems.ts';
import type { DataIssue } from '../data/ElectionDataError.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

const SHOWN_ISSUES = 20;

interface DataIssuesProps {
  issues: readonly DataIssue[];
  /** The first problem only, in a line. */
  line?: boolean;
}

export function DataIssues({ issues, line = false }: DataIssuesProps) {
  const { t, f } = useI18n();
  const text = (issue: DataIssue) => formatDataIssue(issue, t.dataProblems, t.dataGot);
  const more = (n: number) => t.errorMore(f, n);
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
