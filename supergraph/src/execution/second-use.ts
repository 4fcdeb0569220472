// The router compiles parts of a plan or an operation (result shapers, fetch answers' copy and merge,
// Flatten paths) from their second use on: a one-off operation is not worth the compiling.

/** A part's uses so far, and what was made for it once it was used twice. */
export interface Uses<V> {
  uses: number;
  made?: V;
}

/** What `make` made for `key` (made once, at its second use, or at once with `now`); undefined before. */
export function atSecondUse<K extends object, V>(cache: WeakMap<K, Uses<V>>, key: K, make: () => V, now = false): V | undefined {
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = { uses: 0 }));
  if (entry.made === undefined && (++entry.uses >= 2 || now)) entry.made = make();
  return entry.made;
}
