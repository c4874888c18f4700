import type { UserConfig } from "@11ty/eleventy";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArchiveEntry } from "./browse.ts";
import { latestArchive } from "./collections.ts";
import { CITATION_FILES, bibtex, cslJson } from "./citations.ts";
import { addCodePage } from "./pages.ts";
import { rawUrl } from "./raw-files.ts";
import { absoluteUrl, readSiteData, type SiteData } from "./site-data.ts";

/**
 * Files for researchers: `/api/articles.json`, the front matter of every article, and each article's citations
 * (citations.ts) beside its page. The /api/ page (layouts/pages/api.njk) documents them.
 */
const API_PATH = "/api/articles.json";

interface ArchiveData {
  collections: { archiveEntries: ArchiveEntry[] };
  site: SiteData;
}

export function researchFiles(eleventyConfig: UserConfig): void {
  addCodePage<ArchiveData>(eleventyConfig, "api-articles", {
    data: { permalink: API_PATH, eleventyImport: { collections: ["archiveEntries"] } },
    render: ({ collections, site }) => articlesJson(collections.archiveEntries, site),
  });
  // Written after the pages rather than as pages: as pages they were two of every five a build rendered, and on a
  // rebuild in watch mode Eleventy checks every page of a template language of our own against the file that
  // changed, which at 10,000 articles took two minutes.
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    const built = latestArchive(eleventyConfig);
    if (built) writeCitations(directories.output, built.rendered, readSiteData(eleventyConfig));
  });
}

/**
 * Writes each entry's citation files beside its page in `outDir`. Synchronously, as Eleventy writes its pages: one
 * promise-based call after another, the 5,000 files of 2,500 articles took 1.6–1.8 s, against 0.9–1.0 s.
 */
function writeCitations(outDir: string, entries: ArchiveEntry[], site: SiteData): void {
  for (const entry of entries) {
    const folder = join(outDir, entry.url);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, CITATION_FILES.bibtex), bibtex(entry, site));
    writeFileSync(join(folder, CITATION_FILES.csl), cslJson(entry, site));
  }
}

/**
 * Every article's front matter, newest first, with the addresses of its page, its raw text and its citations.
 * Of the lines ingest removed, each keeps its line number and reason but not its text, which the raw file holds:
 * the text is mostly site chrome and reader comments, and would be most of the file. The `checksum` that seals
 * an article file against hand edits is left out: it describes the file, not the article.
 */
export function articlesJson(entries: ArchiveEntry[], site: SiteData): string {
  const url = (path: string) => absoluteUrl(path, site);
  const articles = entries.map(({ url: path, article: { checksum: _, removed, ...frontMatter } }) => ({
    page: url(path),
    ...(site.rawDir !== undefined && { raw: url(rawUrl(frontMatter.original.file)) }),
    citations: { bibtex: url(`${path}${CITATION_FILES.bibtex}`), csl: url(`${path}${CITATION_FILES.csl}`) },
    ...frontMatter,
    removed: removed.map(({ line, reason }) => ({ line, reason })),
  }));
  return `${JSON.stringify({ title: site.name, home: url("/"), articles }, null, 2)}\n`;
}
