/** The embed: the same views, without site chrome, with a credit linking to the full view. */
import { I18nProvider } from '../i18n/I18nContext.tsx';
import { ElectionGate } from '../features/page/ElectionGate.tsx';
import { usePageView } from '../features/page/usePageView.ts';
import { EmbedView } from './EmbedView.tsx';

export function EmbedApp() {
  const { view, lang } = usePageView();
  return (
    <I18nProvider lang={lang}>
      <div className="embed">
        <ElectionGate electionId={view.params.election} liveSeconds={view.params.live} liveAsked={view.params.liveAsked} location={view}>
          {(election) => <EmbedView election={election} view={view} />}
        </ElectionGate>
      </div>
    </I18nProvider>
  );
}
