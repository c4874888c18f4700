import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { rm } from "node:fs/promises";
import { serialize } from "node:v8";
import type { Worker } from "node:worker_threads";
import { mapConcurrently } from "../map-concurrently.ts";
import { linkFiles } from "../output/link-files.ts";
import { startThread } from "../start-thread.ts";
import { newestFirst } from "./archive.ts";
import type { SiteOptions } from "./build.ts";
import { feedEntries } from "./feeds.ts";
import { readArticles, type ArticleOnDisk } from "./read-articles.ts";
import type { PartToRender, RenderPartOutcome } from "./render-part.ts";
import { ARTICLES_PER_RENDER_PART, cutIntoParts } from "./render-parts.ts";
import { siteToIndex, type IndexedPage, type SiteToIndex } from "./search-index.ts";

/**
 * Parts rendered at once: one a core, at most two. Each holds the archive and its part, about 1 GiB for 5,000 of
 * 50,000 articles.
 */
const RENDER_THREADS = Math.min(availableParallelism(), 2);

/**
 * Writes the pages of the site, and says what to index. The site is rendered in parts of `articlesPerPart` articles
 * (render-parts.ts), each by an Eleventy run in a thread of its own, which gives all of its memory back when it ends:
 * Eleventy holds every page it rendered until then. Each part reads its articles from a folder of links to them,
 * which is removed when it is done.
 */
export async function writePages(
  options: SiteOptions,
  articlesPerPart = ARTICLES_PER_RENDER_PART,
): Promise<SiteToIndex> {
  const parts = planParts(options, await readArticles(options.articlesDir), articlesPerPart);
  const threads: Threads = { running: new Set(), stopped: false };
  try {
    const pages = await mapConcurrently(parts, (part) => renderPartInThread(part, threads), RENDER_THREADS);
    return siteToIndex(options.outDir, pages.flat(), options.replaces);
  } catch (error) {
    // The build has failed: the parts still rendering would go on writing into its folder.
    threads.stopped = true;
    await Promise.all([...threads.running].map((worker) => worker.terminate()));
    throw error;
  }
}

/** The parts to render `articles` in; once made, the articles' objects are garbage, and only the parts hold them. */
function planParts(options: SiteOptions, articles: ArticleOnDisk[], articlesPerPart: number): PartToRender[] {
  const fileOf = new Map(articles.map(({ file, entry }) => [entry, file]));
  const entries = newestFirst(articles.map(({ entry }) => entry));
  // The feeds' articles are the newest dated ones, which come first.
  const cut = cutIntoParts(entries, articlesPerPart, feedEntries(entries).length);
  const serialized = serialize(entries);
  const shared = new Uint8Array(new SharedArrayBuffer(serialized.length));
  shared.set(serialized);
  return cut.map((own, number) => ({
    options,
    number,
    count: cut.length,
    entries: shared.buffer as SharedArrayBuffer,
    input: join(options.outDir, `.render-part-${process.pid}-${number}`),
    files: own.map((entry) => fileOf.get(entry)!),
  }));
}

/** The threads rendering parts, and whether the build has stopped them (no more are started then). */
interface Threads {
  running: Set<Worker>;
  stopped: boolean;
}

/** Renders `part` in a thread of its own, from a folder of links made for it. Resolves once the thread has ended. */
async function renderPartInThread(part: PartToRender, threads: Threads): Promise<IndexedPage[]> {
  await linkFiles(part.options.articlesDir, part.files, part.input);
  try {
    return await new Promise((resolvePages, reject) => {
      if (threads.stopped) return resolvePages([]);
      const worker = startThread(new URL("./render-part-thread.ts", import.meta.url), part);
      const { running } = threads;
      running.add(worker);
      let outcome: RenderPartOutcome | undefined;
      worker.on("message", (message: RenderPartOutcome) => (outcome = message));
      worker.on("error", reject);
      worker.on("exit", (code) => {
        running.delete(worker);
        if (outcome && "pages" in outcome) resolvePages(outcome.pages);
        else if (outcome) {
          reject(Object.assign(new Error(inArticlesDir(outcome.message, part)), { stack: outcome.stack }));
        }
        else reject(new Error(`The thread writing the site's pages stopped (exit code ${code})`));
      });
    });
  } finally {
    await rm(part.input, { recursive: true, force: true });
  }
}

/** A message of Eleventy's about the part's folder of links, naming the articles folder instead. */
function inArticlesDir(message: string, { input, options: { articlesDir } }: PartToRender): string {
  const folder = resolve(input);
  return message.replaceAll(folder, resolve(articlesDir)).replaceAll(relative(".", folder), articlesDir);
}
