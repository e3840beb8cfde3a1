/** Share the current view: its link, the chart as SVG or PNG, and the code to embed it. */
import { memo, useState, type MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { EmbedCode } from './EmbedCode.tsx';

interface ShareBarProps {
  /** Path and query of the embed of this view, e.g. `/embed/party/bq?lang=fr`. */
  embedHref: string;
  fileName: string;
  title: string;
  /** What a downloaded picture says: the view's headline and its source line. */
  picture: { headline: string; source: string };
}

function chartOf(event: MouseEvent<HTMLElement>): SVGSVGElement | null {
  return event.currentTarget.closest('section')?.querySelector<SVGSVGElement>('.hemicycle svg') ?? null;
}

export const ShareBar = memo(function ShareBar({ embedHref, fileName, title, picture }: ShareBarProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);

  const shareLink = async () => {
    const url = window.location.href;
    try {
      if (navigator.share && matchMedia('(pointer: coarse)').matches) return await navigator.share({ title, url });
      await navigator.clipboard.writeText(url);
      setStatus(t.share.copied);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus(t.share.copyFailed);
    }
  };
  const download = async (event: MouseEvent<HTMLElement>, format: 'svg' | 'png') => {
    const svg = chartOf(event);
    if (!svg) return;
    // Cleared first, so a second failure is announced again and a success leaves no stale message.
    setStatus('');
    try {
      // Fetched on the first download: no page needs it to show or to be used.
      const { downloadFile, standalonePicture, svgToPng } = await import('../charts/exportChart.ts');
      const markup = standalonePicture(svg.closest('section') ?? document.body, svg, {
        ...picture,
        credit: `${t.appName} · ${window.location.host}`,
      });
      const blob = format === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : await svgToPng(markup);
      downloadFile(blob, `${fileName}.${format}`);
    } catch {
      setStatus(t.share.downloadFailed);
    }
  };

  return (
    <div className="share-bar">
      <div className="share-buttons">
        <button type="button" className="secondary" onClick={() => void shareLink()}>
          {t.share.link}
        </button>
        <button type="button" className="secondary" onClick={(e) => void download(e, 'svg')}>
          {t.share.download('SVG')}
        </button>
        <button type="button" className="secondary" onClick={(e) => void download(e, 'png')}>
          {t.share.download('PNG')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={embedOpen}
          aria-controls="embed-code"
          onClick={() => setEmbedOpen(!embedOpen)}
        >
          {t.share.embed}
        </button>
        <span className="share-status" role="status">
          {status}
        </span>
      </div>
      {embedOpen && <EmbedCode id="embed-code" embedHref={embedHref} title={title} />}
    </div>
  );
});
