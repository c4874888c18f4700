// The thread build.ts writes the pages in. A thread does not inherit the TypeScript loader the CLI (or the test
// runner) registered, so this entry registers tsx's before it loads the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./write-pages-thread.ts");
