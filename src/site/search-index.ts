import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { ARTICLE_PAGES } from "./article-data.ts";
import { stabilizeIndexFiles } from "./stable-search-index.ts";

/** After every build, and every rebuild while serving, the written site is indexed for search. */
export function searchIndex(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", ({ directories }) => writeSearchIndex(directories.output));
}

/** Indexes the HTML in `siteDir` into `siteDir/pagefind/`, replacing any earlier index. Throws Pagefind's errors. */
export async function writeSearchIndex(siteDir: string): Promise<void> {
  const files = stabilizeIndexFiles(await buildSearchIndex(siteDir));
  // Written beside the index in use, then swapped in whole: a site being served never shows half an index, and
  // files of the earlier index (their names change with their content) do not pile up.
  // Not mkdtemp: its folder is private to this user (0700), and a web server reading the site as another user
  // could not open the index that takes its place.
  const staging = join(siteDir, `.pagefind-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    const outputPath = join(siteDir, "pagefind");
    await rm(outputPath, { recursive: true, force: true });
    await rename(staging, outputPath);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * The index files, in memory. Pagefind 1.5.2's own writeFiles() can answer before its writes are done, and close()
 * then cuts files short (Pagefind issue #1271), so this project writes the files itself.
 */
async function buildSearchIndex(siteDir: string): Promise<pagefind.IndexFile[]> {
  try {
    // One index for every language, without stemming. Pagefind would otherwise split the index by page language,
    // so an Arabic article could not be found from the search page; and its English stemmer cuts "Parly" to
    // "par", so a search for a name would find every "part" and "partnership".
    const created = await pagefind.createIndex({ forceLanguage: "und" });
    if (!created.index) throw pagefindError("could not start", created.errors);
    // Only articles are searched, not the pages beside them (the record of removed lines). Pagefind would index
    // every page of a site with none marked data-pagefind-body.
    const added = await created.index.addDirectory({ path: siteDir, glob: `${ARTICLE_PAGES}/*/index.html` });
    if (added.errors.length > 0) throw pagefindError(`could not index ${siteDir}`, added.errors);
    const built = await created.index.getFiles();
    if (built.errors.length > 0) throw pagefindError("could not build the index", built.errors);
    return built.files;
  } finally {
    await pagefind.close();
  }
}

function pagefindError(what: string, errors: string[]): Error {
  return new Error(`Pagefind ${what}: ${errors.join("; ")}`);
}
