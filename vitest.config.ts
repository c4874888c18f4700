import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/typescript-loader.ts"],
    // Vitest's default is one file at a time on two cores (cores − 1), but most of a file's time here is spent
    // waiting on the builds, servers and browser it starts: two at a time ran the suite in 509 s instead of 620 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Site tests run real Eleventy and Pagefind builds, and a browser.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
