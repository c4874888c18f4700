import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import Eleventy, { type AfterBuildEvent, type UserConfig } from "@11ty/eleventy";
import { configPath, type SiteOptions } from "./build.ts";
import { siteToIndex, type SiteToIndex } from "./search-index.ts";
import { SITE_DATA, siteData } from "./site-data.ts";

/** What the thread that writes the pages (build.ts) sends back: the site to index, or why it could not be built. */
export type WritePagesOutcome = { site: SiteToIndex } | { message: string; stack: string | undefined };

/** Writes the pages of the site, and says what to index. */
export async function writePages({ articlesDir, outDir, pathPrefix, ...options }: SiteOptions): Promise<SiteToIndex> {
  const eleventy = new Eleventy(articlesDir, outDir, {
    configPath,
    // Quiet also silences Eleventy's "Benchmark" warnings about slow plugins, which are not the reader's concern.
    quietMode: true,
    pathPrefix,
    config: (eleventyConfig: UserConfig) => {
      eleventyConfig.addGlobalData(SITE_DATA, siteData({ ...options, pathPrefix }));
      // Quiet mode misses one group of those warnings, the timings of the config's own functions, made before it
      // applies (Eleventy 3.1.7): under a path prefix every build printed "[11ty] Benchmark … html-transformer …".
      eleventyConfig.benchmarkManager?.get("Configuration").setIsVerbose(false);
    },
  });
  // A build says nothing: an error is rethrown below with its causes, and Eleventy's own report would repeat it.
  eleventy.disableLogger();
  const [, results] = await eleventy.write().catch((error: unknown) => {
    throw new Error(`The site could not be built from ${articlesDir}:\n${describeError(error)}`, { cause: error });
  });
  await checkEveryArticleBuilt(articlesDir, results);
  return siteToIndex(outDir, results, options.replaces);
}

/**
 * Every article file becomes a page, or the build stops: Eleventy leaves out what an `.eleventyignore` file lists
 * (in the articles folder or the working folder), and a reader would never learn that the article existed.
 */
async function checkEveryArticleBuilt(articlesDir: string, results: AfterBuildEvent["results"]): Promise<void> {
  const built = new Set(results.map(({ inputPath }) => resolve(inputPath)));
  const articles = (await readdir(articlesDir)).filter((name) => name.endsWith(".md")).sort();
  const left = articles.map((name) => join(articlesDir, name)).filter((file) => !built.has(resolve(file)));
  if (left.length === 0) return;
  const [first, ...others] = left;
  throw new Error(
    others.length === 0
      ? `${first} was not built: an .eleventyignore file lists it; take it out of that file, or delete the article`
      : `${first} and ${others.length} other article${others.length > 1 ? "s" : ""} were not built: an .eleventyignore ` +
          "file lists them; take them out of that file, or delete the articles",
  );
}

/**
 * An error and what caused it, one message per line. Eleventy wraps the error that names the file and field in its
 * own, and keeps the original as `originalError` rather than `cause`.
 */
function describeError(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current !== undefined; current = causeOf(current)) {
    messages.push(current instanceof Error ? current.message : String(current));
  }
  return messages.join("\n");
}

function causeOf(error: unknown): unknown {
  if (!(error instanceof Error)) return undefined;
  return "originalError" in error ? error.originalError : error.cause;
}
