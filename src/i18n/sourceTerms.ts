/**
 * French forms of the publishers and licences that the data names in English
 * ("Elections Canada", "Open Government Licence – Canada"). Known phrases only,
 * matched exactly: a repository's name or a source's title stays as published.
 */
import { NBSP } from './format.ts';

const FRENCH: readonly (readonly [english: string, french: string])[] = [
  ['Open Government Licence – Canada', 'Licence du gouvernement ouvert – Canada'],
  ['Elections Canada', 'Élections Canada'],
  ['(data)', '(données)'],
  ['(repository)', '(dépôt)'],
  // French typography: a no-break space before a semicolon.
  ['; ', `${NBSP}; `],
];

export function sourceTermsInFrench(text: string): string {
  return FRENCH.reduce((out, [english, french]) => out.replaceAll(english, french), text);
}
