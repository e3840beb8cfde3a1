/** A number's allowed range: [min, max], and whether it must be whole. */
export type Range = readonly [min: number, max: number, whole?: boolean];

/** Throws a RangeError naming the first value out of its range: what it is, its range, and what was given. */
export function checkOptions(given: Readonly<Record<string, unknown>>, ranges: Readonly<Record<string, Range>>): void {
  for (const [name, [min, max, whole]] of Object.entries(ranges)) {
    const value = given[name] as number | undefined;
    if (value !== undefined && !(value >= min && value <= max && (!whole || Number.isInteger(value))))
      throw new RangeError(`${name} must be ${whole ? 'a whole number ' : ''}from ${min} to ${max}, got ${value}`);
  }
}
