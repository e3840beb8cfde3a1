/** Shown inside the app when a path names no page or no party of this election. */
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nContext.tsx';

export function NotFoundPanel({ partyId, homeHref }: { partyId?: string | undefined; homeHref: string }) {
  const { t } = useI18n();
  return (
    <section className="error-panel" role="alert">
      <h2>{partyId === undefined ? t.unknownPage : t.unknownParty(partyId)}</h2>
      <p>
        <Link href={homeHref}>{t.backToOverview}</Link>
      </p>
    </section>
  );
}
