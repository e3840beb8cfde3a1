/** The closest races (CloseRaces), in each language: they come with the chunk of the views that say them, not with every page. */

const en = {
  title: 'Closest races',
  winner: 'Winner',
  /** A night in progress: whoever is ahead, elected or not yet. */
  ahead: 'Ahead',
  over: (party: string) => `over ${party}`,
  /** A night in progress: the first two level, so neither leads. */
  tied: (party: string) => `tied with ${party}`,
  recount: 'Judicial recount',
};

const fr: typeof en = {
  title: 'Courses les plus serrées',
  winner: 'Gagnant',
  ahead: 'En tête',
  over: (party) => `devant ${party}`,
  tied: (party) => `à égalité avec ${party}`,
  recount: 'Dépouillement judiciaire',
};

export const CLOSE_RACES_WORDS = { en, fr };
