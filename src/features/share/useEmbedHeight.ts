/**
 * The height of an embed at the snippet's width, measured by loading it out of
 * sight: the snippet then carries the view's real height, so a host page's
 * frame is right before any script runs (and stays right on a host that
 * strips scripts). The embed reports its height only once drawn (reportHeight).
 */
import { useEffect, useState } from 'react';
import type { HeightMessage } from '../../embed/reportHeight.ts';
import { SNIPPET_WIDTH } from './embedSnippet.ts';

export function useEmbedHeight(embedHref: string): number | undefined {
  const [measured, setMeasured] = useState<{ href: string; height: number }>();
  useEffect(() => {
    const frame = document.createElement('iframe');
    frame.className = 'embed-measure';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.width = String(SNIPPET_WIDTH);
    frame.src = embedHref;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<HeightMessage> | null;
      if (event.source !== frame.contentWindow || data?.type !== 'hemicycle:height' || typeof data.height !== 'number') return;
      setMeasured({ href: embedHref, height: data.height });
      stop();
    };
    const stop = () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
    return stop;
  }, [embedHref]);
  return measured?.href === embedHref ? measured.height : undefined;
}
