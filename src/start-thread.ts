import { Worker } from "node:worker_threads";

/** A worker thread that runs the TypeScript module `module`, which reads `workerData`. */
export function startThread(module: URL, workerData: unknown): Worker {
  return new Worker(new URL("./typescript-thread.js", import.meta.url), { workerData, argv: [module.href] });
}
