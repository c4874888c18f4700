import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * What collects all of a thread's garbage now. V8 collects garbage only when the heap grows to a limit it sets by
 * the heap's size, so what a finished step left behind stays in memory through the next step, when that step
 * allocates little in this thread. Node gives `gc` only to contexts made after it is told to expose it.
 */
export function garbageCollector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
