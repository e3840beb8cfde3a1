/** A riding's detail: margin, stage, candidates (RidingFacts, SeatDetail, RidingPanel), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP, type Formatters } from '../format.ts';
import { voix } from '../frWords.ts';

type F = Formatters;

const en = {
  margin: (f: F, votes: number) => `Margin: ${f.count(votes)}${NBSP}${votes === 1 ? 'vote' : 'votes'}`,
  unopposed: 'Unopposed',
  stage: {
    preliminary: 'Preliminary result',
    validated: 'Validated result',
    'judicially-certified': 'Judicially certified after a recount',
  },
  marginFull: (f: F, p: { votes: number; share: number }) =>
    `Margin: ${f.count(p.votes)}${NBSP}${p.votes === 1 ? 'vote' : 'votes'} (${f.points(p.share)}${NBSP}pts)`,
  previous: (p: { election: string; party: string }) => `${p.election}: ${p.party}`,
  hold: 'Held',
  /** A lead is not a result: what it would mean, said as such. */
  wouldGain: (party: string) => `a gain from ${party} if the lead holds`,
  wouldHold: 'held if the lead holds',
  candidates: 'Candidates',
  colCandidate: 'Candidate',
  more: (f: F, n: number) => `and ${f.count(n)}${NBSP}more`,
  open: 'Open the riding',
  close: 'Close',
};

const fr: typeof en = {
  margin: (f, votes) => `Écart${NBSP}: ${voix(f, votes)}`,
  unopposed: 'Élu sans opposition',
  stage: {
    preliminary: 'Résultat préliminaire',
    validated: 'Résultat validé',
    'judicially-certified': 'Résultat certifié après un dépouillement judiciaire',
  },
  marginFull: (f, p) => `Écart${NBSP}: ${voix(f, p.votes)} (${f.points(p.share)}${NBSP}pt)`,
  previous: (p) => `${p.election}${NBSP}: ${p.party}`,
  hold: 'Conservé',
  wouldGain: (party) => `un gain sur le ${party} si l’avance se maintient`,
  wouldHold: 'conservé si l’avance se maintient',
  candidates: 'Candidats',
  colCandidate: 'Candidat',
  more: (f, n) => `et ${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'autre' : 'autres'}`,
  open: 'Ouvrir la circonscription',
  close: 'Fermer',
};

export const RIDING_DETAIL_WORDS = { en, fr };
