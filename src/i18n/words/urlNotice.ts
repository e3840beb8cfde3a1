/** What a link asks that the page cannot show, and what it shows instead (NotFoundPanel), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP } from '../format.ts';

const en = {
  unknownParty: (id: string) => `There is no party “${id}” in this election.`,
  unknownPage: 'There is no such page.',
  unknownRiding: (id: string) => `There is no riding “${id}” in this election.`,
  unknownRegion: (id: string) => `There is no province or territory “${id}” in this election.`,
  partnerUnknown: (id: string) => `There is no party “${id}” in this election: the coalition leaves it out.`,
  partnerSeatless: (party: string) => `The ${party} won no seat: the coalition leaves it out.`,
  noPrevious: 'This election has no previous result to show on its seats: the seats shown are this election’s.',
  noRidings: 'This election gives its seats by party, without ridings: it has no riding pages and no map. Its seats are shown instead.',
  /** A setting the page has, with a value it does not know ("arc=30"): the setting is right, its value is not. */
  param: (setting: string) => `The link’s “${setting}” is not a value this page knows: it is left out.`,
  notParty: (setting: string) => `The link’s “${setting}” does not name a party: it is left out.`,
  choices: (choices: string) => `Values it knows: ${choices}.`,
  withoutIt: 'The same page without it',
};

const fr: typeof en = {
  unknownParty: (id) => `Il n’y a pas de parti «${NBSP}${id}${NBSP}» dans cette élection.`,
  unknownPage: 'Cette page n’existe pas.',
  unknownRiding: (id) => `Il n’y a pas de circonscription «${NBSP}${id}${NBSP}» dans cette élection.`,
  unknownRegion: (id) => `Il n’y a pas de province ni de territoire «${NBSP}${id}${NBSP}» dans cette élection.`,
  partnerUnknown: (id) => `Il n’y a pas de parti «${NBSP}${id}${NBSP}» dans cette élection${NBSP}: la coalition le laisse de côté.`,
  partnerSeatless: (party) => `Le parti «${NBSP}${party}${NBSP}» n’a remporté aucun siège${NBSP}: la coalition le laisse de côté.`,
  noPrevious: `Cette élection n’a pas de résultat précédent à montrer sur ses sièges${NBSP}: les sièges montrés sont ceux de cette élection.`,
  noRidings: `Cette élection donne ses sièges par parti, sans circonscriptions${NBSP}: elle n’a ni pages de circonscription ni carte. Ses sièges sont montrés à la place.`,
  param: (setting) => `La valeur «${NBSP}${setting}${NBSP}» du lien n’est pas connue de cette page${NBSP}: elle est ignorée.`,
  notParty: (setting) => `«${NBSP}${setting}${NBSP}» dans le lien ne désigne aucun parti${NBSP}: il est ignoré.`,
  choices: (choices) => `Valeurs possibles${NBSP}: ${choices}.`,
  withoutIt: 'La même page sans ce réglage',
};

export const URL_NOTICE_WORDS = { en, fr };
