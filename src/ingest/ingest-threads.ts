import { availableParallelism } from "node:os";
import { startThread } from "../start-thread.ts";
import { aliasesFrom, type AliasFile } from "./aliases.ts";
import type { IngestResult, RawArticle } from "./ingest.ts";

/**
 * From this many articles on, ingest runs on every core. A worker thread takes about a second to load ingest and
 * its NLP libraries, the time one thread takes to ingest some thirty articles, so small runs (and the tests) stay
 * on one thread.
 */
const THREADS_FROM = 100;
/** Articles sent to a worker at a time: enough to keep the messages few, few enough to share the work out evenly. */
const BATCH = 16;

/** ingestOrReport for each raw article, in order, on as many threads as it pays to use. */
export async function ingestArticles(raws: RawArticle[], aliasFile: AliasFile): Promise<IngestResult[]> {
  if (raws.length === 0) return [];
  const threads = availableParallelism();
  if (raws.length < THREADS_FROM || threads < 2) {
    // Loaded when there is something to ingest: its NLP libraries take most of a second to load, and most runs find
    // every article ingested already.
    const { ingestOrReport } = await import("./ingest.ts");
    const aliases = aliasesFrom(aliasFile);
    return raws.map((raw) => ingestOrReport(raw, aliases));
  }
  return ingestInThreads(raws, aliasFile, threads);
}

/** ingestOrReport for each raw article, in order, shared out in batches among `threads` worker threads. */
export async function ingestInThreads(raws: RawArticle[], aliasFile: AliasFile, threads: number): Promise<IngestResult[]> {
  const results: IngestResult[] = new Array(raws.length);
  let next = 0;
  const work = async (): Promise<void> => {
    const worker = startWorker(aliasFile);
    try {
      while (next < raws.length) {
        const start = next;
        next += BATCH;
        (await worker.ingest(raws.slice(start, start + BATCH))).forEach((result, k) => (results[start + k] = result));
      }
    } catch (error) {
      next = raws.length; // the other workers stop too
      throw error;
    } finally {
      await worker.stop();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, Math.ceil(raws.length / BATCH)) }, work));
  return results;
}

function startWorker(aliasFile: AliasFile): { ingest(raws: RawArticle[]): Promise<IngestResult[]>; stop(): Promise<number> } {
  const worker = startThread(new URL("./ingest-worker-thread.ts", import.meta.url), { aliasFile });
  let pending: { resolve(results: IngestResult[]): void; reject(error: Error): void } | undefined;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    pending?.reject(error);
  };
  worker.on("message", (results: IngestResult[]) => pending?.resolve(results));
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`an ingest worker thread stopped (exit code ${code})`)));
  return {
    ingest: (raws) =>
      failure
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            pending = { resolve, reject };
            worker.postMessage(raws);
          }),
    stop: () => worker.terminate(),
  };
}
