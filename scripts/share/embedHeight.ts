/**
 * The height of an embed at the snippet's width (640 px), estimated at build
 * time from its prerendered HTML, for the oEmbed answer's frame: no browser
 * runs at build time to measure it, as the app's Embed button does
 * (useEmbedHeight). The chart's height follows exactly from its frame; the
 * rest is the embed's stylesheet at that width (styles.css, `.embed…`), with
 * the result's sentence on one line or more. A browser test compares the
 * estimate with the height every embeddable view reports (e2e/embed.spec.ts).
 */
import { parseHTML } from 'linkedom';
import { SNIPPET_WIDTH } from '../../src/features/share/embedSnippet.ts';

/** The embed's side padding (0.75rem each side). */
const PADDING_X = 24;
/** Everything but the chart and the sentence's further lines, at 640 px: padding, title, one line of sentence, legend (two rows), footer. */
const CHROME = 192.4;
/** The sentence: 0.9rem, its line height, and an average advance of half its size. */
const SUMMARY_PX = 14.4;
const SUMMARY_LINE = 20.88;
const ADVANCE = 0.5;

export function embedHeight(markup: string): number {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const viewBox = document.querySelector('.hemicycle svg')?.getAttribute('viewBox');
  const [, , vbWidth, vbHeight] = (viewBox ?? '').split(/\s+/).map(Number);
  if (!vbWidth || !vbHeight) throw new Error('the embed page has no chart with a viewBox: its height cannot be estimated');
  const width = SNIPPET_WIDTH - PADDING_X;
  const summary = document.querySelector('.result-summary')?.textContent ?? '';
  const lines = Math.max(1, Math.ceil((summary.length * SUMMARY_PX * ADVANCE) / width));
  return Math.ceil(CHROME + (width * vbHeight) / vbWidth + (lines - 1) * SUMMARY_LINE);
}
