import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-config-"));
  await mkdir(join(root, "raw"));
  await writeFile(join(root, "raw", "bridge.txt"), "Bridge opens\n\nBy Jane Doe\n\nThe minister opened the new bridge over the river on Friday, ending ten years of delays.\n");
});
afterEach(() => rm(root, { recursive: true, force: true }));

const build = (...flags: string[]) =>
  run("node", ["bin/news-archive.js", "build", "--raw", join(root, "raw"), "--articles", join(root, "articles"), "--out", join(root, "_site"), ...flags]);

describe("the site config, site.yaml beside the raw folder", () => {
  it("sets the path prefix and base URL of a build", async () => {
    await writeFile(join(root, "site.yaml"), "baseUrl: https://news.example.org\npathPrefix: /news/\n");
    await build();
    const home = await readFile(join(root, "_site", "index.html"), "utf8");
    expect(home).toContain('href="/news/articles/bridge-opens/"');
    expect(home).toContain('<link rel="canonical" href="https://news.example.org/news/">');
  });

  it("gives way to the command line's flags", async () => {
    await writeFile(join(root, "site.yaml"), "pathPrefix: /news/\n");
    await build("--path-prefix", "/archive/");
    expect(await readFile(join(root, "_site", "index.html"), "utf8")).toContain('href="/archive/articles/bridge-opens/"');
  });

  it("stops the build with one line naming the file and the field when it is wrong", async () => {
    await writeFile(join(root, "site.yaml"), "pathPrefix: news\n");
    const failure = await build().catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr.split("\n")[0]).toBe(`news-archive: ${join(root, "site.yaml")}: field "pathPrefix": expected a path that starts with /`);
  });
});
