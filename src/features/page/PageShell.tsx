/**
 * What the app and the embed both are: the view of the URL (its language and theme applied to the document),
 * its election loaded, and the page drawn from them, or a message saying why not.
 */
import type { ReactNode } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { I18nProvider } from '../../i18n/I18nContext.tsx';
import type { View } from '../../url/useView.ts';
import { ElectionGate } from './ElectionGate.tsx';
import { usePageView } from './usePageView.ts';
import { chartAsked } from '../../url/routes.ts';

interface PageShellProps {
  /** The page's frame: `app` or `embed`. */
  className: string;
  children: (election: Election, view: View) => ReactNode;
  /** A page that draws no election of a file or a link (the builder): shown in place of the gate when given. */
  instead?: ((view: View) => ReactNode) | undefined;
}

export function PageShell({ className, children, instead }: PageShellProps) {
  const { view, lang } = usePageView();
  const own = instead?.(view);
  return (
    <I18nProvider lang={lang}>
      <div className={className}>
        {own ?? (
          <ElectionGate
            electionId={view.params.election}
            chart={chartAsked(view.route, view.params)}
            liveSeconds={view.params.live}
            liveAsked={view.params.liveAsked}
            location={view}
          >
            {(election) => children(election, view)}
          </ElectionGate>
        )}
      </div>
    </I18nProvider>
  );
}
