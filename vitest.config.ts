import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/typescript-loader.ts"],
    // Site tests run real Eleventy and Pagefind builds, and a browser.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
