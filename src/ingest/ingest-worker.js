// A worker thread of ingest-threads.ts. Worker threads do not inherit the TypeScript loader the CLI (or the test
// runner) registered, so this entry registers tsx's before it loads the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./ingest-worker-thread.ts");
