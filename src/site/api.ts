import type { UserConfig } from "@11ty/eleventy";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeInPlace } from "../output/write-in-place.ts";
import type { ArchiveEntry } from "./browse.ts";
import { latestArchive } from "./collections.ts";
import { CITATION_FILES, bibtex, cslJson } from "./citations.ts";
import { rawUrl } from "./raw-files.ts";
import { renderPartOf, rendersArchivePages } from "./render-parts.ts";
import { absoluteUrl, readSiteData, type SiteData } from "./site-data.ts";

/**
 * Files for researchers: the data file, the front matter of every article, and each article's citations
 * (citations.ts) beside its page. The /api/ page (layouts/pages/api.njk) documents them.
 */
export const DATA_FILE = "api/articles.json";

export function researchFiles(eleventyConfig: UserConfig): void {
  // Written after the pages rather than as pages. The citations: as pages they were two of every five a build
  // rendered, and on a rebuild in watch mode Eleventy checks every page of a template language of our own against
  // the file that changed, which at 10,000 articles took two minutes. The data file: as one page, its 21 MB of text
  // at 10,000 articles were made and encoded anew whenever an article was added, 0.6 s of each update of a served
  // site; written from each article's part, made once (articleJson), it took 15 ms once the parts were made.
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    const built = latestArchive(eleventyConfig);
    if (!built) return;
    const site = readSiteData(eleventyConfig);
    writeCitations(directories.output, built.rendered, site);
    if (rendersArchivePages(renderPartOf(eleventyConfig))) {
      writeInPlace(join(directories.output, DATA_FILE), articlesJson(built.archive.entries, site));
    }
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
 * The data file, as UTF-8 in chunks: the archive's name and home, and every article's front matter, newest first,
 * with the addresses of its page, its raw text and its citations; the JSON of that, indented by two spaces.
 */
export function articlesJson(entries: ArchiveEntry[], site: SiteData): Uint8Array[] {
  const head = `{\n  "title": ${JSON.stringify(site.name)},\n  "home": ${JSON.stringify(absoluteUrl("/", site))},\n  "articles": [`;
  if (entries.length === 0) return [Buffer.from(`${head}]\n}\n`)];
  const chunks: Uint8Array[] = [Buffer.from(`${head}\n    `)];
  for (const [i, entry] of entries.entries()) {
    if (i > 0) chunks.push(BETWEEN_ARTICLES);
    chunks.push(articleJson(entry, site));
  }
  chunks.push(Buffer.from("\n  ]\n}\n"));
  return chunks;
}

const BETWEEN_ARTICLES = Buffer.from(",\n    ");

/**
 * An article's part of the data file, indented as it is there; made once per entry and site, as an update of a
 * served site keeps the entries of the articles that did not change. Of the lines ingest removed, each keeps its
 * line number and reason but not its text, which the raw file holds: the text is mostly site chrome and reader
 * comments, and would be most of the file. The `checksum` that seals an article file against hand edits is left
 * out: it describes the file, not the article.
 */
function articleJson(entry: ArchiveEntry, site: SiteData): Uint8Array {
  const siteKey = `${site.baseUrl} ${site.pathPrefix} ${site.rawDir !== undefined}`;
  const known = articleJsons.get(entry);
  if (known?.siteKey === siteKey) return known.bytes;
  const url = (path: string) => absoluteUrl(path, site);
  const { checksum: _, removed, ...frontMatter } = entry.article;
  const article = {
    page: url(entry.url),
    ...(site.rawDir !== undefined && { raw: url(rawUrl(frontMatter.original.file)) }),
    citations: { bibtex: url(`${entry.url}${CITATION_FILES.bibtex}`), csl: url(`${entry.url}${CITATION_FILES.csl}`) },
    ...frontMatter,
    removed: removed.map(({ line, reason }) => ({ line, reason })),
  };
  // JSON strings hold no line breaks of their own: every one is the indentation's.
  const bytes = Buffer.from(JSON.stringify(article, null, 2).replaceAll("\n", "\n    "));
  articleJsons.set(entry, { siteKey, bytes });
  return bytes;
}

const articleJsons = new WeakMap<ArchiveEntry, { siteKey: string; bytes: Uint8Array }>();
