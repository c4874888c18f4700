/**
 * `map` over `items` a few at a time, the results in order. Files are read and checked this way: one at a time
 * leaves the disk idle between them, and all at once would open an archive's tens of thousands of files at once.
 */
export async function mapConcurrently<T, R>(
  items: T[],
  map: (item: T) => Promise<R>,
  atOnce = AT_ONCE,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await map(items[i]!);
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return results;
}

const AT_ONCE = 32;
