import { startServingThread } from "../start-thread.ts";
import type { SearchIndexState } from "./patch-search-index.ts";
import {
  searchIndexPatch,
  searchIndexState,
  siteToIndex,
  updateSearchIndex,
  writeSearchIndex,
  type IndexedPage,
} from "./search-index.ts";

/**
 * The search index of a served site (live-site.ts), kept up to date in a thread of its own: it takes an article in
 * while the live site renders the rest of the update's pages, on the other core, rather than after them. It keeps
 * what an update needs of the index (patch-search-index.ts) and each article page it holds.
 */
export interface LiveSearchIndex {
  /**
   * Takes the article pages at `removed` (addresses) out of the index and indexes `pages` anew, whose files are
   * written; resolves once the index's files are. When the index cannot be updated so, it is made anew.
   */
  update(removed: string[], pages: IndexedPage[]): Promise<void>;
}

/**
 * The index of the site in `site`, whose article pages are `pages`, in a thread (live-search-index-thread.ts);
 * resolves once the thread has read the index and made an update of it once, as the first update of a thread took
 * longer than the next. The thread is started from the live site's, and stops with it.
 */
export async function startLiveSearchIndex(site: string, pages: IndexedPage[]): Promise<LiveSearchIndex> {
  const thread = await startServingThread<{ removed: string[]; pages: IndexedPage[] }, void>(
    new URL("./live-search-index-thread.ts", import.meta.url),
    { site, pages },
    "updates the search index",
  );
  return { update: (removed, changed) => thread.ask({ removed, pages: changed }) };
}

/** What the thread of a LiveSearchIndex keeps: the index's state, and every article page it holds, by address. */
export class SearchIndexKeeper {
  /** undefined while the site has no index (Pagefind makes none of no pages), or after an update of it failed */
  private index: SearchIndexState | undefined;
  private readonly indexed: Map<string, IndexedPage>;

  constructor(
    private readonly site: string,
    pages: IndexedPage[],
  ) {
    this.indexed = new Map(pages.map((page) => [pageUrl(page.path), page]));
    this.index = this.readState();
  }

  /** Makes an update as if the newest article page had changed, and drops it. */
  async warmUp(): Promise<void> {
    let newest: IndexedPage | undefined;
    for (const page of this.indexed.values()) if (!newest || page.date > newest.date) newest = page;
    if (this.index && newest) await searchIndexPatch(this.site, this.index, [], [{ url: pageUrl(newest.path), sort: newest.date }]);
  }

  /** LiveSearchIndex.update. An index whose update failed no longer says what the site holds: the next makes it anew. */
  async update(removed: string[], pages: IndexedPage[]): Promise<void> {
    for (const url of removed) this.indexed.delete(url);
    for (const page of pages) this.indexed.set(pageUrl(page.path), page);
    const toIndex = pages.map((page) => ({ url: pageUrl(page.path), sort: page.date }));
    try {
      const patched = this.index && (await updateSearchIndex(this.site, this.index, removed, toIndex));
      if (patched) {
        this.index = patched;
      } else {
        await writeSearchIndex(siteToIndex(this.site, [...this.indexed.values()], undefined));
        this.index = this.readState();
      }
    } catch (error) {
      this.index = undefined;
      throw error;
    }
  }

  private readState(): SearchIndexState | undefined {
    if (this.indexed.size === 0) return undefined;
    return searchIndexState(this.site, (url) => this.indexed.get(url)?.date ?? "");
  }
}

/** The address of an article page, from its path in the site. */
export function pageUrl(path: string): string {
  return `/${path.replace(/index\.html$/, "")}`;
}
