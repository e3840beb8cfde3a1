/**
 * Texte de l'interface en français. Typé par le catalogue anglais : une clé
 * manquante ou un paramètre différent fait échouer la vérification de types.
 * Typographie : espace insécable (U+00A0) avant « : » et à l'intérieur des guillemets.
 */
import { DATA_PROBLEMS_FR, dataGotFr } from './dataProblemsFr.ts';
import type { Messages } from './en.ts';
import { NBSP, type Formatters } from './format.ts';
import { sourceTermsInFrench } from './sourceTerms.ts';

type F = Formatters;
const sieges = (f: F, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'siège' : 'sièges'}`;
const voix = (f: F, n: number) => `${f.count(n)}${NBSP}voix`;

export const fr: Messages = {
  appName: 'Hémicycle',
  loading: 'Chargement des résultats…',
  retry: 'Réessayer',
  seats: sieges,
  majorityLabel: (f, n) => `${sieges(f, n)} pour la majorité`,
  majorityShort: 'pour la majorité',
  majorityNational: 'majorité nationale',
  coalitionBlock: (f, p) =>
    p.short > 0 ? `${sieges(f, p.seats)}${NBSP}: il en manque ${f.count(p.short)}` : `${sieges(f, p.seats)}${NBSP}: majorité`,
  summaryMinority: (f, p) =>
    `Le ${p.party} a remporté ${sieges(f, p.seats)}, ${f.count(p.short)}${NBSP}de moins que la majorité${NBSP}: un gouvernement minoritaire.`,
  summaryMajority: (f, p) =>
    `Le ${p.party} a remporté ${sieges(f, p.seats)}, une majorité${p.surplus > 0 ? ` avec ${f.count(p.surplus)}${NBSP}de plus que nécessaire` : ''}.`,
  summaryPrevious: (previous, sentence) => `${previous}${NBSP}: ${sentence}`,
  partySummary: (f, p) =>
    `${p.seats === 0 ? 'Aucun siège' : `${f.count(p.seats)} des ${sieges(f, p.total)}`}${
      p.change === undefined || p.previous === undefined
        ? ''
        : p.change === 0
          ? `, autant qu’en ${p.previous}`
          : `, ${f.count(Math.abs(p.change))} de ${p.change > 0 ? 'plus' : 'moins'} qu’en ${p.previous}`
    }, et ${f.percent(p.voteShare)} des voix.`,
  summaryTie: (f, p) => `${p.parties} sont à égalité avec ${sieges(f, p.seats)} chacun${NBSP}; aucun parti n’a la majorité.`,
  seatChartTitle: 'Sièges remportés, par parti',
  seatChartDescription: (f, p) => `${p.parties}. Il faut ${sieges(f, p.threshold)} pour la majorité.`,
  partySeatsShort: (f, p) => `${p.party} ${f.count(p.seats)}`,
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
  noSeats: 'aucun siège',
  seatDetail: {
    margin: (f, votes) => `Écart${NBSP}: ${voix(f, votes)}`,
    unopposed: 'Élu sans opposition',
    stage: {
      preliminary: 'Résultat préliminaire',
      validated: 'Résultat validé',
      'judicially-certified': 'Résultat certifié après un dépouillement judiciaire',
    },
    marginFull: (f, p) => `Écart${NBSP}: ${voix(f, p.votes)} (${f.points(p.share)}${NBSP}pt)`,
    previous: (p) => `${p.election}${NBSP}: ${p.party}`,
    // Party names take different articles (du Bloc, du NPD, des Verts): name the party without one.
    gain: (party) => `Gain (auparavant${NBSP}: ${party})`,
    hold: 'Conservé',
    candidates: 'Candidats',
    more: (f, n) => `et ${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'autre' : 'autres'}`,
    open: 'Ouvrir la circonscription',
    close: 'Fermer',
    seatLabel: (f, p) => `${p.riding}${NBSP}: ${p.party}, par ${voix(f, p.margin)}`,
    previousSeatLabel: (p) => `${p.riding}${NBSP}: ${p.party} en ${p.election}`,
  },
  updated: (f, iso) => `Données au ${f.dateTime(iso)}`,
  sourcesTitle: 'Sources et licences',
  // The title stays as published, in English: French words around it say what it is.
  sourceCitation: (p) => ({
    before: `«${NBSP}`,
    after: `${NBSP}» (titre original), ${sourceTermsInFrench(p.publisher)}, licence${NBSP}: ${sourceTermsInFrench(p.licence)}.`,
  }),
  unknownParty: (id) => `Il n’y a pas de parti «${NBSP}${id}${NBSP}» dans cette élection.`,
  unknownPage: 'Cette page n’existe pas.',
  urlNotice: {
    partnerUnknown: (id) => `Il n’y a pas de parti «${NBSP}${id}${NBSP}» dans cette élection${NBSP}: la coalition le laisse de côté.`,
    partnerSeatless: (party) => `Le parti «${NBSP}${party}${NBSP}» n’a remporté aucun siège${NBSP}: la coalition le laisse de côté.`,
    noPrevious: `Cette élection n’a pas de résultat précédent à montrer sur ses sièges${NBSP}: les sièges montrés sont ceux de cette élection.`,
    param: (setting) => `Le réglage «${NBSP}${setting}${NBSP}» du lien n’existe pas sur cette page${NBSP}: il est ignoré.`,
    notParty: (setting) => `«${NBSP}${setting}${NBSP}» dans le lien ne désigne aucun parti${NBSP}: il est ignoré.`,
    choices: (choices) => `Réglages possibles${NBSP}: ${choices}.`,
    withoutIt: 'La même page sans ce réglage',
  },
  embedCredit: (election) => `Hémicycle · ${election}${NBSP}: résultats${NBSP}complets${NBSP}↗`,
  embedSource: (publishers, date, asOf) =>
    asOf
      ? `Source${NBSP}: ${sourceTermsInFrench(publishers)} · résultats au ${asOf}`
      : `Source${NBSP}: ${sourceTermsInFrench(publishers)} · ${date}`,
  settings: {
    label: 'Réglages d’affichage',
    language: 'Langue',
    otherLanguage: 'English',
    theme: 'Thème',
    themes: { auto: 'Auto', light: 'Clair', dark: 'Sombre' },
  },
  riding: {
    pageTitle: (f, p) => `${p.riding}${NBSP}: ${p.party} par ${voix(f, p.margin)} · ${p.election}`,
    colCandidate: 'Candidat',
    unknown: (id) => `Il n’y a pas de circonscription «${NBSP}${id}${NBSP}» dans cette élection.`,
    search: 'Trouver une circonscription',
    searchHint: 'Tapez un nom, ex. Lévis',
    noMatch: (query) => `Aucune circonscription ne correspond à «${NBSP}${query}${NBSP}».`,
    results: (f, n) => `${f.count(n)}${NBSP}${n > 1 ? 'circonscriptions trouvées' : 'circonscription trouvée'}`,
  },
  closeRaces: {
    title: 'Courses les plus serrées',
    winner: 'Gagnant',
    over: (party) => `devant ${party}`,
    recount: 'Dépouillement judiciaire',
  },
  scoreboard: {
    title: 'Sièges remportés, par parti',
    tileLabel: (f, p) =>
      [
        `${p.party}${NBSP}: ${sieges(f, p.seats)}`,
        p.change === undefined || !p.previous
          ? ''
          : p.change === 0
            ? `autant qu’en ${p.previous}`
            : `${f.count(Math.abs(p.change))} de ${p.change > 0 ? 'plus' : 'moins'} qu’en ${p.previous}`,
        p.voteShare === undefined ? '' : `${f.percent(p.voteShare)} des voix`,
      ]
        .filter(Boolean)
        .join(', '),
    key: (previous) => (previous ? `Sièges · écart depuis ${previous} · part des voix` : 'Sièges · part des voix'),
    race: (f, p) =>
      p.short > 0
        ? `${p.parties}${NBSP}: ${f.count(p.seats)} des ${sieges(f, p.threshold)} nécessaires à une majorité`
        : `${p.parties}${NBSP}: ${sieges(f, p.seats)}, une majorité (${f.count(p.threshold)}${NBSP}nécessaires)`,
    national: 'Chambre des communes',
  },
  seatTable: {
    show: 'Afficher les sièges sous forme de tableau',
    hide: 'Masquer le tableau des sièges',
    caption: (f, n) => `Tous les sièges${NBSP}: ${f.count(n)}${NBSP}circonscriptions, par parti`,
  },
  explore: {
    allRegions: 'Toutes les provinces et territoires',
    legendRegion: (region) => `Sièges${NBSP}: ${region}`,
    shown: 'Sièges affichés',
    current: 'Résultat',
    changes: (previous) => `Changements depuis ${previous}`,
    previous: (previous) => `Résultat en ${previous}`,
    panelsCurrent: (year) => `Les tableaux ci-dessous donnent le résultat de ${year}.`,
    order: 'Ordre des sièges',
    orders: { result: 'Vainqueur à gauche, deuxième à droite', spectrum: 'Ordre politique, de gauche à droite' },
    flipNote: (previous) => `Un point marque une circonscription qui a changé de mains depuis ${previous}.`,
    transposedNote: (p) =>
      `${p.previous}${NBSP}: les votes de ${p.year} regroupés selon les nouvelles circonscriptions de ${p.current} (chiffres d’Élections${NBSP}Canada).`,
    regionTitle: (f, p) => `${p.region}${NBSP}: ${sieges(f, p.seats)}`,
    regionCaption: (region) => `Sièges et part des voix, ${region}`,
    unknownRegion: (id) => `Il n’y a pas de province ni de territoire «${NBSP}${id}${NBSP}» dans cette élection.`,
  },
  changes: {
    title: (previous) => `Gains et pertes depuis ${previous}`,
    summary: (f, p) =>
      f.plural(p.flipped) === 'one'
        ? `${f.count(p.flipped)}${NBSP}circonscription sur ${f.count(p.total)} a changé de mains.`
        : `${f.count(p.flipped)}${NBSP}circonscriptions sur ${f.count(p.total)} ont changé de mains.`,
    net: 'Solde',
    flows: 'Gagnées et perdues',
    won: (f, n, from) => `${f.count(n)}${NBSP}${n > 1 ? 'gagnées' : 'gagnée'}${NBSP}: ${from}`,
    lost: (f, n, to) => `${f.count(n)}${NBSP}${n > 1 ? 'perdues' : 'perdue'}${NBSP}: ${to}`,
    flow: (p) => `${p.party}${NBSP}${p.seats}`,
  },
  coalition: {
    title: 'Coalitions',
    pick: (f, threshold) => `Choisissez des partis${NBSP}: ensemble, atteignent-ils ${f.count(threshold)}${NBSP}sièges${NBSP}?`,
    none: 'Aucun parti choisi.',
    total: (f, p) => `${p.parties}${NBSP}: ${sieges(f, p.seats)}.`,
    clear: 'Effacer',
    minimalTitle: 'Toutes les coalitions majoritaires minimales',
    minimalHint: `Chaque parti y est nécessaire${NBSP}: sans l’un d’eux, elle n’atteint pas la majorité.`,
  },
  live: {
    every: (f, seconds) => `En direct${NBSP}: actualisé toutes les ${f.count(seconds)}${NBSP}s`,
    clamped: (f, p) =>
      p.asked < p.min
        ? `(pas toutes les ${f.count(p.asked)}${NBSP}s${NBSP}: ${f.count(p.min)}${NBSP}s est l’intervalle le plus court)`
        : `(pas toutes les ${f.count(p.asked)}${NBSP}s${NBSP}: ${f.count(p.max)}${NBSP}s est l’intervalle le plus long)`,
    updated: (time) => `dernière mise à jour ${time}`,
    failed: (reason) => `La dernière actualisation a échoué (${reason})${NBSP}; le dernier résultat valide reste affiché.`,
  },
  backToOverview: 'Retour au résultat complet',
  pageTitle: (election) => `${election} · Hémicycle`,
  partyPageTitle: (f, p) => `${p.party}${NBSP}: ${sieges(f, p.seats)} · ${p.election}`,
  party: {
    seats: 'Sièges',
    seatsOf: (f, p) => `sur ${f.count(p.total)} (${f.percent(p.share)})`,
    vote: 'Vote populaire',
    votes: (f, n) => voix(f, n),
    change: (previous) => `Variation depuis ${previous}`,
    changeDetail: (f, p) => `${f.count(p.before)}${NBSP}→${NBSP}${sieges(f, p.after)}`,
    majority: 'Majorité',
    short: (f, p) => `${f.count(p.short)}${NBSP}de moins que${NBSP}${f.count(p.threshold)}`,
    reached: (f, p) => `Atteinte${NBSP}: ${f.count(p.threshold)}${NBSP}nécessaires, ${f.count(p.surplus)}${NBSP}de plus`,
    coalitions: 'Coalitions majoritaires qui comprennent ce parti',
    noCoalition: 'Aucune combinaison de partis qui le comprend n’a besoin de lui pour la majorité.',
    regionsTitle: (party) => `Sièges par province et territoire${NBSP}: ${party}`,
    regionSeats: (f, p) => `${f.count(p.seats)} sur ${f.count(p.total)}`,
    ridingsTitle: (f, p) => `Circonscriptions remportées (${f.count(p.count)}), les plus serrées d’abord`,
    noRidings: (party) => `Le ${party} n’a remporté aucune circonscription.`,
    noSeat: (f, voteShare) => `Aucun siège, avec ${f.percent(voteShare)} des voix.`,
    bestTitle: (party) => `Là où le ${party} a fait le mieux`,
    colPlace: 'Rang',
    place: (f, n) => (n === 1 ? '1er' : `${f.count(n)}e`),
    colRiding: 'Circonscription',
    colMargin: 'Écart',
    colRunnerUp: 'Deuxième',
    marginPoints: (f, share) => `${f.points(share)}${NBSP}pt`,
    showAll: (f, n) => `Afficher les ${f.count(n)}`,
    showFewer: 'Afficher moins',
    back: 'Tous les partis',
  },
  errorTitle: 'Les résultats n’ont pas pu être affichés',
  errorDataIntro: (f, n) => `Le fichier de données contient ${f.count(n)}${NBSP}${n > 1 ? 'problèmes' : 'problème'}${NBSP}:`,
  errorMore: (f, n) => `…et ${f.count(n)} de plus.`,
  dataProblems: DATA_PROBLEMS_FR,
  dataGot: dataGotFr,
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
