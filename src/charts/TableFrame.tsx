/**
 * A data table in its frame: a table too wide for the screen (a name with no place to break) scrolls in its own
 * frame (tables.css), never the page.
 */
import type { ReactNode, TableHTMLAttributes } from 'react';

interface TableFrameProps extends TableHTMLAttributes<HTMLTableElement> {
  caption?: ReactNode;
  /** The header row (ColumnHeads, or the table's own). */
  head: ReactNode;
  /** The body's rows. */
  children: ReactNode;
}

export function TableFrame({ caption, head, children, ...table }: TableFrameProps) {
  return (
    <div className="table-frame">
      <table {...table}>
        {caption !== undefined && <caption>{caption}</caption>}
        {head}
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
