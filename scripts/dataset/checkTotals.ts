/** Checks a built dataset against the published totals, so a parsing slip cannot go unnoticed. */

export function checkSeatTotals(label: string, winners: Iterable<string>, expected: Readonly<Record<string, number>>): void {
  const counted: Record<string, number> = {};
  for (const party of winners) counted[party] = (counted[party] ?? 0) + 1;
  const parties = new Set([...Object.keys(expected), ...Object.keys(counted)]);
  const wrong = [...parties].filter((p) => (counted[p] ?? 0) !== (expected[p] ?? 0));
  if (wrong.length > 0) {
    const detail = wrong.map((p) => `${p} ${counted[p] ?? 0} (expected ${expected[p] ?? 0})`).join(', ');
    throw new Error(`${label}: seat totals differ from the official result: ${detail}`);
  }
}

export function checkSameDistricts(label: string, districts: Iterable<string>, expected: ReadonlySet<string>, count: number): void {
  const found = new Set(districts);
  const missing = [...expected].filter((d) => !found.has(d));
  const extra = [...found].filter((d) => !expected.has(d));
  if (missing.length > 0 || extra.length > 0 || found.size !== count) {
    throw new Error(
      `${label}: expected ${count} districts; missing ${missing.join(', ') || 'none'}; unexpected ${extra.join(', ') || 'none'}; found ${found.size}`,
    );
  }
}
