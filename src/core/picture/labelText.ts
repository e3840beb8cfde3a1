/**
 * The text of a chart label, sized without a DOM (labels are placed before anything is drawn, and at build
 * time), and cut to a width when a name is longer than the chart is wide: the legend still gives it whole.
 */
export interface LabelPart {
  text: string;
  /** Figures stand out in bold. */
  strong?: boolean;
}

// Scripts whose letters are about an em wide (Han, kana, Hangul, full-width forms); the rest average ~0.58 em.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

function ems(text: string, strong: boolean | undefined): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return (text.length - wide) * (strong ? 0.64 : 0.58) + wide * 1.0;
}

/** Width and height in CSS pixels, a little generous so labels never touch. */
export function labelSize(parts: readonly LabelPart[], fontPx: number): { width: number; height: number } {
  const em = parts.reduce((sum, p) => sum + ems(p.text, p.strong), 0);
  return { width: em * fontPx, height: fontPx * 1.25 };
}

// Built on the first cut, which real names never need: nothing at start-up.
let graphemes: Intl.Segmenter | undefined;
const ELLIPSIS = '…';

/** A plain part taken apart once: its leading separator and trailing space stay, its letters are cut. */
interface Cuttable {
  lead: string;
  letters: string[];
  tail: string;
  cut: boolean;
}

function takeApart(text: string): Cuttable {
  const [, lead = '', core = '', tail = ''] = /^(\s*(?:·\s*)?)(.*?)(\s*)$/su.exec(text) ?? [];
  const letters = [...(graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(core)].map((s) => s.segment);
  return { lead, letters, tail, cut: false };
}

/** " · Parti démocr… ": the letters kept, then the ellipsis once a letter is gone. */
const joinParts = ({ lead, letters, tail, cut }: Cuttable) =>
  cut ? `${lead}${letters.join('').trimEnd()}${ELLIPSIS}${tail}` : `${lead}${letters.join('')}${tail}`;

/**
 * The label cut to `maxPx`: the longest name loses letters first (figures are never cut); when every name is
 * down to a letter, the parties at the end give way to "…". Each name is split into letters once and only
 * the name just cut is measured again, so forty long names cost no more than their letters.
 */
export function fitLabel(parts: readonly LabelPart[], fontPx: number, maxPx: number): readonly LabelPart[] {
  const fits = (p: readonly LabelPart[]) => labelSize(p, fontPx).width <= maxPx;
  if (fits(parts)) return parts;
  const out = parts.map((p) => ({ ...p }));
  const pieces = out.map((p) => (p.strong ? undefined : takeApart(p.text)));
  const maxEm = maxPx / fontPx;
  let em = out.reduce((sum, p) => sum + ems(p.text, p.strong), 0);
  for (;;) {
    let longest = -1;
    for (let i = 0; i < out.length; i++)
      if ((pieces[i]?.letters.length ?? 0) > 1 && (longest === -1 || out[i]!.text.length > out[longest]!.text.length)) longest = i;
    if (longest === -1) break;
    const piece = pieces[longest]!;
    piece.letters.pop();
    piece.cut = true;
    const text = joinParts(piece);
    em += ems(text, false) - ems(out[longest]!.text, false);
    out[longest]!.text = text;
    if (em <= maxEm) return out;
  }
  for (let keep = out.length - 1; keep > 0; keep--) {
    const cut = [...out.slice(0, keep), { text: ` ${ELLIPSIS}` }];
    if (fits(cut)) return cut;
  }
  return [{ text: ELLIPSIS }];
}
