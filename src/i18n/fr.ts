/**
 * Texte de l'interface en français. Typé par le catalogue anglais : une clé
 * manquante ou un paramètre différent fait échouer la vérification de types.
 * Typographie : espace insécable (U+00A0) avant « : » et à l'intérieur des guillemets.
 */
import type { Messages } from './en.ts';
import { NBSP } from './format.ts';
import { sieges, voix } from './frWords.ts';

export const fr: Messages = {
  appName: 'Hémicycle',
  loading: 'Chargement des résultats…',
  retry: 'Réessayer',
  seats: sieges,
  majorityLabel: (f, n) => `${sieges(f, n)} pour la majorité`,
  majorityShort: 'pour la majorité',
  majorityNational: 'majorité nationale',
  coalitionBlock: (f, p) =>
    p.short > 0
      ? `${sieges(f, p.seats)}${NBSP}: il en manque ${f.count(p.short)}`
      : p.standing === 'majority'
        ? `${sieges(f, p.seats)}${NBSP}: majorité`
        : `${sieges(f, p.seats)}${NBSP}: majorité si les avances se maintiennent`,
  summaryMinority: (f, p) =>
    p.bare
      ? `${p.party} a remporté ${sieges(f, p.seats)}, ${f.count(p.short)}${NBSP}de moins que la majorité.`
      : `Le ${p.party} a remporté ${sieges(f, p.seats)}, ${f.count(p.short)}${NBSP}de moins que la majorité${NBSP}: un gouvernement minoritaire.`,
  summaryMajority: (f, p) =>
    p.bare
      ? `${p.party} a remporté ${sieges(f, p.seats)}, la majorité${p.surplus > 0 ? `${NBSP}; ${f.count(p.surplus)} de plus que nécessaire` : ''}.`
      : `Le ${p.party} a remporté ${sieges(f, p.seats)}, une majorité${p.surplus > 0 ? ` avec ${f.count(p.surplus)}${NBSP}de plus que nécessaire` : ''}.`,
  summaryCounting: (f, p) =>
    p.seats === 0
      ? `Aucun résultat pour l’instant${NBSP}: ${f.count(p.total)}${NBSP}circonscriptions à venir.`
      : `Le ${p.party} est en tête dans ${f.count(p.seats)} circonscriptions sur ${f.count(p.total)} (${f.count(p.elected)} ${p.elected > 1 ? 'élus' : 'élu'})${
          p.standing === 'ifLeadsHold'
            ? `, une majorité si les avances se maintiennent`
            : p.standing === 'outOfReach'
              ? `, et ne peut plus obtenir la majorité`
              : ''
        }${
          p.toReport > 0
            ? `${NBSP}; ${f.count(p.toReport)} n’ont pas encore de résultat`
            : p.stillCounting > 0
              ? `${NBSP}; le dépouillement se poursuit dans ${f.count(p.stillCounting)}`
              : ''
        }.`,
  summaryClinched: (f, p) =>
    `Le ${p.party} a obtenu la majorité${NBSP}: ${sieges(f, p.seats)} attribués, ${f.count(p.threshold)}${NBSP}nécessaires.`,
  summaryPrevious: (previous, sentence) => `${previous}${NBSP}: ${sentence}`,
  partySummary: (f, p) => {
    const there = p.counting ? ' dans ces circonscriptions' : '';
    const change =
      p.change === undefined || p.previous === undefined
        ? ''
        : p.change === 0
          ? p.seats === 0
            ? `, comme en ${p.previous}${there}`
            : `, autant qu’en ${p.previous}${there}`
          : `, ${f.count(Math.abs(p.change))} de ${p.change > 0 ? 'plus' : 'moins'} qu’en ${p.previous}${there}`;
    const elected = p.counting ? p.seats - p.counting.leading : 0;
    const seats = p.counting
      ? p.seats === 0
        ? 'Aucun siège pour l’instant'
        : `En tête dans ${f.count(p.seats)} des ${f.count(p.total)}${NBSP}circonscriptions (${f.count(elected)} ${elected > 1 ? 'élus' : 'élu'})`
      : p.seats === 0
        ? 'Aucun siège'
        : `${f.count(p.seats)} des ${sieges(f, p.total)}`;
    if (p.voteShare === undefined) return `${seats}${change}.`;
    return `${seats}${change}, et ${f.percent(p.voteShare)} des voix${p.counting ? ' dépouillées' : ''}.`;
  },
  summaryTie: (f, p) => `${p.parties} sont à égalité avec ${sieges(f, p.seats)} chacun${NBSP}; aucun parti n’a la majorité.`,
  seatChartTitle: 'Sièges remportés, par parti',
  seatChartTitleCounting: 'Sièges remportés et en tête, par parti',
  seatChartDescription: (f, p) => `${p.parties}. Il faut ${sieges(f, p.threshold)} pour la majorité.`,
  partySeatsShort: (f, p) => `${p.party} ${f.count(p.seats)}`,
  noResult: 'Aucun résultat',
  vacant: 'Vacants',
  vacantSeat: `Siège vacant${NBSP}: aucun député`,
  noSeats: 'aucun siège',
  seatDetail: {
    // Party names take different articles (du Bloc, du NPD, des Verts): name the party without one.
    gain: (party) => `Gain (auparavant${NBSP}: ${party})`,
    seatLabel: (f, p) => `${p.riding}${NBSP}: ${p.party}, par ${voix(f, p.margin)}`,
    previousSeatLabel: (p) => `${p.riding}${NBSP}: ${p.party} en ${p.election}`,
    leadingLabel: (f, p) =>
      p.margin === 0
        ? `${p.riding}${NBSP}: ${p.party} à égalité en tête`
        : `${p.riding}${NBSP}: ${p.party} en tête par ${voix(f, p.margin)}`,
    noResultLabel: (riding) => `${riding}${NBSP}: aucun résultat`,
  },
  settings: {
    label: 'Réglages d’affichage',
    otherLanguage: 'English',
    theme: 'Thème',
    themes: { auto: 'Auto', light: 'Clair', dark: 'Sombre' },
  },
  riding: {
    pageTitle: (f, p) => `${p.riding}${NBSP}: ${p.party} par ${voix(f, p.margin)} · ${p.election}`,
    pageTitleNoResult: (p) => `${p.riding}${NBSP}: aucun résultat · ${p.election}`,
    search: 'Trouver une circonscription ou un candidat',
    searchHint: 'ex. Lévis, Poilievre',
  },
  scoreboard: {
    tileLabel: (f, p) =>
      [
        `${p.party}${NBSP}: ${sieges(f, p.seats)}`,
        p.leading > 0 ? `dont ${f.count(p.leading)} en tête` : '',
        p.change === undefined || !p.previous
          ? ''
          : p.change === 0
            ? `autant qu’en ${p.previous}`
            : `${f.count(Math.abs(p.change))} de ${p.change > 0 ? 'plus' : 'moins'} qu’en ${p.previous}`,
        p.voteShare === undefined ? '' : `${f.percent(p.voteShare)} des voix`,
      ]
        .filter(Boolean)
        .join(', '),
    key: (previous, counting) =>
      `${counting ? 'Sièges remportés ou en tête' : 'Sièges'}${previous ? ` · écart depuis ${previous}` : ''} · part des voix`,
    race: (f, p) =>
      p.standing === 'majority'
        ? p.counting
          ? `${p.parties}${NBSP}: ${f.count(p.elected)}${NBSP}élus, une majorité (${f.count(p.threshold)}${NBSP}nécessaires)`
          : `${p.parties}${NBSP}: ${sieges(f, p.seats)}, une majorité (${f.count(p.threshold)}${NBSP}nécessaires)`
        : p.standing === 'ifLeadsHold'
          ? `${p.parties}${NBSP}: ${f.count(p.seats)} remportés ou en tête (${f.count(p.elected)}${NBSP}${p.elected > 1 ? 'élus' : 'élu'}), une majorité si les avances se maintiennent (${f.count(p.threshold)}${NBSP}nécessaires)`
          : p.counting && p.standing === 'outOfReach'
            ? `${p.parties}${NBSP}: ${f.count(p.seats)} remportés ou en tête${NBSP}; la majorité (${sieges(f, p.threshold)}) est hors d’atteinte`
            : `${p.parties}${NBSP}: ${f.count(p.seats)}${p.counting ? ' remportés ou en tête,' : ''} des ${sieges(f, p.threshold)} nécessaires à une majorité`,
    national: 'Chambre des communes',
    leading: (f, n) => `${f.count(n)} en tête`,
    toReport: (f, n) => `${f.count(n)}${NBSP}${n > 1 ? 'circonscriptions' : 'circonscription'} sans résultat`,
    stillCounting: (f, n) => `dépouillement en cours dans ${f.count(n)}`,
  },
  explore: {
    legendRegion: (region) => `Sièges${NBSP}: ${region}`,
    regionTitle: (f, p) => `${p.region}${NBSP}: ${sieges(f, p.seats)}`,
  },
  backToOverview: 'Retour au résultat complet',
  mapPageTitle: (election) => `Les circonscriptions sur la carte · ${election}`,
  pageTitle: (election) => `${election} · Hémicycle`,
  partySeats: (f, p) => (p.counting ? `${f.count(p.seats)}${NBSP}remportés ou en tête` : sieges(f, p.seats)),
  partyPageTitle: (f, p) => `${p.party}${NBSP}: ${fr.partySeats(f, p)} · ${p.election}`,
  allParties: 'Tous les partis',
  errorTitle: 'Les résultats n’ont pas pu être affichés',
  errorOffline: `La page n’a pas pu joindre le site. Vérifiez votre connexion.`,
};
