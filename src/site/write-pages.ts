import Eleventy, { type UserConfig } from "@11ty/eleventy";
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
    config: (eleventyConfig: UserConfig) =>
      eleventyConfig.addGlobalData(SITE_DATA, siteData({ ...options, pathPrefix })),
  });
  // A build says nothing: an error is rethrown below with its causes, and Eleventy's own report would repeat it.
  eleventy.disableLogger();
  const [, results] = await eleventy.write().catch((error: unknown) => {
    throw new Error(`The site could not be built from ${articlesDir}:\n${describeError(error)}`, { cause: error });
  });
  return siteToIndex(outDir, results, options.replaces);
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
