import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { rm } from "node:fs/promises";
import type { Worker } from "node:worker_threads";
import { mapConcurrently } from "../map-concurrently.ts";
import { linkFiles } from "../output/link-files.ts";
import { runInThread } from "../start-thread.ts";
import type { SiteOptions } from "./build.ts";
import type { PartPlan, PlanRequest } from "./plan-parts.ts";
import type { PartToRender } from "./render-part.ts";
import { ARTICLES_PER_RENDER_PART } from "./render-parts.ts";
import { siteToIndex, type IndexedPage, type SiteToIndex } from "./search-index.ts";

/** Parts rendered at once: one a core, at most two (each holds the whole archive beside its part). */
const RENDER_THREADS = Math.min(availableParallelism(), 2);

/**
 * Writes the pages of the site, and says what to index. The site is rendered in parts of `articlesPerPart` articles
 * (render-parts.ts), each by an Eleventy run in a thread of its own, which gives all of its memory back when it ends:
 * Eleventy holds every page it rendered until then. The articles are read and the parts planned in a thread too
 * (plan-parts.ts): reading 50,000 articles took 1.3 GiB, which this thread would keep while the parts render. Each
 * part reads its articles from a folder of links to them, which is removed when it is done.
 */
export async function writePages(
  options: SiteOptions,
  articlesPerPart = ARTICLES_PER_RENDER_PART,
): Promise<WrittenPages> {
  const request: PlanRequest = { articlesDir: options.articlesDir, articlesPerPart };
  const plan = await runInThread<PartPlan>(new URL("./plan-parts-thread.ts", import.meta.url), request);
  const parts = plan.parts.map(
    (files, number): PartToRender => ({
      options,
      number,
      count: plan.parts.length,
      entries: plan.entries,
      input: join(options.outDir, `.render-part-${process.pid}-${number}`),
      files,
    }),
  );
  const threads: Threads = { running: new Set(), stopped: false };
  try {
    const pages = await mapConcurrently(parts, (part) => renderPartInThread(part, threads), RENDER_THREADS);
    return { toIndex: siteToIndex(options.outDir, pages.flat(), options.replaces), plan };
  } catch (error) {
    // The build has failed: the parts still rendering would go on writing into its folder.
    threads.stopped = true;
    await Promise.all([...threads.running].map((worker) => worker.terminate()));
    throw error;
  }
}

/** The pages a build wrote: what to index, and the articles it rendered them from (read and planned in parts). */
export interface WrittenPages {
  toIndex: SiteToIndex;
  plan: PartPlan;
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
    if (threads.stopped) return [];
    return await runInThread<IndexedPage[]>(new URL("./render-part-thread.ts", import.meta.url), part, (worker) => {
      threads.running.add(worker);
      worker.once("exit", () => threads.running.delete(worker));
    });
  } catch (error) {
    throw error instanceof Error ? Object.assign(error, { message: inArticlesDir(error.message, part) }) : error;
  } finally {
    await rm(part.input, { recursive: true, force: true });
  }
}

/** A message of Eleventy's about the part's folder of links, naming the articles folder instead. */
function inArticlesDir(message: string, { input, options: { articlesDir } }: PartToRender): string {
  const folder = resolve(input);
  return message.replaceAll(folder, resolve(articlesDir)).replaceAll(relative(".", folder), articlesDir);
}
