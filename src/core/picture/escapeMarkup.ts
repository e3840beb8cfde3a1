/** Text made safe inside markup, as element text or a quoted attribute value, in XML (SVG, sitemaps) and HTML alike. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
