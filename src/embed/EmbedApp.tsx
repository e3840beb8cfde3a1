/** The embed: the same views, without site chrome, with a credit linking to the full view. */
import { PageShell } from '../features/page/PageShell.tsx';
import { EmbedView } from './EmbedView.tsx';

export function EmbedApp() {
  return <PageShell className="embed">{(election, view) => <EmbedView election={election} view={view} />}</PageShell>;
}
