/**
 * What the error panel says (why the results could not be shown, whose fault it is, the file), in each language:
 * it comes with the panel's chunk, fetched when something goes wrong, not with every page.
 */
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  errorDataIntro: (f: F, n: number) => `The data file has ${f.count(n)} ${n === 1 ? 'problem' : 'problems'}:`,
  /** Whose problem it is: the file's, for its publisher to fix. */
  errorDataWhose: 'The file is at fault, not your connection: whoever publishes it needs to correct it.',
  errorLoad: {
    network: 'The data could not be reached. Check your connection.',
    unreadable:
      'The server sent the data file in a form the browser cannot read (its encoding is wrong). Your connection works: the site’s server needs fixing.',
    timeout: (f: F, seconds: number) => `The data took longer than ${f.count(seconds)} seconds to arrive.`,
    http: (status: number) => `The server answered with an error (HTTP ${status}).`,
    empty: 'The data file is empty.',
    html: 'The server sent a web page instead of the data file.',
    json: (detail: string) => `The data file is not valid JSON (${detail}).`,
    noElection: (id: string) => `There is no election “${id}” on this site.`,
    elections: 'The elections here:',
    unknown: 'Something went wrong while showing the results.',
  },
  errorFile: (url: string) => `File: ${url}`,
};

const fr: typeof en = {
  errorDataIntro: (f, n) => `Le fichier de données contient ${f.count(n)}${NBSP}${n > 1 ? 'problèmes' : 'problème'}${NBSP}:`,
  errorDataWhose: `Le fichier est en cause, pas votre connexion${NBSP}: son éditeur doit le corriger.`,
  errorLoad: {
    network: 'Les données sont inaccessibles. Vérifiez votre connexion.',
    unreadable:
      'Le serveur a envoyé le fichier de données sous une forme que le navigateur ne peut pas lire (son encodage est erroné). Votre connexion fonctionne : c’est le serveur du site qu’il faut corriger.',
    timeout: (f, seconds) => `Les données ont mis plus de ${f.count(seconds)}${NBSP}secondes à arriver.`,
    http: (status) => `Le serveur a répondu par une erreur (HTTP ${status}).`,
    empty: 'Le fichier de données est vide.',
    html: 'Le serveur a envoyé une page web au lieu du fichier de données.',
    json: (detail) => `Le fichier de données n’est pas du JSON valide (${detail}).`,
    noElection: (id) => `Il n’y a pas d’élection «${NBSP}${id}${NBSP}» sur ce site.`,
    elections: `Les élections de ce site${NBSP}:`,
    unknown: 'Un problème est survenu pendant l’affichage des résultats.',
  },
  errorFile: (url) => `Fichier${NBSP}: ${url}`,
};

export const ERROR_WORDS = { en, fr };
export type ErrorWords = typeof en;
