import type { UserConfig } from "@11ty/eleventy";
import type { ArchiveEntry } from "./browse.ts";
import { CITATION_FILES, bibtex, cslJson } from "./citations.ts";
import { addCodePage } from "./pages.ts";
import { rawUrl } from "./raw-files.ts";
import { absoluteUrl, type SiteData } from "./site-data.ts";

/**
 * Files for researchers: `/api/articles.json`, the front matter of every article, and each article's citations
 * (citations.ts) beside its page. The /api/ page (layouts/pages/api.njk) documents them.
 */
export const API_PATH = "/api/articles.json";

interface ArchiveData {
  collections: { archiveEntries: ArchiveEntry[] };
  site: SiteData;
}

export function researchFiles(eleventyConfig: UserConfig): void {
  addCodePage<ArchiveData>(eleventyConfig, "api-articles", {
    data: { permalink: API_PATH, eleventyImport: { collections: ["archiveEntries"] } },
    render: ({ collections, site }) => articlesJson(collections.archiveEntries, site),
  });
  for (const [format, file] of Object.entries(CITATION_FILES)) {
    addCodePage<ArchiveData & { entry: ArchiveEntry }>(eleventyConfig, `citation-${format}`, {
      data: {
        pagination: { data: "collections.archiveEntries", size: 1, alias: "entry" },
        permalink: ({ entry }: { entry: ArchiveEntry }) => `${entry.url}${file}`,
      },
      render: ({ entry, site }) => (format === "bibtex" ? bibtex : cslJson)(entry, site),
    });
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
