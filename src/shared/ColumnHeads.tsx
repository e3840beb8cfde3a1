/** The header row of a data table: one `th scope="col"` per column, figures (`num`) aligned right. */

export interface Column {
  label: string;
  num?: boolean;
}

export function ColumnHeads({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.label} scope="col" className={c.num ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
