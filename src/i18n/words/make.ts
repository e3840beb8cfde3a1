/**
 * The builder's words (`/make`) and what is said of a link's chart that cannot be drawn, in each language: they
 * come with the builder's chunk, and with the message of a broken chart link, not with every page.
 */
import type { ChartProblem } from '../../data/madeElection.ts';
import type { TableProblem } from '../../features/make/readTable.ts';
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  pageTitle: 'Make a parliament chart',
  lede: 'Type or paste the parties and their seats. The chart lives in its link: nothing is kept anywhere else, and anyone with the link can open, embed or change it.',
  parties: 'Parties',
  skipToEditor: 'Skip to the editor',
  columns: { name: 'Name', shortName: 'Short', seats: 'Seats', color: 'Colour', actions: 'Order' },
  partyRow: (n: number) => `Party ${n}`,
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  remove: (name: string) => `Remove ${name}`,
  addParty: 'Add a party',
  removed: (name: string) => `${name} removed.`,
  undoRemove: 'Undo',
  moved: (name: string, place: number, of: number) => `${name} moved to place ${place} of ${of}.`,
  paste: 'Paste a table',
  pasteHint: 'From a spreadsheet or a web page: a name and a seats column, with or without a header; tabs, commas or semicolons.',
  pasteRead: 'Use this table',
  pasteReplaces: 'It replaces the parties below (Undo brings them back).',
  pasteUndo: 'Undo the paste',
  pasteResult: (f: F, parties: number, problems: number) =>
    `${f.count(parties)} ${parties === 1 ? 'party' : 'parties'} read${problems ? `; ${f.count(problems)} ${problems === 1 ? 'line' : 'lines'} could not be read` : ''}.`,
  house: 'The House',
  totalSeats: 'Seats in the House',
  totalHint: (f: F, seated: number) => `Blank: the parties’ seats (${f.count(seated)}). More: the others are vacant.`,
  majority: 'Seats for a majority',
  majorityHint: (f: F, needed: number | undefined) =>
    `Blank: more than half${needed === undefined ? '' : ` (${f.count(needed)})`}. Or a number, or a share such as 2/3 or 60%.`,
  shape: 'Shape',
  layout: 'Layout',
  layouts: { arc: 'Arc', benches: 'Benches (Westminster)' },
  arc: 'Arc, in degrees',
  rows: 'Rows',
  rowsHint: (f: F, [lo, hi]: [number, number]) => `From ${f.count(lo)} to ${f.count(hi)} for this House; blank: as many as its seats need.`,
  rowsHintNone: 'Blank: as many as the seats need.',
  order: 'Seat order',
  orders: { result: 'Largest party left, runner-up right', spectrum: 'As listed, left to right' },
  texts: 'Words',
  title: 'Title',
  notes: 'Notes',
  source: 'Source',
  date: 'Date',
  credit: 'Credit',
  preview: 'Preview',
  previewStale: 'The chart shows the table as it was before the problems below: fix them to see it as typed.',
  previewEmpty: 'The chart appears here once a party has a seat.',
  previewBlocked: (f: F, n: number) =>
    `The chart appears here once the ${n === 1 ? 'problem' : `${f.count(n)} problems`} in the table ${n === 1 ? 'is' : 'are'} fixed.`,
  problemsCount: (f: F, n: number) => `${f.count(n)} ${n === 1 ? 'problem' : 'problems'} to fix before the chart can be shared.`,
  share: 'Share',
  copied: 'Copied.',
  downloadData: 'Download data (JSON)',
  linkTooLong: (f: F, length: number) =>
    `This chart is too large for a link (${f.count(length)} characters; browsers and chat apps cut links past 8,000). Download its data instead and host the file: ?election= opens it.`,
  colourRepeated: 'The same colour as a party above: readers cannot tell them apart.',
  colourLowContrast: (themes: string) => `Under 3:1 on the ${themes} background: the chart draws a stronger shade there.`,
  themes: { light: 'light', dark: 'dark' },
  and: ' and ',
  linkProblem: {
    unreadable:
      'This link’s chart cannot be read: the link was probably cut short when it was copied, or changed by hand. Ask whoever shared it for the whole link.',
    version: 'This link’s chart was made with a newer version of Hemicycle than this site runs: it cannot be drawn here.',
    mistakes: (f: F, n: number) => `This link’s chart has ${f.count(n)} ${n === 1 ? 'mistake' : 'mistakes'}, so it is not drawn:`,
    fix: 'Open it in the builder to fix it',
  },
  problem: (f: F, p: ChartProblem): string => {
    const v = p.values ?? {};
    switch (p.key) {
      case 'noParties':
        return 'Add at least one party.';
      case 'tooManyParties':
        return `A chart can have at most ${f.count(v.max!)} parties.`;
      case 'noSeats':
        return 'No party has a seat: give at least one party its seats.';
      case 'totalInvalid':
        return 'The House’s seats must be a whole number above 0.';
      case 'tooManySeats':
        return `A chart can have at most ${f.count(v.max!)} seats.`;
      case 'seatsOverTotal':
        return `The parties have ${f.count(v.seated!)} seats, more than the House’s ${f.count(v.total!)}.`;
      case 'majorityInvalid':
        return 'Give the seats for a majority as a number, a share (2/3, 60%), or leave it blank for more than half.';
      case 'majorityOverTotal':
        return `A majority cannot need more seats than the House has (${f.count(v.total!)}).`;
      case 'majorityUnderHalf':
        return `A majority must be more than half the House’s ${f.count(v.total!)} seats, or two sides could each have one.`;
      case 'dateInvalid':
        return 'The date must be a day that exists, as YYYY-MM-DD.';
      case 'tooLong':
        return `At most ${f.count(v.max!)} characters.`;
      case 'nameMissing':
        return 'Give the party a name.';
      case 'nameRepeated':
        return `Party ${f.count(v.first!)} has the same name: each party needs its own.`;
      case 'seatsMissing':
        return 'Give the party’s seats (0 for none).';
      case 'seatsNotNumber':
        return 'Seats must be a whole number, such as 12.';
      case 'seatsNotWhole':
        return 'Seats must be a whole number, without a fraction.';
      case 'seatsNegative':
        return 'Seats cannot be below 0.';
      case 'colourInvalid':
        return 'A colour is written #rrggbb, such as #d71920.';
    }
  },
  tableProblem: (f: F, p: TableProblem): string => {
    switch (p.key) {
      case 'empty':
        return 'The table is empty.';
      case 'noSeatsColumn':
        return 'No column of seats was found: a column of whole numbers, or one headed “Seats”.';
      case 'seatsMissing':
        return `Line ${f.count(p.line)}: no seats.`;
      case 'seatsNotWhole':
        return `Line ${f.count(p.line)}: the seats are not a whole number.`;
      case 'seatsNegative':
        return `Line ${f.count(p.line)}: the seats are below 0.`;
      case 'nameMissing':
        return `Line ${f.count(p.line)}: no name.`;
      case 'colourInvalid':
        return `Line ${f.count(p.line)}: the colour is not #rrggbb; the palette gives one.`;
      case 'numberInvalid':
        return `Line ${f.count(p.line)}: the ${{ seats: 'seats are', votes: 'votes are', voteShare: 'share of the vote is' }[p.column as string] ?? 'figure is'} not a number.`;
      case 'nameRepeated':
        return `Line ${f.count(p.line)}: the same name as line ${f.count(p.first)}.`;
    }
  },
};

