import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SearchIndexKeeper } from "../../src/site/live-search-index.ts";
import { wordFileBounds } from "../../src/site/merge-search-indexes.ts";
import type { SearchIndexState } from "../../src/site/patch-search-index.ts";
import { searchIndexState, updateSearchIndex } from "../../src/site/search-index.ts";
import { articlePagesIn, indexInParts } from "../support/index-in-parts.ts";
import {
  filesOfIndex,
  GENERATED_PAGES,
  indexFilesIn,
  readIndex,
  readIndexAsSearched,
  writeGeneratedPages,
} from "../support/search-indexes.ts";

/**
 * While `serve` runs, a changed article's page is indexed alone and taken into the site's search index
 * (patch-search-index.ts). The index must then be the one Pagefind makes of all the site's pages, as a search reads
 * it: the same words on the same pages at the same places, filters, date order and fragments; only where its word
 * files are cut and how its pages are numbered may differ. Here 400 generated pages, many word files' worth, and
 * pages added, edited and removed, alone and together.
 */
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-patch-index-"));
  await writeGeneratedPages(join(root, "before"));
  await indexInParts(join(root, "before"), GENERATED_PAGES);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const url = (n: number) => `/articles/page-${n}/`;

describe("a search index updated for the pages that changed", () => {
  it.each([
    { change: "pages added", added: range(400, 430), edited: [], removed: [] },
    { change: "pages edited", added: [], edited: [0, 3, 150, 397, 399], removed: [] },
    { change: "pages removed", added: [], edited: [], removed: [1, 3, 200, 201, 202, 398, 399] },
    { change: "pages added, edited and removed at once", added: range(400, 410), edited: [5, 6, 397], removed: range(20, 40) },
    { change: "more pages removed than added", added: [400, 401], edited: [40], removed: range(0, 30) },
  ])("is, after $change, the index Pagefind makes of the pages then", async ({ change, added, edited, removed }) => {
    const name = change.replaceAll(/\W+/g, "-");
    // What Pagefind makes of the pages after the change.
    const whole = join(root, `${name}-whole`);
    await cp(join(root, "before"), whole, { recursive: true, filter: (path) => !path.includes("pagefind") });
    for (const n of removed) await rm(join(whole, "articles", `page-${n}`), { recursive: true });
    await writeGeneratedPages(whole, added);
    await writeGeneratedPages(whole, edited, 1);
    await indexInParts(whole, GENERATED_PAGES * 2);

    // The index before, updated.
    const updated = join(root, `${name}-updated`);
    await cp(join(root, "before"), updated, { recursive: true });
    for (const n of removed) await rm(join(updated, "articles", `page-${n}`), { recursive: true });
    await writeGeneratedPages(updated, added);
    await writeGeneratedPages(updated, edited, 1);
    const sorts = await sortValues(updated);
    const state = searchIndexState(updated, (address) => beforeSorts.get(address)!);
    const pages = [...added, ...edited].map((n) => ({ url: url(n), sort: sorts.get(url(n))! }));
    const after = await updateSearchIndex(updated, state, removed.map(url), pages);
    states.set(updated, after!);

    expect(after).toBeDefined();
    const expected = await readIndexAsSearched(join(whole, "pagefind"));
    expect(expected.pageCount).toBe(GENERATED_PAGES + added.length - removed.length);
    expect(await readIndexAsSearched(join(updated, "pagefind"))).toEqual(expected);
    expect(after!.pages.map((page) => page.url).sort()).toEqual(expected.pages.map(([address]) => address));
  });

  it("names each word file by its first and last words, as Pagefind names them", async () => {
    const updated = join(root, "pages-added-edited-and-removed-at-once-updated");
    const { words } = await readIndex(join(updated, "pagefind"));
    expect(words.length).toBeGreaterThan(5);
    const firstAndLast = words.map((file) => ({ first: file.words[0]![0] as string, last: file.words.at(-1)![0] as string }));
    expect(words.map(({ from, to }) => ({ from, to }))).toEqual(wordFileBounds(firstAndLast));
  });

  it("keeps the files of the index it replaced until the next update, for a search that began with them", async () => {
    const updated = join(root, "pages-removed-updated");
    const folder = join(updated, "pagefind");
    const first = await filesOfIndex(folder);
    const before = await filesOfIndex(join(root, "before", "pagefind"));
    expect(before.filter((file) => !first.includes(file)).length).toBeGreaterThan(0);
    expect(await indexFilesIn(folder)).toEqual([...new Set([...before, ...first])].sort());

    await writeGeneratedPages(updated, [5], 2);
    const sorts = await sortValues(updated);
    const second = await updateSearchIndex(updated, states.get(updated)!, [], [{ url: url(5), sort: sorts.get(url(5))! }]);
    expect(second).toBeDefined();
    expect(await indexFilesIn(folder)).toEqual([...new Set([...first, ...(await filesOfIndex(folder))])].sort());
  });
});

describe("the search index a served site keeps in a thread of its own (SearchIndexKeeper)", () => {
  it("is made anew, as Pagefind makes it, at the update after one that failed", async () => {
    const site = join(root, "kept");
    await cp(join(root, "before"), site, { recursive: true });
    const keeper = new SearchIndexKeeper(site, await articlePagesIn(site));
    const pageOf = async (n: number) => (await articlePagesIn(site)).find((page) => page.path === `articles/page-${n}/index.html`)!;
    // An index that no longer says what the site holds: its entry file gone.
    await writeGeneratedPages(site, [400]);
    await rm(join(site, "pagefind", "pagefind-entry.json"));
    await expect(keeper.update([], [await pageOf(400)])).rejects.toThrow(/pagefind-entry\.json/);
    await writeGeneratedPages(site, [401]);
    await keeper.update([url(0)], [await pageOf(401)]);

    const whole = join(root, "kept-whole");
    await cp(join(root, "before"), whole, { recursive: true, filter: (path) => !path.includes("pagefind") });
    await rm(join(whole, "articles", "page-0"), { recursive: true });
    await rm(join(site, "articles", "page-0"), { recursive: true });
    await writeGeneratedPages(whole, [400, 401]);
    await indexInParts(whole, GENERATED_PAGES * 2);
    expect(await readIndexAsSearched(join(site, "pagefind"))).toEqual(await readIndexAsSearched(join(whole, "pagefind")));
  });
});

/** The state each updated index of the tests above was left in, by the site's folder. */
const states = new Map<string, SearchIndexState>();

let beforeSorts: Map<string, string>;

/** The date each article page of `site` sorts by, by address, as article.njk writes it. */
async function sortValues(site: string): Promise<Map<string, string>> {
  const sorts = new Map<string, string>();
  for (const slug of await readdir(join(site, "articles"))) {
    const html = await readFile(join(site, "articles", slug, "index.html"), "utf8");
    sorts.set(`/articles/${slug}/`, /data-pagefind-sort="date:([^"]*)"/.exec(html)![1]!);
  }
  return sorts;
}

beforeAll(async () => {
  beforeSorts = await sortValues(join(root, "before"));
});
