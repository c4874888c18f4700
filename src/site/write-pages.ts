import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { rm } from "node:fs/promises";
import { mapConcurrently } from "../map-concurrently.ts";
import { linkFiles } from "../output/link-files.ts";
import { runInThread, startServingThread, type ServingThread } from "../start-thread.ts";
import type { SiteOptions } from "./build.ts";
import type { PartPlan, PlanRequest } from "./plan-parts.ts";
import type { PartToRender, RenderThreadData } from "./render-part.ts";
import { ARTICLES_PER_RENDER_PART } from "./render-parts.ts";
import { siteToIndex, type IndexedPage, type SiteToIndex } from "./search-index.ts";

/** Parts rendered at once: one a core, at most two (each holds the whole archive beside its part). */
const RENDER_THREADS = Math.min(availableParallelism(), 2);

/**
 * Writes the pages of the site, and says what to index. The site is rendered in parts of `articlesPerPart` articles
 * (render-parts.ts), each by an Eleventy run of its own, in two threads that render one part after another
 * (render-part.ts) and give all of their memory back when they end: Eleventy holds every page it rendered until its
 * run ends. The articles are read and the parts planned in a thread too (plan-parts.ts): reading 50,000 articles
 * took 1.3 GiB, which this thread would keep while the parts render. Each part reads its articles from a folder of
 * links to them, which is removed when it is done.
 */
export async function writePages(
  options: SiteOptions,
  articlesPerPart = ARTICLES_PER_RENDER_PART,
): Promise<WrittenPages> {
  const request: PlanRequest = { articlesDir: options.articlesDir, articlesPerPart };
  const plan = await runInThread<PartPlan>(new URL("./plan-parts-thread.ts", import.meta.url), request);
  const parts = plan.parts.map(
    (files, number): PartToRender => ({
      number,
      input: join(options.outDir, `.render-part-${process.pid}-${number}`),
      files,
    }),
  );
  const shared: RenderThreadData = { options, entries: plan.entries, count: parts.length };
  const threads = await startRenderThreads(shared, Math.min(RENDER_THREADS, parts.length));
  const idle = [...threads];
  try {
    // A part that failed stops the build: the parts after it are not started, and it fails once the part
    // rendering in the other thread has ended (mapConcurrently).
    const pages = await mapConcurrently(
      parts,
      async (part) => {
        const thread = idle.pop()!;
        try {
          return await renderPartIn(thread, part, options.articlesDir);
        } finally {
          idle.push(thread);
        }
      },
      threads.length,
    );
    return { toIndex: siteToIndex(options.outDir, pages.flat(), options.replaces), plan };
  } finally {
    await Promise.all(threads.map((thread) => thread.stop()));
  }
}

/** The pages a build wrote: what to index, and the articles it rendered them from (read and planned in parts). */
export interface WrittenPages {
  toIndex: SiteToIndex;
  plan: PartPlan;
}

type RenderThread = ServingThread<PartToRender, IndexedPage[]>;

/** Starts `count` threads that render parts, once each has built the archive; stops them all when one fails. */
async function startRenderThreads(shared: RenderThreadData, count: number): Promise<RenderThread[]> {
  const module = new URL("./render-part-thread.ts", import.meta.url);
  const started = await Promise.allSettled(
    Array.from({ length: count }, () =>
      startServingThread<PartToRender, IndexedPage[]>(module, shared, "renders the site's pages"),
    ),
  );
  const threads = started.flatMap((thread) => (thread.status === "fulfilled" ? [thread.value] : []));
  const failed = started.find((thread) => thread.status === "rejected");
  if (!failed) return threads;
  await Promise.all(threads.map((thread) => thread.stop()));
  throw failed.reason;
}

/** Renders `part` in `thread`, from a folder of links made for it, which is removed after. */
async function renderPartIn(thread: RenderThread, part: PartToRender, articlesDir: string): Promise<IndexedPage[]> {
  await linkFiles(articlesDir, part.files, part.input);
  try {
    return await thread.ask(part);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw Object.assign(error, { message: inArticlesDir(error.message, part, articlesDir) });
  } finally {
    await rm(part.input, { recursive: true, force: true });
  }
}

/** A message of Eleventy's about the part's folder of links, naming the articles folder instead. */
function inArticlesDir(message: string, { input }: PartToRender, articlesDir: string): string {
  const folder = resolve(input);
  return message.replaceAll(folder, resolve(articlesDir)).replaceAll(relative(".", folder), articlesDir);
}
