import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
import { passSignalsOn } from "./signals.ts";

const HEAP_FLAG = "--max-old-space-size";
/**
 * Node's default heap stops at about 4 GiB, whatever the machine has, and a build of some ten thousand articles
 * needs more: it slows to a crawl collecting garbage near the limit, then dies. Half the machine's memory leaves the
 * rest to Pagefind, the file cache and everything else running.
 */
const SHARE_OF_MEMORY = 0.5;

/**
 * The heap limit (MiB) the CLI should run with, when Node's is smaller and nobody chose one: a limit given in
 * `execArgv` or NODE_OPTIONS is the person's choice, and is kept.
 */
export function heapLimitToSet({
  execArgv = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? "",
  memoryBytes = totalmem(),
  heapLimitBytes = getHeapStatistics().heap_size_limit,
} = {}): number | undefined {
  // V8 takes its flags with dashes or underscores alike.
  if ([...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replaceAll("_", "-").startsWith(HEAP_FLAG))) return undefined;
  const wanted = Math.floor((memoryBytes * SHARE_OF_MEMORY) / 2 ** 20);
  return heapLimitBytes / 2 ** 20 < wanted ? wanted : undefined;
}

/**
 * Runs `script` with `args` in a new Node process with a heap limit of `mib`, and resolves with its exit status.
 * Termination signals sent to this process are passed on (signals.ts), and this process waits for the other to finish.
 */
export function runWithHeapLimit(script: string, args: string[], mib: number): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, `${HEAP_FLAG}=${mib}`, script, ...args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  const stopPassing = passSignalsOn(child);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      stopPassing();
      // A shell reports a process killed by a signal as 128 + its number.
      resolve(code ?? 128 + (signal === "SIGINT" ? 2 : signal === "SIGHUP" ? 1 : 15));
    });
  });
}
