/** The closest races (CloseRaces), in each language: they come with the chunk of the views that say them, not with every page. */

const en = {
  title: 'Closest races',
  winner: 'Winner',
  over: (party: string) => `over ${party}`,
  recount: 'Judicial recount',
};

const fr: typeof en = {
  title: 'Courses les plus serrées',
  winner: 'Gagnant',
  over: (party) => `devant ${party}`,
  recount: 'Dépouillement judiciaire',
};

export const CLOSE_RACES_WORDS = { en, fr };
