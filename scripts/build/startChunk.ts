/**
 * One chunk for what both pages run at start-up. The app (`src/main.tsx`) and the embed (`src/embed/main.tsx`)
 * share React, the data loader, the chart and the words; left to itself, Rolldown also splits that code by which
 * lazy chunks reach it (rolldown/rolldown#10731: a module already loaded by the entry still gets a chunk of its
 * own), so each page fetched five or six small chunks, each compressed on its own. Measured with `npm run
 * budget`: 1 KB more gzip on each page than one chunk.
 */
import { resolve } from 'node:path';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const START_ENTRIES = ['src/main.tsx', 'src/embed/main.tsx'].map((entry) => resolve(entry));

/** The modules an entry loads before it runs: its static imports, all the way down. */
function staticClosure(graph: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** The modules every entry loads at start-up, minus the entries themselves. */
function sharedStart(graph: ModuleGraph, entries: readonly string[] = START_ENTRIES): Set<string> {
  const [first, ...rest] = entries.map((entry) => staticClosure(graph, entry));
  const shared = new Set([...(first ?? [])].filter((id) => rest.every((closure) => closure.has(id))));
  for (const entry of entries) shared.delete(entry);
  return shared;
}

/** A Rolldown code-splitting group that puts the shared start-up modules in one chunk named `start`. */
export function startChunkGroup() {
  let shared: Set<string> | undefined;
  return {
    name: (id: string, graph: ModuleGraph) => ((shared ??= sharedStart(graph)).has(id) ? 'start' : null),
    // What the bundler's timing report calls the group (a function's name says nothing).
    debugName: 'start',
  };
}
