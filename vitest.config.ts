import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/typescript-loader.ts"],
    // Vitest's default is one file at a time on two cores (cores − 1), but most of a file's time here is spent
    // waiting on the builds, servers and browser it starts: two at a time ran the suite in 509 s instead of 620 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Site tests run real Eleventy and Pagefind builds, and a browser. The limits only catch a hang: beside another
    // file, a test of three builds and a served site took 20 s alone, 27–39 s, and once over 60 s on a busy machine.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
