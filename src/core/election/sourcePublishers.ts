/**
 * Who published an election's figures, for a one-line credit: each source's
 * original publisher once, in order. A publisher written "Elections Canada,
 * via <repository>" (the figures as a third party republished them) is
 * credited to the original; the full citation stays in the app's footer.
 */
export function sourcePublishers(sources: readonly { publisher: string }[]): string[] {
  return [...new Set(sources.map((s) => s.publisher.split(', via ')[0]!.trim()))];
}
