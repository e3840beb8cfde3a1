/**
 * The embed's own words (EmbedView) and the source line of every published chart (sourceLine: the embed's
 * footer, pictures), in each language: they come with the scripts that say them, not with every page.
 */
import { NBSP } from '../format.ts';
import { sourceTermsInFrench } from '../sourceTerms.ts';

/** What a source line says, each part when the data gives it: who published the figures, when, and who made the chart. */
interface SourceLineParts {
  publishers: string | undefined;
  date: string | undefined;
  asOf: string | undefined;
  credit: string | undefined;
}

/** The parts given, in order, one dot between each. */
const joined = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ');

const en = {
  /** The embed's footer: who published the figures, and when (the data's date, else the election's), and who made the chart. */
  source: (line: SourceLineParts) =>
    joined(
      line.publishers && `Source: ${line.publishers}`,
      line.asOf ? `results as of ${line.asOf}` : line.date,
      line.credit && `Chart: ${line.credit}`,
    ),
  credit: (election: string) => `Hemicycle · ${election}: full${NBSP}results${NBSP}↗`,
  /** A chart made in the builder says so where a result names its credit (the embed's, a picture's), and its link leads back to the builder. */
  made: 'Made in Hemicycle’s builder, not an official result',
  edit: `edit${NBSP}↗`,
};

const fr: typeof en = {
  source: (line) =>
    joined(
      line.publishers && `Source${NBSP}: ${sourceTermsInFrench(line.publishers)}`,
      line.asOf ? `résultats au ${line.asOf}` : line.date,
      line.credit && `Graphique${NBSP}: ${line.credit}`,
    ),
  credit: (election) => `Hémicycle · ${election}${NBSP}: résultats${NBSP}complets${NBSP}↗`,
  made: 'Fait dans l’éditeur d’Hémicycle, pas un résultat officiel',
  edit: `modifier${NBSP}↗`,
};

export const EMBED_WORDS = { en, fr };
