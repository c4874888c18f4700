import { join, resolve } from "node:path";
import { deserialize } from "node:v8";
import Eleventy, { type AfterBuildEvent, type UserConfig } from "@11ty/eleventy";
import { configPath, type SiteOptions } from "./build.ts";
import type { ArchiveEntry } from "./browse.ts";
import type { PartPlan } from "./plan-parts.ts";
import { setRenderPart, type RenderPart } from "./render-parts.ts";
import { indexedPages } from "./search-index.ts";
import { SITE_DATA, siteData } from "./site-data.ts";

/** A part of the site to render (render-parts.ts), from `input`, a folder of links to the part's article `files`. */
export interface PartToRender {
  options: SiteOptions;
  number: number;
  count: number;
  entries: PartPlan["entries"];
  input: string;
  files: string[];
}

/** Writes the pages of a part of the site, by an Eleventy run of its own, and says which of them to index. */
export async function renderPart({ options: { outDir, pathPrefix, ...options }, input, files, ...rest }: PartToRender) {
  const entries = internStrings(deserialize(new Uint8Array(rest.entries)) as ArchiveEntry[]);
  const part: RenderPart = { ...rest, entries };
  const eleventy = new Eleventy(input, outDir, {
    configPath,
    // Quiet also silences Eleventy's "Benchmark" warnings about slow plugins, which are not the reader's concern.
    quietMode: true,
    pathPrefix,
    config: (eleventyConfig: UserConfig) => {
      eleventyConfig.addGlobalData(SITE_DATA, siteData({ ...options, pathPrefix }));
      setRenderPart(eleventyConfig, part);
      // Quiet mode misses one group of those warnings, the timings of the config's own functions, made before it
      // applies (Eleventy 3.1.7): under a path prefix every build printed "[11ty] Benchmark … html-transformer …".
      eleventyConfig.benchmarkManager?.get("Configuration").setIsVerbose(false);
    },
  });
  // A build says nothing: an error is rethrown below with its causes, and Eleventy's own report would repeat it.
  eleventy.disableLogger();
  const [, results] = await eleventy.write().catch((error: unknown) => {
    const message = `The site could not be built from ${options.articlesDir}:\n${describeError(error)}`;
    throw new Error(message, { cause: error });
  });
  checkEveryArticleBuilt(options.articlesDir, input, files, results);
  const words = new Map(entries.map((entry) => [entry.url, entry.words]));
  return indexedPages(outDir, results, (url) => {
    const count = words.get(url);
    if (count === undefined) throw new Error(`The build wrote an article page, ${url}, for no article it read`);
    return count;
  });
}

/**
 * `value` with each text that occurs more than once in it made one string: deserialized, every name, place, topic
 * and reason for a removed line is a string of its own, a third of the memory the 50,000 entries of a large archive
 * take in each thread.
 */
function internStrings<Value>(value: Value): Value {
  const known = new Map<string, string>();
  const intern = (item: unknown): unknown => {
    if (typeof item === "string") {
      const same = known.get(item);
      if (same !== undefined) return same;
      known.set(item, item);
      return item;
    }
    if (typeof item === "object" && item !== null) {
      const fields = item as Record<string, unknown>;
      for (const key of Object.keys(fields)) fields[key] = intern(fields[key]);
    }
    return item;
  };
  return intern(value) as Value;
}

/**
 * Every article file becomes a page, or the build stops: Eleventy leaves out what an `.eleventyignore` file in the
 * working folder matches, and a reader would never learn that the article existed.
 */
function checkEveryArticleBuilt(
  articlesDir: string,
  input: string,
  files: string[],
  results: AfterBuildEvent["results"],
): void {
  const built = new Set(results.map(({ inputPath }) => resolve(inputPath)));
  const left = files.filter((file) => !built.has(resolve(input, file))).map((file) => join(articlesDir, file));
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
