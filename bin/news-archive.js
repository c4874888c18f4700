#!/usr/bin/env node
// The CLI is written in TypeScript; tsx's loader lets Node run it as it is, with no build step to forget.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const { heapLimitToSet, runWithHeapLimit } = await import("../src/cli/heap-limit.ts");
const heapLimit = heapLimitToSet();
if (heapLimit === undefined) {
  // Started with an IPC channel (by runWithHeapLimit, or any parent that forks it), which would keep it running.
  process.channel?.unref();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
} else {
  process.exitCode = await runWithHeapLimit(fileURLToPath(import.meta.url), process.argv.slice(2), heapLimit);
}
