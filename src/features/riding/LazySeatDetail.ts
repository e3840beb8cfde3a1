/**
 * The seat card, fetched when a pointer, a finger or the focus first reaches a chart. One place imports it,
 * for the hemicycle and the map alike: a second lazy import of the same card from another chunk makes Rolldown
 * split the modules it shares with every page into chunks of their own.
 */
import { lazy } from 'react';

const loadSeatDetail = () => import('./SeatDetail.tsx');
export const prefetchSeatDetail = () => void loadSeatDetail();
export const SeatDetail = lazy(async () => ({ default: (await loadSeatDetail()).SeatDetail }));
