import { parentPort, workerData } from "node:worker_threads";
import type { SiteOptions } from "./build.ts";
import { writePages, type WritePagesOutcome } from "./write-pages.ts";

const outcome: WritePagesOutcome = await writePages(workerData as SiteOptions).then(
  (site) => ({ site }),
  (error: unknown) => ({
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  }),
);
parentPort!.postMessage(outcome);
