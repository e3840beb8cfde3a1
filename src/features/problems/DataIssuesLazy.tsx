/** The list of a data file's problems (DataIssues), from its own chunk: the rest of the message shows meanwhile. */
import { Suspense, type ComponentProps } from 'react';
import { lazyNamed } from '../../shared/lazyNamed.ts';

const DataIssues = lazyNamed(() => import('./DataIssues.tsx'), 'DataIssues');

export function DataIssuesLazy(props: ComponentProps<typeof DataIssues>) {
  return (
    <Suspense fallback={null}>
      <DataIssues {...props} />
    </Suspense>
  );
}
