/**
 * The door of features/problems: what the rest of the app may use of it. Each is imported from its own module
 * (the path below), not from this file: a barrel would put every export here in the chunk of every page that
 * uses one of them, and the chunks are shaped by what each page needs first. ESLint (eslint.config.js) reads
 * this file and refuses any other import from outside the folder.
 */
export { ErrorPanel } from './ErrorPanel.tsx';
export { LazyErrorPanel } from './LazyErrorPanel.tsx';
export { RenderErrorBoundary } from './RenderErrorBoundary.tsx';
export { NotFoundNotice } from './NotFoundNotice.tsx';
export { MissingElection } from './MissingElection.tsx';
export { DataIssuesLazy } from './DataIssuesLazy.tsx';
export { loadErrorMessage } from './errorMessage.ts';
