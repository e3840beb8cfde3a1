/** Language and theme, as links: the URL carries both, so a shared link keeps them. */
import { memo } from 'react';
import { AppLink } from '../url/AppLink.tsx';
import { LANGS } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { Theme } from '../url/routes.ts';
import type { View } from '../url/useView.ts';

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export const SettingsBar = memo(function SettingsBar({ view }: { view: View }) {
  const { t, f } = useI18n();
  const other = LANGS.find((l) => l !== f.lang) ?? 'en';
  return (
    <nav className="settings" aria-label={t.settings.label}>
      <AppLink href={view.hrefIn(other)} hrefLang={other} lang={other} className="settings-lang">
        {t.settings.otherLanguage}
      </AppLink>
      <span className="settings-themes" role="group" aria-label={t.settings.theme}>
        {THEMES.map((theme) => (
          <AppLink key={theme} href={view.hrefWith({ theme })} aria-current={view.params.theme === theme ? 'true' : undefined}>
            {t.settings.themes[theme]}
          </AppLink>
        ))}
      </span>
    </nav>
  );
});
