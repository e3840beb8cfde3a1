/**
 * The door of features/riding: what the rest of the app may use of it. Each is imported from its own module
 * (the path below), not from this file: a barrel would put every export here in the chunk of every page that
 * uses one of them, and the chunks are shaped by what each page needs first. ESLint (eslint.config.js) reads
 * this file and refuses any other import from outside the folder.
 */
export { RidingPanel, RidingSummary } from './RidingPanel.tsx';
export { CloseRaces } from './CloseRaces.tsx';
export { prefetchSeatDetail, SeatDetail } from './LazySeatDetail.ts';
export { ridingSentence } from './ridingSentence.ts';
