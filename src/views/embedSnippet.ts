/** The HTML a host page pastes to embed a view: an iframe that the host script sizes. */

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(origin: string, embedHref: string, title: string): string {
  const src = escapeAttribute(new URL(embedHref, origin).href);
  const script = escapeAttribute(new URL('/embed.js', origin).href);
  return [
    `<iframe data-hemicycle src="${src}" title="${escapeAttribute(title)}" width="100%" height="420" style="width:100%;border:0;display:block" loading="lazy"></iframe>`,
    `<script async src="${script}"></script>`,
  ].join('\n');
}
