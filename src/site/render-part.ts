import { join, relative, resolve, sep } from "node:path";
import { deserialize } from "node:v8";
import Eleventy, { type AfterBuildEvent, type UserConfig } from "@11ty/eleventy";
import { garbageCollector } from "../collect-garbage.ts";
import { writeInPlace } from "../output/write-in-place.ts";
import { configPath, type SiteOptions } from "./build.ts";
import { buildArchive, withContexts } from "./archive.ts";
import { articleUrl } from "./article-data.ts";
import type { ArchiveEntry } from "./browse.ts";
import type { PartPlan } from "./plan-parts.ts";
import { setRenderPart, type RenderPart } from "./render-parts.ts";
import { indexedPages, type IndexedPage } from "./search-index.ts";
import { SITE_DATA, siteData } from "./site-data.ts";

/** What every part a thread renders shares (render-parts.ts): the build's options, every article, the parts' count. */
export interface RenderThreadData {
  options: SiteOptions;
  entries: PartPlan["entries"];
  count: number;
}

/** A part of the site to render: its number, from `input`, a folder of links to the part's article `files`. */
export interface PartToRender {
  number: number;
  input: string;
  files: string[];
}

/**
 * What renders parts of the site one after another, in one thread, each by an Eleventy run of its own that writes
 * its pages and says which of them to index. Every part knows the whole archive, which is read and built once for
 * all the parts a thread renders: at 50,000 articles that took 6.5 s a part, a third of its time (2.5 s reading and
 * interning the entries, 4 s building the archive); each part adds what its articles' pages show beside them.
 */
export function partRenderer({
  options,
  entries: shared,
  count,
}: RenderThreadData): (part: PartToRender) => Promise<IndexedPage[]> {
  const entries = internStrings(deserialize(new Uint8Array(shared)) as ArchiveEntry[]);
  const archive = buildArchive(entries, new Set());
  const collectGarbage = garbageCollector();
  return async ({ number, input, files }) => {
    const part = { number, count, entries, archive: withContexts(archive, new Set(files.map(articleUrl))) };
    try {
      return (await renderPages(options, input, files, part)).pages;
    } finally {
      // Eleventy would keep every part's articles for as long as the thread runs; and V8 would keep what the part
      // rendered beside the next one: at 50,000 articles, one thread rendering five parts peaked at 2.25 GiB, and
      // at 1.16 GiB collecting after each part.
      await forgetTemplates(files.map((file) => join(input, file)));
      collectGarbage();
    }
  };
}

/**
 * Writes the pages of `part` into `options.outDir` by an Eleventy run, its articles read from `input`, a folder of
 * links to the article `files`; says which of the pages it wrote to index, and the paths in `outDir` of the pages
 * it wrote. Rejects with a message naming the file and field at fault.
 */
export async function renderPages(
  { outDir, pathPrefix, ...options }: SiteOptions,
  input: string,
  files: string[],
  part: RenderPart,
): Promise<{ pages: IndexedPage[]; written: string[] }> {
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
  // An update renders without writing, and writes its pages in place (writePagesInPlace).
  const built = part.update ? eleventy.toJSON() : eleventy.write().then(([, written]) => written);
  const results = await built.catch((error: unknown) => {
    const message = `The site could not be built from ${options.articlesDir}:\n${describeError(error)}`;
    throw new Error(message, { cause: error });
  });
  checkEveryArticleBuilt(options.articlesDir, input, files, results);
  const words = new Map(part.entries.map((entry) => [entry.url, entry.words]));
  const pages = indexedPages(outDir, results, (url) => {
    const count = words.get(url);
    if (count === undefined) throw new Error(`The build wrote an article page, ${url}, for no article it read`);
    return count;
  });
  const written = part.update
    ? writePagesInPlace(results)
    : results.flatMap(({ outputPath }) => (typeof outputPath === "string" ? [outputPath] : []));
  return { pages, written: written.map((path) => relative(outDir, path).split(sep).join("/")) };
}

/**
 * Writes each page of `results` over its file, in place (writeInPlace), and says which files it wrote. Reading each
 * file first to leave alike ones alone took longer than writing them.
 */
function writePagesInPlace(results: AfterBuildEvent["results"]): string[] {
  const written: string[] = [];
  for (const { outputPath, content } of results) {
    if (typeof outputPath !== "string") continue;
    writeInPlace(outputPath, [Buffer.from(content)]);
    written.push(outputPath);
  }
  return written;
}

/**
 * Eleventy keeps, for the whole process, the text of every template file it read, by path, and every template it
 * compiled, and a later run in the same process renders from them: an update of a served site (update-pages.ts)
 * renders its changed articles from one folder of links each time, and rendered the text they had before. Its own
 * watch mode tells Eleventy's global event bus which files changed, which drops them; so is it told here, once a
 * run has rendered `files` (paths), and that compiled templates are to go, as when its configuration changes: the
 * process keeps no run's templates after it. (Not with the template cache turned off: an update took four times as
 * long.) Throws when a new version of Eleventy no longer has that bus.
 */
export async function forgetTemplates(files: string[]): Promise<void> {
  const bus = ((await import(new URL("./EventBus.js", import.meta.resolve("@11ty/eleventy")).href)) as { default?: EventBus }).default;
  if (typeof bus?.emit !== "function") {
    throw new Error("Eleventy's event bus has changed: an update of a served site can no longer tell it which files changed");
  }
  for (const file of files) await bus.emit("eleventy.resourceModified", resolve(file));
  await bus.emit("eleventy.compileCacheReset");
}

interface EventBus {
  emit(event: string, ...args: unknown[]): Promise<unknown>;
}

/**
 * `value` with each text that occurs more than once in it made one string: deserialized, every name, place, topic
 * and reason for a removed line is a string of its own, a third of the memory the 50,000 entries of a large archive
 * take in each thread.
 */
export function internStrings<Value>(value: Value): Value {
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
