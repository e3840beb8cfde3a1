/** A field's problems, said next to it in the reader's language (the field points to them: fieldProblems.ts). */
import type { ChartField, ChartProblem, PartyField } from '../../data/madeElection.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { problemId, problemsAt } from './fieldProblems.ts';

interface FieldProblemsProps {
  problems: readonly ChartProblem[];
  field: ChartField | PartyField;
  row?: number;
}

export function FieldProblems({ problems, field, row }: FieldProblemsProps) {
  const { f } = useI18n();
  const words = useWords(MAKE_WORDS);
  const mine = problemsAt(problems, field, row);
  if (mine.length === 0) return null;
  return (
    <p className="field-problem" id={problemId(field, row)}>
      {mine.map((p) => words.problem(f, p)).join(' ')}
    </p>
  );
}
