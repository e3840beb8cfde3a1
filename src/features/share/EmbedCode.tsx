/** The embed snippet for the current view, ready to copy, with the view's height at a common width. */
import { useState } from 'react';
import { embedSnippet } from './embedSnippet.ts';
import { useEmbedHeight } from './useEmbedHeight.ts';
import { useShareMessages } from './shareMessages.ts';

export function EmbedCode({ id, embedHref, title }: { id: string; embedHref: string; title: string }) {
  const shareText = useShareMessages();
  const [copied, setCopied] = useState(false);
  const code = embedSnippet(window.location.origin, embedHref, title, useEmbedHeight(embedHref));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div id={id} className="embed-code">
      <label htmlFor={`${id}-text`}>{shareText.embedIntro}</label>
      <textarea id={`${id}-text`} readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied ? shareText.codeCopied : shareText.copyCode}
      </button>
    </div>
  );
}
