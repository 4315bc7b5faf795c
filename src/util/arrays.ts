/**
 * Appends every element of `source` to `target`. `target.push(...source)` passes each element as an
 * argument and overflows the stack beyond about 120,000 elements (a journal of that many entries
 * loaded at once); this loop has no such limit.
 */
export function pushAll<T>(target: T[], source: readonly T[]): void {
  for (const item of source) target.push(item);
}
