/** What can be wrong with a dataset, in French (the English is src/data/dataProblems.ts), for the French catalogue. */
import type { DataProblemTexts } from '../data/dataProblems.ts';

import { NBSP } from './format.ts';

type Values = Readonly<Record<string, string | number>>;

export const DATA_PROBLEMS_FR: DataProblemTexts = {
  missing: () => 'est absent',
  wrongType: (v: Values) => `n’a pas le bon type de valeur (${v.expected} attendu)`,
  text: () => 'doit être du texte',
  notEmpty: () => 'ne doit pas être vide',
  tooLong: (v: Values) => `doit faire au plus ${v.max}${NBSP}caractères`,
  seatCount: (v: Values) => `doit être un nombre entier de 1 à ${v.max}`,
  number: () => 'doit être un nombre',
  wholeNumber: () => 'doit être un nombre entier ≥ 0',
  fraction: () => 'doit être une fraction entre 0 et 1',
  date: () => 'doit être une date AAAA-MM-JJ',
  realDate: () => 'doit être une date qui existe',
  timestamp: () => 'doit être un horodatage ISO',
  readableTimestamp: () => 'doit être un horodatage ISO lisible par le navigateur, p. ex. 2025-04-29T03:00:00Z',
  id: () => 'doit être un identifiant en minuscules (a–z, 0–9, -)',
  url: () => 'doit être une URL',
  httpUrl: () => 'doit être une URL http ou https',
  colour: () => 'doit être une couleur #rrggbb',
  shortCode: () => 'doit être un code court',
  status: () => 'doit valoir none ou leading (ou être omis une fois le siège attribué)',
  stage: () => 'doit valoir preliminary, validated ou judicially-certified',
  origin: () => 'doit valoir builder, s’il est donné',
  list: () => 'doit être une liste',
  oneCandidate: () => 'doit compter au moins un candidat',
  oneParty: () => 'doit compter au moins un parti',
  boolean: () => 'doit valoir true ou false',
  repeatedId: () => 'reprend un identifiant déjà utilisé',
  unknownParty: () => 'nomme un parti absent de parties',
  unknownRegion: () => 'nomme une région absente de regions',
  winnerDisagrees: (v: Values) => `ne correspond pas au candidat qui a le plus de voix (${v.leader})`,
  marginDisagrees: (v: Values) => `ne correspond pas aux voix des candidats (${v.margin})`,
  validVotesDisagree: (v: Values) => `ne correspond pas à la somme des voix des candidats (${v.sum})`,
  partyLeadingDisagree: (v: Values) => `ne correspond pas aux circonscriptions où il mène (${v.leading})`,
  pollsExceed: (v: Values) => `dépasse le nombre de bureaux de la circonscription (${v.total})`,
  noResultWinner: () => 'doit être omis tant qu’aucun résultat n’est connu (status none)',
  noResultVotes: (v: Values) => `indique qu’aucun résultat n’est connu, mais les candidats ont ${v.sum}${NBSP}voix`,
  noVotesWinner: () => 'nomme un parti en tête, mais aucun candidat n’a encore de voix',
  seatsSum: (v: Values) => `les sièges totalisent ${v.sum}, et non totalSeats (${v.total})`,
  majorityOverTotal: (v: Values) => `dépasse le nombre de sièges de la Chambre (${v.total})`,
  ridingsCount: (v: Values) => `compte ${v.count}${NBSP}circonscriptions, et non totalSeats (${v.total})`,
  partySeatsDisagree: (v: Values) => `ne correspond pas aux circonscriptions remportées (${v.won})`,
  previousSeatsDisagree: (v: Values) => `ne correspond pas aux circonscriptions dont il était le gagnant (${v.held})`,
  totalVotesShort: (v: Values) => `est inférieur aux voix des partis (${v.sum})`,
  seatOrder: (v: Values) => `seatOrder doit numéroter les partis de 0 à ${v.last}, chacun une fois`,
};

export const dataGotFr = (received: string) => `, trouvé${NBSP}: ${received}`;
