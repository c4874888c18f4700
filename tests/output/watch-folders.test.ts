import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchFolders } from "../../src/output/watch-folders.ts";

describe("watchFolders", () => {
  let root: string;
  let heard: number;
  let watcher: { close(): void };
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "news-archive-watch-"));
    heard = 0;
  });
  afterEach(async () => {
    watcher.close();
    await rm(root, { recursive: true, force: true });
  });
  const start = () => (watcher = watchFolders([root], new Set(["node_modules"]), () => (heard += 1)));
  /** Resolves once something was heard since `before` was read. */
  const heardSince = (before: number) => expect.poll(() => heard, { timeout: 5_000 }).toBeGreaterThan(before);

  it("hears every save of a file replaced by a rename, not only the first", async () => {
    writeFileSync(join(root, "a.md"), "1");
    start();
    for (const text of ["2", "3", "4"]) {
      const before = heard;
      writeFileSync(join(root, "a.md.tmp"), text);
      renameSync(join(root, "a.md.tmp"), join(root, "a.md"));
      await heardSince(before);
    }
  });

  it("hears changes in folders made after it started, and in folders below them", async () => {
    start();
    mkdirSync(join(root, "2026", "11"), { recursive: true });
    await heardSince(0);
    // The new folders are watched by the time the change that made them is heard.
    const before = heard;
    writeFileSync(join(root, "2026", "11", "b.md"), "text");
    await heardSince(before);
  });

  it("leaves out node_modules", async () => {
    mkdirSync(join(root, "node_modules"));
    start();
    writeFileSync(join(root, "node_modules", "c.md"), "text");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toBe(0);
  });
});
