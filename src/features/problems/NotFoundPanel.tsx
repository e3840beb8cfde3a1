/**
 * What the URL asks that this election or page does not have (a page, a party, a riding, a province, a
 * coalition partner, a previous result, a setting's value), each said once with what is shown instead and a
 * way on: one path for the app and the embed. Never a silent substitute.
 */
import { AppLink } from '../../url/AppLink.tsx';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { URL_NOTICE_WORDS } from '../../i18n/words/urlNotice.ts';
import { outsideText } from '../../outsideText.ts';
import type { UnknownName } from '../../shared/resolveView.ts';

interface NotFoundPanelsProps {
  unknown: readonly UnknownName[];
  /** The overview, for an unknown page, party or riding. */
  homeHref: string;
  /** The view as shown (a setting left out, a partner dropped, no province): the link to it as it really is. */
  shownHref: string;
}

export function NotFoundPanels({ unknown, homeHref, shownHref }: NotFoundPanelsProps) {
  const { t, f } = useI18n();
  const urlNoticeWords = useWords(URL_NOTICE_WORDS);
  // Names and values come from the URL: quoted so they cannot pass for, or turn around, the app's own words.
  const message = (name: UnknownName): string => {
    switch (name.kind) {
      case 'page':
        return urlNoticeWords.unknownPage;
      case 'party':
        return urlNoticeWords.unknownParty(outsideText(name.id));
      case 'riding':
        return urlNoticeWords.unknownRiding(outsideText(name.id));
      case 'region':
        return urlNoticeWords.unknownRegion(outsideText(name.id));
      case 'partner':
        return name.party
          ? urlNoticeWords.partnerSeatless(f.text(name.party.shortName))
          : urlNoticeWords.partnerUnknown(outsideText(name.id));
      case 'no-previous':
        return urlNoticeWords.noPrevious;
      case 'no-ridings':
        return urlNoticeWords.noRidings;
      case 'param': {
        const setting = outsideText(`${name.param}=${name.value}`);
        return name.choices.length > 0 ? urlNoticeWords.param(setting) : urlNoticeWords.notParty(setting);
      }
    }
  };
  const leavesPage = (name: UnknownName) => ['page', 'party', 'riding', 'no-ridings'].includes(name.kind);
  return unknown.map((name, i) => (
    <section key={i} className="error-panel" role="alert">
      <h2>{message(name)}</h2>
      {name.kind === 'param' && name.choices.length > 0 && <p>{urlNoticeWords.choices(name.choices.join(', '))}</p>}
      <p>
        <AppLink href={leavesPage(name) ? homeHref : shownHref}>
          {leavesPage(name) || name.kind === 'region' ? t.backToOverview : urlNoticeWords.withoutIt}
        </AppLink>
      </p>
    </section>
  ));
}