const fr: typeof en = {
  pageTitle: 'Faire un graphique parlementaire',
  lede: `Tapez ou collez les partis et leurs sièges. Le graphique vit dans son lien${NBSP}: rien n’est gardé ailleurs, et quiconque a le lien peut l’ouvrir, l’intégrer ou le modifier.`,
  parties: 'Partis',
  skipToEditor: 'Aller à l’éditeur',
  columns: { name: 'Nom', shortName: 'Sigle', seats: 'Sièges', color: 'Couleur', actions: 'Ordre' },
  partyRow: (n) => `Parti ${n}`,
  moveUp: (name) => `Monter ${name}`,
  moveDown: (name) => `Descendre ${name}`,
  remove: (name) => `Retirer ${name}`,
  addParty: 'Ajouter un parti',
  removed: (name) => `${name} retiré.`,
  undoRemove: 'Annuler',
  moved: (name, place, of) => `${name} déplacé au rang ${place} sur ${of}.`,
  paste: 'Coller un tableau',
  pasteHint: `D’un tableur ou d’une page web${NBSP}: une colonne de noms et une de sièges, avec ou sans en-tête${NBSP}; tabulations, virgules ou points-virgules.`,
  pasteRead: 'Utiliser ce tableau',
  pasteReplaces: 'Il remplace les partis ci-dessous (Annuler les rétablit).',
  pasteUndo: 'Annuler le collage',
  pasteResult: (f, parties, problems) =>
    `${f.count(parties)}${NBSP}${parties === 1 ? 'parti lu' : 'partis lus'}${problems ? `${NBSP}; ${f.count(problems)}${NBSP}${problems === 1 ? 'ligne n’a' : 'lignes n’ont'} pas pu être lue${problems === 1 ? '' : 's'}` : ''}.`,
  house: 'La Chambre',
  totalSeats: 'Sièges de la Chambre',
  totalHint: (f, seated) => `Vide${NBSP}: les sièges des partis (${f.count(seated)}). Plus${NBSP}: les autres sont vacants.`,
  majority: 'Sièges pour la majorité',
  majorityHint: (f, needed) =>
    `Vide${NBSP}: plus de la moitié${needed === undefined ? '' : ` (${f.count(needed)})`}. Ou un nombre, ou une part comme 2/3 ou 60${NBSP}%.`,
  shape: 'Forme',
  layout: 'Disposition',
  layouts: { arc: 'Arc', benches: 'Banquettes (Westminster)' },
  arc: 'Arc, en degrés',
  rows: 'Rangées',
  rowsHint: (f, [lo, hi]) =>
    `De ${f.count(lo)} à ${f.count(hi)} pour cette Chambre${NBSP}; vide${NBSP}: autant que ses sièges en demandent.`,
  rowsHintNone: `Vide${NBSP}: autant que les sièges en demandent.`,
  order: 'Ordre des sièges',
  orders: { result: 'Plus grand parti à gauche, deuxième à droite', spectrum: 'Dans l’ordre de la liste, de gauche à droite' },
  texts: 'Textes',
  title: 'Titre',
  notes: 'Notes',
  source: 'Source',
  date: 'Date',
  credit: 'Crédit',
  preview: 'Aperçu',
  previewStale: `Le graphique montre le tableau tel qu’il était avant les problèmes ci-dessous${NBSP}: corrigez-les pour le voir tel que tapé.`,
  previewEmpty: 'Le graphique apparaît ici dès qu’un parti a un siège.',
  previewBlocked: (f, n) =>
    n === 1
      ? 'Le graphique apparaît ici dès que le problème du tableau est corrigé.'
      : `Le graphique apparaît ici dès que les ${f.count(n)}${NBSP}problèmes du tableau sont corrigés.`,
  problemsCount: (f, n) => `${f.count(n)}${NBSP}problème${n === 1 ? '' : 's'} à corriger avant de pouvoir partager le graphique.`,
  share: 'Partager',
  copied: 'Copié.',
  downloadData: 'Télécharger les données (JSON)',
  linkTooLong: (f, length) =>
    `Ce graphique est trop grand pour un lien (${f.count(length)}${NBSP}caractères${NBSP}; navigateurs et messageries coupent les liens au-delà de 8${NBSP}000). Téléchargez plutôt ses données et hébergez le fichier${NBSP}: ?election= l’ouvre.`,
  colourRepeated: `La même couleur qu’un parti plus haut${NBSP}: le lecteur ne peut pas les distinguer.`,
  colourLowContrast: (themes) => `Moins de 3:1 sur le fond ${themes}${NBSP}: le graphique y dessine une nuance plus marquée.`,
  themes: { light: 'clair', dark: 'sombre' },
  and: ' et ',
  linkProblem: {
    unreadable: `Le graphique de ce lien ne peut pas être lu${NBSP}: le lien a sans doute été coupé en le copiant, ou modifié à la main. Demandez le lien entier à qui l’a partagé.`,
    version: `Le graphique de ce lien a été fait avec une version d’Hémicycle plus récente que celle de ce site${NBSP}: il ne peut pas être dessiné ici.`,
    mistakes: (f, n) => `Le graphique de ce lien a ${f.count(n)}${NBSP}erreur${n === 1 ? '' : 's'}, il n’est donc pas dessiné${NBSP}:`,
    fix: 'L’ouvrir dans l’éditeur pour le corriger',
  },
  problem: (f, p) => {
    const v = p.values ?? {};
    switch (p.key) {
      case 'noParties':
        return 'Ajoutez au moins un parti.';
      case 'tooManyParties':
        return `Un graphique peut avoir au plus ${f.count(v.max!)}${NBSP}partis.`;
      case 'noSeats':
        return `Aucun parti n’a de siège${NBSP}: donnez ses sièges à au moins un parti.`;
      case 'totalInvalid':
        return 'Les sièges de la Chambre doivent être un nombre entier supérieur à 0.';
      case 'tooManySeats':
        return `Un graphique peut avoir au plus ${f.count(v.max!)}${NBSP}sièges.`;
      case 'seatsOverTotal':
        return `Les partis ont ${f.count(v.seated!)}${NBSP}sièges, plus que les ${f.count(v.total!)} de la Chambre.`;
      case 'majorityInvalid':
        return 'Donnez les sièges de la majorité en nombre, en part (2/3, 60 %), ou laissez vide pour plus de la moitié.';
      case 'majorityOverTotal':
        return `La majorité ne peut pas demander plus de sièges que la Chambre n’en a (${f.count(v.total!)}).`;
      case 'majorityUnderHalf':
        return `La majorité doit dépasser la moitié des ${f.count(v.total!)}${NBSP}sièges de la Chambre, sinon deux camps pourraient l’avoir.`;
      case 'dateInvalid':
        return 'La date doit être un jour qui existe, au format AAAA-MM-JJ.';
      case 'tooLong':
        return `Au plus ${f.count(v.max!)}${NBSP}caractères.`;
      case 'nameMissing':
        return 'Donnez un nom au parti.';
      case 'nameRepeated':
        return `Le parti ${f.count(v.first!)} a le même nom${NBSP}: chaque parti doit avoir le sien.`;
      case 'seatsMissing':
        return 'Donnez les sièges du parti (0 s’il n’en a pas).';
      case 'seatsNotNumber':
        return 'Les sièges doivent être un nombre entier, comme 12.';
      case 'seatsNotWhole':
        return 'Les sièges doivent être un nombre entier, sans fraction.';
      case 'seatsNegative':
        return 'Les sièges ne peuvent pas être inférieurs à 0.';
      case 'colourInvalid':
        return 'Une couleur s’écrit #rrvvbb, comme #d71920.';
    }
  },
  tableProblem: (f, p) => {
    switch (p.key) {
      case 'empty':
        return 'Le tableau est vide.';
      case 'noSeatsColumn':
        return `Aucune colonne de sièges n’a été trouvée${NBSP}: une colonne de nombres entiers, ou titrée «${NBSP}Sièges${NBSP}».`;
      case 'seatsMissing':
        return `Ligne ${f.count(p.line)}${NBSP}: pas de sièges.`;
      case 'seatsNotWhole':
        return `Ligne ${f.count(p.line)}${NBSP}: les sièges ne sont pas un nombre entier.`;
      case 'seatsNegative':
        return `Ligne ${f.count(p.line)}${NBSP}: les sièges sont inférieurs à 0.`;
      case 'nameMissing':
        return `Ligne ${f.count(p.line)}${NBSP}: pas de nom.`;
      case 'colourInvalid':
        return `Ligne ${f.count(p.line)}${NBSP}: la couleur n’est pas #rrvvbb${NBSP}; la palette en donne une.`;
      case 'numberInvalid':
        return `Ligne ${f.count(p.line)}${NBSP}: ${{ seats: 'les sièges ne sont pas un nombre', votes: 'les voix ne sont pas un nombre', voteShare: 'la part des voix n’est pas un nombre' }[p.column as string] ?? 'le chiffre n’est pas un nombre'}.`;
      case 'nameRepeated':
        return `Ligne ${f.count(p.line)}${NBSP}: le même nom qu’à la ligne ${f.count(p.first)}.`;
    }
  },
};

export const MAKE_WORDS = { en, fr };
