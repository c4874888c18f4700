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

/** A thread started by startServingThread, once it is ready: it answers each request it is sent, in turn. */
export interface ServingThread<Request, Result> {
  /** What the thread makes of `request`; rejects with why it failed, or when the thread has stopped. */
  ask(request: Request): Promise<Result>;
  /** whether the thread has stopped, by stop() or by a failure of its own */
  readonly stopped: boolean;
  stop(): Promise<void>;
}

/** What a thread started by startServingThread sends: that it is ready, then for each request its result or error. */
type ServingAnswer<Result> = { ready: true } | { result: Result } | { message: string };

/**
 * Runs `module` in a thread of its own (startThread), which answers requests with answerInTurn; resolves once the
 * thread says it is ready, and rejects when it fails before. `what` names the thread in the error of one that stops.
 */
export function startServingThread<Request, Result>(
  module: URL,
  workerData: unknown,
  what: string,
): Promise<ServingThread<Request, Result>> {
  const worker = startThread(module, workerData);
  const waiting: { resolve(answer: ServingAnswer<Result>): void; reject(error: Error): void }[] = [];
  const next = () => new Promise<ServingAnswer<Result>>((resolve, reject) => waiting.push({ resolve, reject }));
  worker.on("message", (answer: ServingAnswer<Result>) => waiting.shift()?.resolve(answer));
  let stopped: Error | undefined;
  const failed = (error: Error) => waiting.splice(0).forEach((wait) => wait.reject(error));
  worker.on("error", failed);
  worker.on("exit", (code) => failed((stopped = new Error(`The thread that ${what} stopped (exit code ${code})`))));
  return next().then(() => ({
    get stopped() {
      return stopped !== undefined;
    },
    ask: async (request) => {
      if (stopped) throw stopped;
      const answer = next();
      worker.postMessage(request);
      const outcome = await answer;
      if ("message" in outcome) throw new Error(outcome.message);
      return (outcome as { result: Result }).result;
    },
    stop: async () => {
      await worker.terminate();
    },
  }));
}

/**
 * In a thread that startServingThread started: says it is ready, then answers each request with what `answer` makes
 * of it, or why it failed, one request at a time.
 */
export function answerInTurn<Request, Result>(answer: (request: Request) => Promise<Result>): void {
  let turn = Promise.resolve();
  parentPort!.on("message", (request: Request) => {
    turn = turn.then(() =>
      answer(request).then(
        (result) => parentPort!.postMessage({ result }),
        (error: unknown) => parentPort!.postMessage({ message: error instanceof Error ? error.message : String(error) }),
      ),
    );
  });
  parentPort!.postMessage({ ready: true });
}
