/** Shown on /party/<id> when the dataset has no such party. */
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nContext.tsx';

export function UnknownPartyPanel({ partyId, homeHref }: { partyId: string; homeHref: string }) {
  const { t } = useI18n();
  return (
    <section className="error-panel" role="alert">
      <h2>{t.unknownParty(partyId)}</h2>
      <p>
        <Link href={homeHref}>{t.backToOverview}</Link>
      </p>
    </section>
  );
}
