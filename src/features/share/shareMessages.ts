/**
 * The share feature's words (ShareBar, DownloadOptions, EmbedCode), in each language: they live with the
 * feature rather than in the catalogues every page loads, since an embed never shows them.
 */
import { useI18n } from '../../i18n/I18nContext.tsx';
import { NBSP, type Lang } from '../../i18n/format.ts';

const en = {
  link: 'Share link',
  openInBuilder: 'Open in the builder',
  copied: 'Link copied',
  copyFailed: 'Copy failed: select the address bar to copy the link',
  downloadFailed: 'The file could not be made: try again',
  download: (format: string) => `Download ${format}`,
  downloadMenu: 'Download',
  size: 'Size',
  sizes: { page: 'As shown', square: 'Square, 1080 × 1080', wide: 'Wide, 1200 × 675' },
  transparent: 'Transparent background',
  embed: 'Embed',
  embedIntro: 'Paste this code into your page. The chart sizes itself to the width it has.',
  copyCode: 'Copy code',
  codeCopied: 'Code copied',
  embedTitle: (election: string) => `Seat chart: ${election}`,
};

export type ShareMessages = typeof en;

const fr: ShareMessages = {
  link: 'Partager le lien',
  openInBuilder: 'Ouvrir dans l’éditeur',
  copied: 'Lien copié',
  copyFailed: `Échec de la copie${NBSP}: sélectionnez la barre d'adresse pour copier le lien`,
  downloadFailed: `Le fichier n'a pas pu être créé${NBSP}: réessayez`,
  download: (format) => `Télécharger en ${format}`,
  downloadMenu: 'Télécharger',
  size: 'Format',
  sizes: { page: 'Comme affiché', square: `Carré, 1080${NBSP}×${NBSP}1080`, wide: `Large, 1200${NBSP}×${NBSP}675` },
  transparent: 'Fond transparent',
  embed: 'Intégrer',
  embedIntro: "Collez ce code dans votre page. Le graphique s'adapte à la largeur disponible.",
  copyCode: 'Copier le code',
  codeCopied: 'Code copié',
  embedTitle: (election) => `Graphique des sièges${NBSP}: ${election}`,
};

const SHARE_MESSAGES: Record<Lang, ShareMessages> = { en, fr };

/** The share feature's words in the page's language. */
export function useShareMessages(): ShareMessages {
  return SHARE_MESSAGES[useI18n().f.lang];
}
