import { renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The ending of the temporary file writeAtomically writes; a run killed mid-write leaves one behind. */
export const UNFINISHED = ".unfinished";

/**
 * Write beside the target and rename over it, so an interrupted run never leaves half a file. Synchronously: a
 * cold ingest writes every article, one after another (the report lists them in order), and with promise-based
 * calls, each a round trip through Node's thread pool, writing 3,000 articles took 2.3 s instead of 1.4 s.
 */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}${UNFINISHED}`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
