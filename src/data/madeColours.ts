/**
 * The colours of a made chart's parties: each party keeps the colour it was given; one without gets the next of
 * Okabe and Ito's colours, chosen to stay apart for readers with the common colour-vision deficiencies, skipping
 * those already given. A colour that repeats is flagged, for the builder to say so (and one too faint on a
 * theme's background: features/make/colourNote).
 */

/** Okabe and Ito (2008), "Color Universal Design", black left out (it is the text's colour), in an order that keeps neighbours apart. */
export const DISTINCT_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#999999'] as const;

export interface MadeColour {
  color: string;
  /** Given by the table or the reader, not by the palette. */
  given: boolean;
  /** Shared with a party before it: the palette ran out, or two were given the same. */
  repeated: boolean;
}

export function madeColours(given: readonly (string | undefined)[]): MadeColour[] {
  const taken = new Set(given.filter((c): c is string => c !== undefined).map((c) => c.toLowerCase()));
  const spare = DISTINCT_COLOURS.filter((c) => !taken.has(c));
  let next = 0;
  const seen = new Set<string>();
  return given.map((colour) => {
    // Past the palette, its colours again: the builder says they repeat.
    const color =
      colour?.toLowerCase() ?? (spare.length > 0 ? spare[next++ % spare.length]! : DISTINCT_COLOURS[next++ % DISTINCT_COLOURS.length]!);
    const repeated = seen.has(color);
    seen.add(color);
    return { color, given: colour !== undefined, repeated };
  });
}
