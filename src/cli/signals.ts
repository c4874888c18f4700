import type { ChildProcess } from "node:child_process";

/**
 * One Ctrl+C reaches the CLI more than once: from the terminal, which signals every process of the command, and
 * again from each process that started it and passes signals on (npm, heap-limit.ts). Signals this soon after the
 * first are the same press.
 */
const SAME_PRESS_MS = 1000;

/**
 * How long a process that started the CLI waits to hear that the CLI got a signal itself before passing the signal
 * on. The CLI says so at once; a process signalled on its own (by a supervisor, say) hears nothing, and passes it on.
 */
const REPORT_WAIT_MS = 200;

/** What the CLI sends the process that started it, over Node's IPC channel, for each signal it gets. */
const REPORT = "news-archive:signalled";

const TERMINATING: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Resolves at the first SIGINT or SIGTERM; one that comes later than the same press stops the process at once.
 * Each is reported to the process that started this one, when it listens (passSignalsOn).
 */
export function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    let first: number | undefined;
    const stop = (signal: NodeJS.Signals) => {
      // With a callback: a channel its parent closed (killed, say) is an error passed to it, not one thrown.
      process.send?.(REPORT, undefined, undefined, () => undefined);
      // The monotonic clock: the wall clock can be set forward between two signals of one press.
      const now = performance.now();
      if (first === undefined) {
        first = now;
        resolve();
      } else if (now - first > SAME_PRESS_MS) {
        // As a shell reports a process killed by the signal.
        process.exit(128 + (signal === "SIGINT" ? 2 : 15));
      }
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/**
 * Passes the termination signals this process gets on to `child`, a CLI started with an IPC channel, unless it got
 * them itself: a copy of a Ctrl+C it already has would count, if late enough, as a second press. Returns what stops
 * passing them on.
 */
export function passSignalsOn(child: ChildProcess): () => void {
  let reported = -Infinity;
  child.on("message", (message) => {
    if (message === REPORT) reported = performance.now();
  });
  const timers = new Set<NodeJS.Timeout>();
  const pass = (signal: NodeJS.Signals) => {
    const at = performance.now();
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (reported < at - SAME_PRESS_MS) child.kill(signal);
    }, REPORT_WAIT_MS);
    timers.add(timer);
  };
  for (const signal of TERMINATING) process.on(signal, pass);
  return () => {
    for (const signal of TERMINATING) process.off(signal, pass);
    for (const timer of timers) clearTimeout(timer);
  };
}
