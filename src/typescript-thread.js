// The entry of this project's worker threads (start-thread.ts). A thread does not inherit the TypeScript loader the
// CLI (or the test runner) registered, so this registers tsx's, then loads the thread's own module, named last in
// its argv.
import { register } from "tsx/esm/api";

register();
await import(process.argv.at(-1));
