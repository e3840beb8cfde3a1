/**
 * A component from a chunk of its own, by its export's name. The caller starts the import (at once when the
 * module runs, for what a page will show anyway; on first use otherwise) and wraps the element in Suspense: a
 * prerendered page keeps that part's HTML until its chunk is here, so nothing moves.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own bound for lazy components
type AnyComponent = ComponentType<any>;

export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
