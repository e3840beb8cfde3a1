/**
 * A linear map from a domain to a range, like d3-scale's scaleLinear for the
 * one thing the charts ask of it. d3-scale is not used because scaleLinear
 * pulls in d3-interpolate, d3-color and d3-format: about 7.5 KB gzip on the
 * first screen's JavaScript, whose budget is tight (scripts/jsBudget.ts).
 */
export type LinearScale = (value: number) => number;

export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearScale {
  const span = d1 - d0;
  // A zero-width domain has no direction: put everything at the start of the range.
  if (span === 0) return () => r0;
  const k = (r1 - r0) / span;
  return (value) => r0 + (value - d0) * k;
}
