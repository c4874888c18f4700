import { register } from "tsx/esm/api";
import { afterAll } from "vitest";

// Eleventy loads .eleventy.ts with Node's own import(), which vitest's TypeScript support does not reach. tsx's
// loader teaches Node TypeScript, as running under tsx does for the CLI.
const unregister = register();
afterAll(() => unregister());
