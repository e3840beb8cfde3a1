/** The embed: the same views, without site chrome, with a credit linking to the full view. */
import { I18nProvider } from '../i18n/I18nContext.tsx';
import { browserLang } from '../url/routes.ts';
import { useView } from '../url/useView.ts';
import { ElectionGate } from '../views/ElectionGate.tsx';
import { useDocumentSettings } from '../views/useDocumentSettings.ts';
import { EmbedView } from './EmbedView.tsx';

export function EmbedApp() {
  const view = useView();
  const lang = view.params.lang ?? browserLang(navigator.languages);
  useDocumentSettings(lang, view.params.theme, view.transparent);
  return (
    <I18nProvider lang={lang}>
      <div className="embed">
        <ElectionGate electionId={view.params.election}>{(election) => <EmbedView election={election} view={view} />}</ElectionGate>
      </div>
    </I18nProvider>
  );
}
