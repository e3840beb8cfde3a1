/**
 * The embed's own words (EmbedView) and the source line of every published chart (sourceLine: the embed's
 * footer, pictures), in each language: they come with the scripts that say them, not with every page.
 */
import { NBSP } from '../format.ts';
import { sourceTermsInFrench } from '../sourceTerms.ts';

const en = {
  /** The embed's footer: who published the figures, and when the election was. */
  /** The source with the date of its figures (when the data says when it was taken), else of the election. */
  source: (publishers: string, date: string, asOf?: string) =>
    asOf ? `Source: ${publishers} · results as of ${asOf}` : `Source: ${publishers} · ${date}`,
  credit: (election: string) => `Hemicycle · ${election}: full${NBSP}results${NBSP}↗`,
};

const fr: typeof en = {
  source: (publishers, date, asOf) =>
    asOf
      ? `Source${NBSP}: ${sourceTermsInFrench(publishers)} · résultats au ${asOf}`
      : `Source${NBSP}: ${sourceTermsInFrench(publishers)} · ${date}`,
  credit: (election) => `Hémicycle · ${election}${NBSP}: résultats${NBSP}complets${NBSP}↗`,
};

export const EMBED_WORDS = { en, fr };
