/**
 * Whether this render takes over HTML that already holds the whole page: the
 * build's prerender and the browser's hydration of it. Then nothing waits for
 * a second pass (the HTML has it all, and hydration must match it); a page
 * drawn afresh paints its chart first and what is below it just after.
 */
import { createContext, useContext, useDeferredValue } from 'react';

export const ServedDrawnContext = createContext(false);

const useServedDrawn = () => useContext(ServedDrawnContext);

/**
 * Whether what comes after the chart may render now: at once over HTML that already holds it, else just after
 * the chart, in a transition (so a part whose chunk is still coming keeps its place empty, not a fallback).
 */
export const useAfterChart = () => useDeferredValue(true, useServedDrawn());
