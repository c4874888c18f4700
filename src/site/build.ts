import { fileURLToPath } from "node:url";
import { writeSearchIndex } from "./search-index.ts";
import { writePages, type WrittenPages } from "./write-pages.ts";

/** The Eleventy config: found by path, not the working directory, so the CLI and tests can run from anywhere. */
export const configPath = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

export interface SiteOptions {
  /** the folder of article Markdown files */
  articlesDir: string;
  /** where the site is written; files already there are overwritten, not removed */
  outDir: string;
  /** the folder the site is served from, e.g. "/news/"; defaults to "/" */
  pathPrefix?: string;
  /** the raw articles, copied into the site as received (`/raw/<file>`); without it, articles link to no raw text */
  rawDir?: string;
  /**
   * The origin the site is served from, for the absolute URLs of canonical links, feeds, the sitemap and shared
   * links, e.g. "https://news.example.org" (the path prefix is added to it); defaults to "http://localhost:8080".
   */
  baseUrl?: string;
  /** the site this build will replace, whose search index is reused when the articles' pages are unchanged */
  replaces?: string;
}

/**
 * Builds the site (pages and search index) once, and says what it built it from. Rejects with a message naming the
 * file and field at fault.
 */
export async function buildSite(options: SiteOptions): Promise<WrittenPages> {
  const written = await writePages(options);
  await writeSearchIndex(written.toIndex);
  return written;
}
