/**
 * The chunks the bundler is told to make, by module, so no module needs to re-export another feature's to shape
 * them.
 *
 * One chunk for what both pages run at start-up. The app (`src/main.tsx`) and the embed (`src/embed/main.tsx`)
 * share React, the data loader, the chart and the words; left to itself, Rolldown also splits that code by which
 * lazy chunks reach it (rolldown/rolldown#10731: a module already loaded by the entry still gets a chunk of its
 * own), so each page fetched five or six small chunks, each compressed on its own. Measured with `npm run
 * budget`: 1 KB more gzip on each page than one chunk.
 */
import { resolve } from 'node:path';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

const START_ENTRIES = ['src/main.tsx', 'src/embed/main.tsx'].map((entry) => resolve(entry));

/** The modules an entry loads before it runs: its static imports, all the way down (not into `stop`). */
function staticClosure(graph: ModuleGraph, entry: string, stop: readonly string[] = []): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || (id !== entry && stop.includes(id))) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Start-up modules of one entry that a lazy chunk of the other shares (the embed's title and the builder's
 * preview): in the start chunk, not a chunk of their own the embed would fetch on its own.
 */
const SHARED_WITH_LAZY = ['src/shared/MajorityAfter.tsx'].map((module) => resolve(module));

/** The modules every entry loads at start-up, minus the entries themselves. */
function sharedStart(graph: ModuleGraph, entries: readonly string[] = START_ENTRIES): Set<string> {
  const [first, ...rest] = entries.map((entry) => staticClosure(graph, entry));
  const shared = new Set([...(first ?? [])].filter((id) => rest.every((closure) => closure.has(id))));
  for (const id of SHARED_WITH_LAZY) shared.add(id);
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

/**
 * One chunk for the controls under a chart (the explore bar, the table view, the share bar) and what they alone
 * need: fetched while the data loads (HemicyclePanel) and by the map's page, they come together, in one request
 * and one compression, as they did when a module re-exported them.
 */
const CHART_TOOLS = [
  'src/features/hemicycle/ExploreBar.tsx',
  'src/features/hemicycle/SeatTable.tsx',
  'src/features/share/ViewShare.tsx',
].map((module) => resolve(module));

/** Every module the app can load, statically or on demand. */
function allModules(graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [...START_ENTRIES];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    stack.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
  }
  return seen;
}

/** What the chart's tools load that nothing else loads but through them (an entry, or a part loaded on demand). */
function toolsOnly(graph: ModuleGraph): Set<string> {
  const tools = new Set(CHART_TOOLS.flatMap((tool) => [...staticClosure(graph, tool)]));
  const starts = [...allModules(graph)].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []);
  const elsewhere = new Set(
    [...START_ENTRIES, ...starts].filter((start) => !tools.has(start)).flatMap((start) => [...staticClosure(graph, start, CHART_TOOLS)]),
  );
  return new Set([...tools].filter((id) => !elsewhere.has(id)));
}

export function chartToolsGroup() {
  let tools: Set<string> | undefined;
  return {
    name: (id: string, graph: ModuleGraph) => ((tools ??= toolsOnly(graph)).has(id) ? 'chartTools' : null),
    // Only what toolsOnly names: a module the tools share with a page stays where that page loads it.
    includeDependenciesRecursively: false,
    debugName: 'chartTools',
  };
}
