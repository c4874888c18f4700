import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { mapConcurrently } from "../../src/map-concurrently.ts";
import { ARTICLE_PAGES } from "../../src/site/article-data.ts";
import { indexedPages, pagefindBytes, siteToIndex, writeSearchIndex, type IndexedPage } from "../../src/site/search-index.ts";

/**
 * Indexes the built site in `siteDir` again, in parts of at most `pagesPerPart` article pages, merged into one index
 * (merge-search-indexes.ts), as a build does for an archive larger than Pagefind should index at once
 * (INDEX_PART_BYTES): each page counts as a page of no words here.
 */
export async function indexInParts(siteDir: string, pagesPerPart: number): Promise<void> {
  await writeSearchIndex(siteToIndex(siteDir, await articlePagesIn(siteDir), undefined), pagesPerPart * pagefindBytes({ words: 0 }));
}

/** The article pages of the site in `siteDir`, to index, each as a page of no words. */
export async function articlePagesIn(siteDir: string): Promise<IndexedPage[]> {
  const slugs = await readdir(join(siteDir, ARTICLE_PAGES));
  const results = await mapConcurrently(slugs, async (slug) => {
    const outputPath = join(siteDir, ARTICLE_PAGES, slug, "index.html");
    const content = await readFile(outputPath, "utf8");
    return { inputPath: "", outputPath, url: `/${ARTICLE_PAGES}/${slug}/`, content };
  });
  return indexedPages(siteDir, results, () => 0);
}
