import { execFile } from "node:child_process";
import { access, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../../bin/news-archive.js", import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-project-"));
  await mkdir(join(root, "content", "raw"), { recursive: true });
  await writeFile(join(root, "content", "raw", "bridge.txt"), "Bridge opens\n\nBy Jane Doe\n\nThe minister opened the new bridge over the river on Friday.\n");
  await writeFile(join(root, "content", "raw", "port.txt"), "Port reopens\n\nBy Sam Roe\n\nThe port reopened to ships on Monday after the storm.\n");
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** `news-archive build` with its default folders, run in the project folder as `npm run build` runs it. */
const build = () => run("node", [cli, "build"], { cwd: root });
const exists = (path: string) => access(join(root, path)).then(() => true, () => false);

describe("a build in a project folder", () => {
  it("builds every article although the project's .gitignore lists the generated articles folder", async () => {
    // This project's own: Eleventy reads the working folder's .gitignore by default, and skipped every article.
    await copyFile(fileURLToPath(new URL("../../.gitignore", import.meta.url)), join(root, ".gitignore"));
    await build();
    expect(await exists("_site/articles/bridge-opens/index.html")).toBe(true);
    expect(await exists("_site/articles/port-reopens/index.html")).toBe(true);
    expect(await readFile(join(root, "_site", "index.html"), "utf8")).toContain("Port reopens");
  });

  it("stops, naming the article, when an .eleventyignore file would leave it out of the site", async () => {
    await writeFile(join(root, ".eleventyignore"), "content/articles/port-reopens.md\n");
    const failure = await build().catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr.split("\n")[0]).toBe(
      `news-archive: ${join("content", "articles", "port-reopens.md")} was not built: an .eleventyignore file lists it; ` +
        "take it out of that file, or delete the article",
    );
    expect(await exists("_site")).toBe(false);
  });
});
