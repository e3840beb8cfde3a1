/** Share the current view: its link, the chart as SVG or PNG, and the code to embed it. */
import { memo, useRef, useState } from 'react';
import type { ThemeName } from '../../core/picture/theme.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { DownloadOptions, type DownloadChoice } from './DownloadOptions.tsx';
import { EmbedCode } from './EmbedCode.tsx';
import { useShareMessages } from './shareMessages.ts';
import { EMBED_WORDS } from '../../i18n/words/embed.ts';
import type { DownloadSubject } from './downloadPicture.ts';

interface ShareBarProps {
  /** Path and query of the link to share: the view, without the sharer's own settings (the theme). */
  shareHref: string;
  /** Path and query of the embed of this view, e.g. `/embed/party/bq?lang=fr`. */
  embedHref: string;
  fileName: string;
  title: string;
  /**
   * What a downloaded picture is of (the view and its chart; none while the chart is not drawn) and says besides: the view's headline, its source line (worked out when
   * asked), its party's colour.
   */
  /** Opens the view's result in the builder, to make a chart of it (none: not offered). */
  onOpenInBuilder?: (() => void) | undefined;
  picture: {
    subject: () => DownloadSubject | undefined;
    headline: () => string;
    source: () => string;
    accent?: string | undefined;
    /** Made in the builder: the credit says so, and that it is not an official result. */
    made?: boolean | undefined;
  };
}

type Panel = 'download' | 'embed';

/** The theme the page is drawn in now: the one asked for, or the reader's system's. */
function shownTheme(): ThemeName {
  const asked = document.documentElement.dataset.theme;
  if (asked === 'light' || asked === 'dark') return asked;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const ShareBar = memo(function ShareBar({ shareHref, embedHref, fileName, title, picture, onOpenInBuilder }: ShareBarProps) {
  const { t, f } = useI18n();
  const shareText = useShareMessages();
  const [status, setStatus] = useState('');
  // One panel open at a time: the picture's options or the embed code.
  const [open, setOpen] = useState<Panel | undefined>();
  const bar = useRef<HTMLDivElement>(null);

  const shareLink = async () => {
    const url = new URL(shareHref, window.location.href).href;
    try {
      if (navigator.share && matchMedia('(pointer: coarse)').matches) return await navigator.share({ title, url });
      await navigator.clipboard.writeText(url);
      setStatus(shareText.copied);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus(shareText.copyFailed);
    }
  };
  const download = async (choice: DownloadChoice) => {
    // Cleared first, so a second failure is announced again and a success leaves no stale message.
    setStatus('');
    try {
      const subject = picture.subject();
      if (!subject) throw new Error('no chart drawn yet');
      // Fetched on the first download: no page needs it to show or to be used.
      const { downloadPicture } = await import('./downloadPicture.ts');
      // As wide as the chart is shown: the panel's chart, the first graphic of its kind in it.
      const chart = bar.current?.closest('section')?.querySelector('svg[role="group"]');
      await downloadPicture(subject, chart?.getBoundingClientRect().width ?? 0, choice, {
        headline: picture.headline(),
        source: picture.source(),
        accent: picture.accent,
        theme: shownTheme(),
        credit: `${picture.made ? EMBED_WORDS[f.lang].made : t.appName} · ${window.location.host}`,
        fileName,
      });
    } catch {
      setStatus(shareText.downloadFailed);
    }
  };

  // A button that opens its panel below the bar, or closes it.
  const panelButton = (panel: Panel, controls: string, label: string) => (
    <button
      type="button"
      className="secondary"
      aria-expanded={open === panel}
      aria-controls={controls}
      onClick={() => setOpen(open === panel ? undefined : panel)}
    >
      {label}
    </button>
  );

  return (
    <div className="share-bar" ref={bar}>
      <div className="share-buttons">
        <button type="button" className="secondary" onClick={() => void shareLink()}>
          {shareText.link}
        </button>
        {panelButton('download', 'download-options', shareText.downloadMenu)}
        {panelButton('embed', 'embed-code', shareText.embed)}
        {onOpenInBuilder && (
          <button type="button" className="secondary" onClick={onOpenInBuilder}>
            {shareText.openInBuilder}
          </button>
        )}
        <span className="share-status" role="status">
          {status}
        </span>
      </div>
      {open === 'download' && <DownloadOptions id="download-options" onDownload={(choice) => void download(choice)} />}
      {open === 'embed' && <EmbedCode id="embed-code" embedHref={embedHref} title={title} />}
    </div>
  );
});
