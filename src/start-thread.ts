import { parentPort, Worker } from "node:worker_threads";

/** A worker thread that runs the TypeScript module `module`, which reads `workerData`. */
export function startThread(module: URL, workerData: unknown): Worker {
  return new Worker(new URL("./typescript-thread.js", import.meta.url), { workerData, argv: [module.href] });
}

/** What a thread started by runInThread sends back: what it made, or why it failed. */
type Outcome<Result> = { result: Result } | { message: string; stack: string | undefined };

/**
 * Runs `module` in a thread of its own (startThread), which answers with `answerFromThread`, and resolves with its
 * result once the thread has ended, giving back all of its memory; rejects with its error. `started` is told of the
 * thread, for a caller that may have to stop it.
 */
export function runInThread<Result>(
  module: URL,
  workerData: unknown,
  started?: (worker: Worker) => void,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = startThread(module, workerData);
    started?.(worker);
    let outcome: Outcome<Result> | undefined;
    worker.on("message", (message: Outcome<Result>) => (outcome = message));
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (outcome && "result" in outcome) resolve(outcome.result);
      else if (outcome) reject(Object.assign(new Error(outcome.message), { stack: outcome.stack }));
      else reject(new Error(`A thread of the build stopped (exit code ${code})`));
    });
  });
}

/** In a thread that runInThread started: sends what `work` makes, or why it failed, to the thread that started it. */
export async function answerFromThread<Result>(work: () => Promise<Result>): Promise<void> {
  const outcome: Outcome<Result> = await work().then(
    (result) => ({ result }),
    (error: unknown) => ({
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    }),
  );
  parentPort!.postMessage(outcome);
}
