import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { mapConcurrently } from "../../src/map-concurrently.ts";
import { ARTICLE_PAGES } from "../../src/site/article-data.ts";
import { indexedPages, siteToIndex, writeSearchIndex } from "../../src/site/search-index.ts";

/**
 * Indexes the built site in `siteDir` again, in parts of at most `pagesPerPart` article pages, merged into one index
 * (merge-search-indexes.ts), as a build does for an archive larger than a part (10,000 articles).
 */
export async function indexInParts(siteDir: string, pagesPerPart: number): Promise<void> {
  const slugs = await readdir(join(siteDir, ARTICLE_PAGES));
  const results = await mapConcurrently(slugs, async (slug) => {
    const outputPath = join(siteDir, ARTICLE_PAGES, slug, "index.html");
    return { inputPath: "", outputPath, url: "", content: await readFile(outputPath, "utf8") };
  });
  await writeSearchIndex(siteToIndex(siteDir, indexedPages(siteDir, results), undefined), pagesPerPart);
}
