/** Titles and column heads of the breakdown tables, in each language: they come with the chunk of the views that say them, not with every page. */

const en = {
  seatsTitle: 'Seats and share of seats',
  votesTitle: 'Popular vote',
  changeTitle: (previous: string) => `Change in seats since ${previous}`,
  regionsTitle: 'Seats by province and territory',
  colParty: 'Party',
  colSeats: 'Seats',
  colSeatShare: 'Share of seats',
  colVotes: 'Votes',
  colVoteShare: 'Share of votes',
  colChange: 'Change',
  colRegion: 'Province or territory',
  colTotal: 'Total',
};

const fr: typeof en = {
  seatsTitle: 'Sièges et part des sièges',
  votesTitle: 'Vote populaire',
  changeTitle: (previous) => `Variation des sièges depuis ${previous}`,
  regionsTitle: 'Sièges par province et territoire',
  colParty: 'Parti',
  colSeats: 'Sièges',
  colSeatShare: 'Part des sièges',
  colVotes: 'Voix',
  colVoteShare: 'Part des voix',
  colChange: 'Variation',
  colRegion: 'Province ou territoire',
  colTotal: 'Total',
};

export const TABLE_WORDS = { en, fr };
