/**
 * What the URL names that this election does not have (a page, a party, a
 * riding, a province), each said once with a way back: one path for the app
 * and the embed.
 */
import { AppLink } from '../url/AppLink.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { outsideText } from '../i18n/outsideText.ts';
import type { UnknownName } from './resolveView.ts';

interface NotFoundPanelsProps {
  unknown: readonly UnknownName[];
  /** The overview, for an unknown page, party or riding. */
  homeHref: string;
  /** The same view without the province, for an unknown province. */
  withoutRegionHref: string;
}

export function NotFoundPanels({ unknown, homeHref, withoutRegionHref }: NotFoundPanelsProps) {
  const { t } = useI18n();
  // The name comes from the URL: quoted so it cannot pass for, or turn around, the app's own words.
  const message = (name: UnknownName) =>
    name.kind === 'page'
      ? t.unknownPage
      : name.kind === 'party'
        ? t.unknownParty(outsideText(name.id))
        : name.kind === 'riding'
          ? t.riding.unknown(outsideText(name.id))
          : t.explore.unknownRegion(outsideText(name.id));
  return unknown.map((name) => (
    <section key={name.kind} className="error-panel" role="alert">
      <h2>{message(name)}</h2>
      <p>
        <AppLink href={name.kind === 'region' ? withoutRegionHref : homeHref}>{t.backToOverview}</AppLink>
      </p>
    </section>
  ));
}
