/**
 * `map` over `items` a few at a time, the results in order. Files are read and checked this way: one at a time
 * leaves the disk idle between them, and all at once would open an archive's tens of thousands of files at once.
 * At a failure no further item is started, and the first error is thrown once the calls under way have ended: a
 * caller that cleans up after a failure (removes the folder being written) must not race writes still going on.
 */
export async function mapConcurrently<T, R>(
  items: T[],
  map: (item: T) => Promise<R>,
  atOnce = AT_ONCE,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    try {
      for (let i = next++; i < items.length; i = next++) results[i] = await map(items[i]!);
    } catch (error) {
      failure ??= { error };
      next = items.length;
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  if (failure) throw failure.error;
  return results;
}

const AT_ONCE = 32;

/**
 * mapConcurrently, but an item `known` has an answer for (not undefined) takes that answer as it is, without a
 * promise each: at a save of `serve`, the folder watchers vouch for all but a file or two of tens of thousands.
 */
export async function mapUnlessKnown<T, R>(
  items: T[],
  known: (item: T) => R | undefined,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = items.map(known);
  const unknown: number[] = [];
  results.forEach((result, i) => {
    if (result === undefined) unknown.push(i);
  });
  const mapped = await mapConcurrently(unknown, (i) => map(items[i]!));
  unknown.forEach((i, k) => (results[i] = mapped[k]));
  return results as R[];
}
