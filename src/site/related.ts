/**
 * Related articles: those that share the most, and the rarest, people, places, organisations and topics with an
 * article. Found through an inverted index (feature → articles), never by comparing every pair: each article looks
 * only at the articles listed under its own features, rarest feature first, and stops after VISIT_BUDGET of them,
 * so a build of 50,000 articles does at most 50,000 × VISIT_BUDGET additions however common "Iraq" is.
 */

/** How many index entries one article may visit; the common features it does not reach say little anyway. */
export const VISIT_BUDGET = 2_000;
/** Two articles that share one feature only are not related enough to show. */
const FEWEST_SHARED = 2;

/**
 * For each item (by index), up to `limit` indexes of related items, most related first; ties go to the item that
 * comes first in the input (the newest, as the archive is ordered). `features[i]` are item i's feature keys, each
 * once; `excluded(i, j)` says when j must not be shown as related to i (the same story, shown apart); an item that
 * is not `wanted` gets none (a run that renders part of the site needs them for its own articles only). `visits`
 * counts the index entries looked at, the work that must grow with the archive, not with its square.
 */
export function relatedItems(
  features: string[][],
  limit: number,
  excluded: (item: number, other: number) => boolean = () => false,
  wanted: (item: number) => boolean = () => true,
): { related: number[][]; visits: number } {
  const index = new Map<string, number[]>();
  features.forEach((keys, item) => {
    for (const key of keys) {
      const postings = index.get(key);
      if (postings) postings.push(item);
      else index.set(key, [item]);
    }
  });

  // Scores and shared counts live in arrays reused for every item; only the slots an item touched are reset.
  const score = new Float64Array(features.length);
  const shared = new Uint32Array(features.length);
  let allVisits = 0;
  const related = features.map((keys, item) => {
    if (!wanted(item)) return [];
    const touched: number[] = [];
    let visits = 0;
    const byRarity = keys.map((key) => index.get(key)!).sort((a, b) => a.length - b.length);
    for (const postings of byRarity) {
      if (postings.length < 2) continue;
      if (visits + postings.length > VISIT_BUDGET) break;
      visits += postings.length;
      // A feature shared by few articles says more than one shared by many.
      const weight = 1 / Math.log2(1 + postings.length);
      for (const other of postings) {
        if (other === item) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other]! += 1;
        score[other]! += weight;
      }
    }
    const best = touched
      .filter((other) => shared[other]! >= FEWEST_SHARED && !excluded(item, other))
      .sort((a, b) => score[b]! - score[a]! || a - b)
      .slice(0, limit);
    for (const other of touched) {
      score[other] = 0;
      shared[other] = 0;
    }
    allVisits += visits;
    return best;
  });
  return { related, visits: allVisits };
}

/**
 * The items whose related items (relatedItems) may differ when the items with any of the feature keys `changed`
 * change: those that read how many items have one of those features, or which items they are. An item reads the
 * features it has, rarest first, up to the one that would take it past VISIT_BUDGET; a feature more common than
 * that one it never reads, however it changes, unless a change makes it rarer than that one, which the items of the
 * archive after the change then read. So a change to an article that names "Iraq", which most articles name, does
 * not touch the related articles of an article that names Iraq and rarer things.
 */
export function relatedReaders(features: string[][], changed: ReadonlySet<string>): Set<number> {
  const counts = new Map<string, number>();
  for (const keys of features) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const readers = new Set<number>();
  features.forEach((keys, item) => {
    // The first changed feature the item would read (the rarest; of two as rare, the one it lists first, as a
    // stable sort by rarity puts it), and whether it reads that far: whether the features before it in that order
    // leave it within the budget. Counted without sorting each item's features, which took most of the time.
    let first = -1;
    let firstCount = 0;
    keys.forEach((key, i) => {
      const count = counts.get(key)!;
      if (changed.has(key) && (first === -1 || count < firstCount)) [first, firstCount] = [i, count];
    });
    if (first === -1) return;
    let visits = 0;
    keys.forEach((key, i) => {
      const count = counts.get(key)!;
      if (count >= 2 && (count < firstCount || (count === firstCount && i < first))) visits += count;
    });
    if (visits <= VISIT_BUDGET) readers.add(item);
  });
  return readers;
}
