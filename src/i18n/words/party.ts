/** A party's figures, seats by province and ridings won (PartyStats, PartyWins, RidingsWonTable; CloseRaces, CoalitionPanel and SeatTable share some), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP, type Formatters } from '../format.ts';
import { sieges, voix } from '../frWords.ts';

type F = Formatters;

const en = {
  seats: 'Seats',
  seatsOf: (f: F, p: { seats: number; total: number; share: number }) => `of ${f.count(p.total)} (${f.percent(p.share)})`,
  vote: 'Popular vote',
  votes: (f: F, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'vote' : 'votes'}`,
  change: (previous: string) => `Change since ${previous}`,
  changeDetail: (f: F, p: { before: number; after: number }) => `${f.count(p.before)}${NBSP}→${NBSP}${f.count(p.after)}${NBSP}seats`,
  /** No change: said in words, and the seats once ("0 · 0 → 0 seats" said it three times). */
  noChange: 'None',
  sameSeats: (f: F, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'seat' : 'seats'} both times`,
  majority: 'Majority',
  short: (f: F, p: { short: number; threshold: number }) => `${f.count(p.short)}${NBSP}short of${NBSP}${f.count(p.threshold)}`,
  reached: (f: F, p: { surplus: number; threshold: number }) =>
    `Reached: ${f.count(p.threshold)}${NBSP}needed, ${f.count(p.surplus)}${NBSP}to spare`,
  /** A night in progress: won and led reach the threshold, the declared seats do not yet. */
  reachedIfLeadsHold: (f: F, p: { surplus: number; threshold: number }) =>
    `A majority if the leads hold: ${f.count(p.threshold)}${NBSP}needed, ${f.count(p.surplus)}${NBSP}to spare`,
  coalitions: (counting: boolean) => `Majority coalitions that include this party${counting ? ', if the leads hold' : ''}`,
  noCoalition: 'No combination of parties that includes this one needs it for a majority.',
  regionsTitle: (party: string) => `${party} seats by province and territory`,
  regionSeats: (f: F, p: { seats: number; total: number }) => `${f.count(p.seats)} of ${f.count(p.total)}`,
  /** `counting`: a night in progress, when a lead is not yet a win. */
  ridingsTitle: (f: F, p: { party: string; count: number; counting: boolean }) =>
    `Ridings ${p.counting ? 'won or led' : 'won'} (${f.count(p.count)}), closest first`,
  noRidings: (party: string) => `The ${party} won no riding.`,
  noSeat: (f: F, voteShare: number | undefined, counting: boolean) =>
    voteShare === undefined
      ? counting
        ? 'No seat yet.'
        : 'Won no seat.'
      : counting
        ? `No seat yet, with ${f.percent(voteShare)} of the votes counted so far.`
        : `Won no seat, with ${f.percent(voteShare)} of the vote.`,
  bestTitle: (party: string) => `Where the ${party} did best`,
  colPlace: 'Place',
  place: (f: F, n: number) => (n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${f.count(n)}th`),
  colRiding: 'Riding',
  colMargin: 'Margin',
  colRunnerUp: 'Runner\u2011up',
  marginPoints: (f: F, share: number) => `${f.points(share)}${NBSP}pts`,
  showAll: (f: F, n: number) => `Show all ${f.count(n)}`,
  showFewer: 'Show fewer',
};

const fr: typeof en = {
  seats: 'Sièges',
  seatsOf: (f, p) => `sur ${f.count(p.total)} (${f.percent(p.share)})`,
  vote: 'Vote populaire',
  votes: (f, n) => voix(f, n),
  change: (previous) => `Variation depuis ${previous}`,
  changeDetail: (f, p) => `${f.count(p.before)}${NBSP}→${NBSP}${sieges(f, p.after)}`,
  noChange: 'Aucune',
  sameSeats: (f, n) => `${sieges(f, n)} les deux fois`,
  majority: 'Majorité',
  short: (f, p) => `${f.count(p.short)}${NBSP}de moins que${NBSP}${f.count(p.threshold)}`,
  reached: (f, p) => `Atteinte${NBSP}: ${f.count(p.threshold)}${NBSP}nécessaires, ${f.count(p.surplus)}${NBSP}de plus`,
  reachedIfLeadsHold: (f, p) =>
    `Une majorité si les avances se maintiennent${NBSP}: ${f.count(p.threshold)}${NBSP}nécessaires, ${f.count(p.surplus)}${NBSP}de plus`,
  coalitions: (counting) => `Coalitions majoritaires qui comprennent ce parti${counting ? ', si les avances se maintiennent' : ''}`,
  noCoalition: 'Aucune combinaison de partis qui le comprend n’a besoin de lui pour la majorité.',
  regionsTitle: (party) => `Sièges par province et territoire${NBSP}: ${party}`,
  regionSeats: (f, p) => `${f.count(p.seats)} sur ${f.count(p.total)}`,
  ridingsTitle: (f, p) =>
    `Circonscriptions ${p.counting ? 'remportées ou en tête' : 'remportées'} (${f.count(p.count)}), les plus serrées d’abord`,
  noRidings: (party) => `Le ${party} n’a remporté aucune circonscription.`,
  noSeat: (f, voteShare, counting) =>
    voteShare === undefined
      ? counting
        ? 'Aucun siège pour l’instant.'
        : 'Aucun siège.'
      : counting
        ? `Aucun siège pour l’instant, avec ${f.percent(voteShare)} des voix dépouillées.`
        : `Aucun siège, avec ${f.percent(voteShare)} des voix.`,
  bestTitle: (party) => `Là où le ${party} a fait le mieux`,
  colPlace: 'Rang',
  place: (f, n) => (n === 1 ? '1er' : `${f.count(n)}e`),
  colRiding: 'Circonscription',
  colMargin: 'Écart',
  colRunnerUp: 'Deuxième',
  marginPoints: (f, share) => `${f.points(share)}${NBSP}pt`,
  showAll: (f, n) => `Afficher les ${f.count(n)}`,
  showFewer: 'Afficher moins',
};

export const PARTY_WORDS = { en, fr };
