/**
 * Random mutations of the real dataset (fast-check): whatever is changed,
 * removed or duplicated, `parseElection` either accepts the result or throws
 * an ElectionDataError naming where; never any other error.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ElectionDataError } from './ElectionDataError.ts';
import { parseElection } from './electionSchema.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const REAL = JSON.parse(readFileSync(new URL('../../public/data/canada-2025.json', import.meta.url), 'utf8')) as Json;

/** Every path in the document; ridings are sampled so the list stays small but reaches their candidates. */
function pathsOf(node: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(node)) node.forEach((child, i) => (i < 12 || i % 40 === 0) && pathsOf(child, [...at, i], out));
  else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) pathsOf(child, [...at, key], out);
  return out;
}
const PATHS = pathsOf(REAL).filter((p) => p.length > 0);

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'duplicate' };

function mutate(doc: Json, path: Path, mutation: Mutation): Json {
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (Array.isArray(parent)) {
    if (mutation.kind === 'delete') parent.splice(Number(last), 1);
    else parent.splice(Number(last), 0, structuredClone(parent[Number(last)]!));
  } else delete parent[last];
  return copy;
}

const hostile: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(-3, 0.5, 1e308, -0, 10_001, '', ' ', 'x'.repeat(5000), '<img src=x onerror=alert(1)>', 'lpc', 'zz', null, [], {}),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  hostile.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
);

describe('parseElection on mutated real data', () => {
  it('accepts the real dataset unchanged', () => {
    expect(parseElection(REAL).totalSeats).toBe(343);
  });

  it('either parses or raises an ElectionDataError that names paths, never anything else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.array(mutation, { minLength: 1, maxLength: 3 }), (path, mutations) => {
        const doc = mutations.reduce((d, m) => mutate(d, path, m), REAL);
        try {
          parseElection(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(ElectionDataError);
          const issues = (error as ElectionDataError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) expect(issue.path).toMatch(/^(\(root\)|[a-zA-Z]+)/);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
