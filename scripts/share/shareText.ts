/**
 * The text that only link previews carry (page descriptions), in each language. It lives with the build, not in
 * the app's catalogues: no reader's browser downloads it.
 */
import type { Formatters, Lang } from '../../src/i18n/format.ts';
import { NBSP } from '../../src/i18n/format.ts';

type F = Formatters;

export interface ShareText {
  partyDescription: (
    f: F,
    p: { party: string; seats: number; total: number; seatShare: number; voteShare: number | undefined; threshold: number },
  ) => string;
  overviewDescription: (parties: string, threshold: string) => string;
  mapDescription: (f: F, ridings: number, parties: string) => string;
  /** The builder's page: what a link to a made chart is, since the card cannot know the chart (a static host). */
  makeTitle: string;
  makeDescription: string;
}

const sieges = (f: F, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'siège' : 'sièges'}`;

export const SHARE_TEXT: Record<Lang, ShareText> = {
  en: {
    partyDescription: (f, p) => {
      const vote = p.voteShare === undefined ? '' : `${p.seats === 0 ? ',' : ''} with ${f.percent(p.voteShare)} of the vote`;
      const won = p.seats === 0 ? 'won no seat' : `won ${f.count(p.seats)} of ${f.count(p.total)} seats (${f.percent(p.seatShare)})`;
      return `The ${p.party} ${won}${vote}. ${f.count(p.threshold)} seats are needed for a majority.`;
    },
    overviewDescription: (parties, threshold) => `${parties}. ${threshold}.`,
    mapDescription: (f, ridings, parties) => `All ${f.count(ridings)} ridings on the map, each in its winner’s colour: ${parties}.`,
    makeTitle: 'A parliament chart made with Hemicycle',
    makeDescription:
      'A chart of seats by party, made from figures its author typed in Hemicycle’s builder: not an official result. Open the link to see it, embed it or make your own.',
  },
  fr: {
    partyDescription: (f, p) => {
      const vote = p.voteShare === undefined ? '' : `${p.seats === 0 ? ',' : ''} avec ${f.percent(p.voteShare)} des voix`;
      const won =
        p.seats === 0 ? 'n’a remporté aucun siège' : `a remporté ${f.count(p.seats)} des ${sieges(f, p.total)} (${f.percent(p.seatShare)})`;
      return `Le ${p.party} ${won}${vote}. Il faut ${sieges(f, p.threshold)} pour la majorité.`;
    },
    overviewDescription: (parties, threshold) => `${parties}. ${threshold}.`,
    mapDescription: (f, ridings, parties) =>
      `Les ${f.count(ridings)}${NBSP}circonscriptions sur la carte, chacune de la couleur de son vainqueur${NBSP}: ${parties}.`,
    makeTitle: 'Un graphique parlementaire fait avec Hémicycle',
    makeDescription: `Un graphique des sièges par parti, fait à partir de chiffres tapés par son auteur dans l’éditeur d’Hémicycle${NBSP}: pas un résultat officiel. Ouvrez le lien pour le voir, l’intégrer ou faire le vôtre.`,
  },
};
