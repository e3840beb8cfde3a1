/** Text made safe inside markup, as element text or a quoted attribute value, in XML (SVG, sitemaps) and HTML alike. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element as markup: its attributes escaped (an undefined one left out), its inner markup as given. */
export function tag(name: string, attributes: Readonly<Record<string, string | number | undefined>>, inner = ''): string {
  let written = '';
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) written += ` ${key}="${escapeMarkup(String(value))}"`;
  return `<${name}${written}>${inner}</${name}>`;
}
