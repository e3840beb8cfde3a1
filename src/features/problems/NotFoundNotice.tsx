/**
 * What the page could not follow in its link, said above the result (NotFoundPanels). Only such a link needs
 * those words, so they are a chunk fetched then; the page shows the rest meanwhile.
 */
import { Suspense, type ComponentProps } from 'react';
import { lazyNamed } from '../../shared/lazyNamed.ts';

const NotFoundPanels = lazyNamed(() => import('./NotFoundPanel.tsx'), 'NotFoundPanels');

export function NotFoundNotice(props: ComponentProps<typeof NotFoundPanels>) {
  if (props.unknown.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <NotFoundPanels {...props} />
    </Suspense>
  );
}
