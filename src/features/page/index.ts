/**
 * The door of features/page: what the rest of the app may use of it. Each is imported from its own module
 * (the path below), not from this file: a barrel would put every export here in the chunk of every page that
 * uses one of them, and the chunks are shaped by what each page needs first. ESLint (eslint.config.js) reads
 * this file and refuses any other import from outside the folder.
 */
export { PageShell } from './PageShell.tsx';
export { ResultsView } from './ResultsView.tsx';
