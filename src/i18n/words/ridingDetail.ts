/** A riding's detail: margin, stage, candidates (RidingFacts, SeatDetail, RidingPanel), in each language: they come with the chunk of the views that say them, not with every page. */
import type { ReactNode } from 'react';
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
  /** A riding page's headline: its winner (or leader), the margin and the runner-up; the party may be a link. */
  summary: (f: F, p: { leading: boolean; winner: string; party: ReactNode; margin: number; runnerUp: string; runnerUpParty: string }) => [
    `${p.winner} (`,
    p.party,
    `) ${p.leading ? 'leads' : 'won'} by ${f.count(p.margin)}${NBSP}${p.margin === 1 ? 'vote' : 'votes'} over ${p.runnerUp} (${p.runnerUpParty}).`,
  ],
  summaryTied: (a: string, aParty: string, b: string, bParty: string) => `${a} (${aParty}) and ${b} (${bParty}) are tied for the lead.`,
  summaryUnopposed: (winner: string, party: ReactNode) => [`${winner} (`, party, ') was elected unopposed.'],
  summaryNone: 'No result yet: the riding has not reported.',
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
  summary: (f, p) => [
    `${p.winner} (`,
    p.party,
    `) ${p.leading ? 'mène' : 'l’emporte'} par ${voix(f, p.margin)} sur ${p.runnerUp} (${p.runnerUpParty}).`,
  ],
  summaryTied: (a, aParty, b, bParty) => `${a} (${aParty}) et ${b} (${bParty}) sont à égalité en tête.`,
  summaryUnopposed: (winner, party) => [`${winner} (`, party, ') est élu sans opposition.'],
  summaryNone: `Aucun résultat pour l’instant${NBSP}: la circonscription n’a pas fait rapport.`,
};

export const RIDING_DETAIL_WORDS = { en, fr };
