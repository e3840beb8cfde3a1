/** Shown inside the app when a path names no page, or no party or riding of this election. */
import { AppLink } from '../url/AppLink.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

interface NotFoundPanelProps {
  homeHref: string;
  partyId?: string | undefined;
  message?: string | undefined;
}

export function NotFoundPanel({ partyId, message, homeHref }: NotFoundPanelProps) {
  const { t } = useI18n();
  return (
    <section className="error-panel" role="alert">
      <h2>{message ?? (partyId === undefined ? t.unknownPage : t.unknownParty(partyId))}</h2>
      <p>
        <AppLink href={homeHref}>{t.backToOverview}</AppLink>
      </p>
    </section>
  );
}
