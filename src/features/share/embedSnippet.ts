/** The HTML a host page pastes to embed a view: an iframe that the host script sizes. */

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The frame's height before the host script sizes it to the content, when the view's own is not known. */
const SNIPPET_HEIGHT = 420;

/** The width at which the snippet's height is measured: a common article column. */
export const SNIPPET_WIDTH = 640;

/** `origin` undefined: root-relative addresses (a build that does not know the site's address). */
export function embedSnippet(origin: string | undefined, embedHref: string, title: string, height = SNIPPET_HEIGHT): string {
  const at = (path: string) => (origin ? new URL(path, origin).href : path);
  const src = escapeAttribute(at(embedHref));
  const script = escapeAttribute(at('/embed.js'));
  return [
    `<iframe data-hemicycle src="${src}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="width:100%;border:0;display:block" loading="lazy"></iframe>`,
    `<script async src="${script}"></script>`,
  ].join('\n');
}
