import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { startThread } from "../start-thread.ts";
import { keepDevServerLocal } from "./local-dev-server.ts";
import { writeSearchIndex, type SiteToIndex } from "./search-index.ts";
import { SITE_DATA, siteData } from "./site-data.ts";
import type { WritePagesOutcome } from "./write-pages.ts";

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

/** Builds the site (pages and search index) once. Rejects with a message naming the file and field at fault. */
export async function buildSite(options: SiteOptions): Promise<void> {
  await writeSearchIndex(await writePagesInThread(options));
}

/**
 * writePages, in a thread of its own. Eleventy holds every page it rendered until it is gone (1.8 GiB at 10,000
 * articles), and Pagefind, a process of its own, then needs as much again (2.2 GiB). A thread gives all of its
 * memory back when it ends, before indexing starts, so the build needs the larger of the two rather than their sum;
 * a garbage collection alone, measured, left 0.8 GiB of Eleventy's. Resolves once the thread has ended.
 */
function writePagesInThread(options: SiteOptions): Promise<SiteToIndex> {
  return new Promise((resolve, reject) => {
    const worker = startThread(new URL("./write-pages-thread.ts", import.meta.url), options);
    let outcome: WritePagesOutcome | undefined;
    worker.on("message", (message: WritePagesOutcome) => (outcome = message));
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (outcome && "site" in outcome) resolve(outcome.site);
      else if (outcome) reject(Object.assign(new Error(outcome.message), { stack: outcome.stack }));
      else reject(new Error(`The thread writing the site's pages stopped (exit code ${code})`));
    });
  });
}

/**
 * Builds the site, then serves it with live reload on `port` (or the next free port after it) of this machine only,
 * rebuilding when an article in `articlesDir` changes. Resolves once the server is listening, with its address.
 */
export async function serveSite({
  port,
  ...options
}: SiteOptions & { port: number }): Promise<{ url: string; close(): Promise<void> }> {
  let url = "";
  // Loaded here: a one-off build runs Eleventy in a thread of its own (writePagesInThread).
  const { default: Eleventy } = await import("@11ty/eleventy");
  keepDevServerLocal();
  const eleventy = new Eleventy(options.articlesDir, options.outDir, {
    configPath,
    quietMode: true,
    pathPrefix: options.pathPrefix,
    runMode: "serve",
    config: (eleventyConfig: UserConfig) => {
      eleventyConfig.addGlobalData(SITE_DATA, siteData(options));
      // With a `ready` callback, serve() waits until the server listens; the server says which port it got.
      eleventyConfig.setServerOptions({
        ready: (server) => {
          url = server.getServerUrl("localhost");
        },
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  return { url, close: () => eleventy.stopWatch() };
}
