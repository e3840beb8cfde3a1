/**
 * Where each problem of a made chart is said: next to its field (a party's by its row), with the id the field
 * points to (`aria-describedby`) so a screen reader reads it with the field.
 */
import type { ChartField, ChartProblem, PartyField } from '../../data/madeElection.ts';

export const problemId = (field: ChartField | PartyField, row?: number) => `make-problem-${field}${row === undefined ? '' : `-${row}`}`;

/** The problems of a field of the House (no row), or of a party's field in a row. */
export function problemsAt(problems: readonly ChartProblem[], field: ChartField | PartyField, row?: number): ChartProblem[] {
  return problems.filter((p) => p.field === field && ('row' in p ? p.row === row : row === undefined));
}

/** A field's accessibility attributes: invalid, and described by its problems, when it has any. */
export function fieldState(problems: readonly ChartProblem[], field: ChartField | PartyField, row?: number) {
  const mine = problemsAt(problems, field, row);
  return mine.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': problemId(field, row) } : {};
}
