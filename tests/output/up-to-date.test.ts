import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST } from "../../src/output/replace-folder.ts";
import { digestInputs, isUpToDate, writeStamp } from "../../src/output/up-to-date.ts";
import { DEFAULT_RAW_DIR } from "../support/default-archive.ts";

const run = promisify(execFile);
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-up-to-date-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the digest of a build's inputs", () => {
  it("changes when a file changes, is added or is removed, or an option changes, and only then", async () => {
    const folder = join(root, "inputs");
    await mkdir(join(folder, "nested"), { recursive: true });
    await writeFile(join(folder, "a.md"), "one");
    const digest = (options = {}) => digestInputs({ paths: [folder], options });
    const first = await digest();
    expect(await digest()).toBe(first);

    await writeFile(join(folder, "a.md"), "two");
    const edited = await digest();
    await writeFile(join(folder, "nested", "b.md"), "");
    const added = await digest();
    await rm(join(folder, "nested", "b.md"));
    expect(new Set([first, edited, added, await digest({ pathPrefix: "/news/" })]).size).toBe(4);
    expect(await digest()).toBe(edited);
  });

  it("is the same for the same files in another folder", async () => {
    const folder = join(root, "here");
    await mkdir(join(folder, "nested"), { recursive: true });
    await writeFile(join(folder, "nested", "a.md"), "one");
    await cp(folder, join(root, "there"), { recursive: true });
    const digest = (path: string) => digestInputs({ paths: [path], options: {} });
    expect(await digest(join(root, "there"))).toBe(await digest(folder));
  });
});

describe("a site's record of its inputs", () => {
  it("says the site is up to date only for the same digest, with every file the build wrote still there", async () => {
    const site = join(root, "site");
    await mkdir(join(site, "articles"), { recursive: true });
    await writeFile(join(site, "index.html"), "home");
    await writeFile(join(site, "articles", "one.html"), "one");
    expect(await isUpToDate(site, "abc")).toBe(false);

    await writeFile(join(site, MANIFEST), "articles/one.html\nindex.html\n");
    await writeStamp(site, "abc");
    expect(await isUpToDate(site, "abc")).toBe(true);
    expect(await isUpToDate(site, "abd")).toBe(false);

    await rm(join(site, "articles", "one.html"));
    expect(await isUpToDate(site, "abc")).toBe(false);
  });
});

describe("news-archive build run again", () => {
  const raw = () => join(root, "raw");
  const site = () => join(root, "_site");
  const build = () => run("node", ["bin/news-archive.js", "build", "--raw", raw(), "--articles", join(root, "articles"), "--out", site()]);

  it("leaves the site as it is when nothing it is built from changed, and builds once something did", async () => {
    await cp(DEFAULT_RAW_DIR, raw(), { recursive: true });
    expect((await build()).stdout).toContain(`site written to ${site()}/`);
    const home = join(site(), "index.html");
    const builtAt = (await stat(home)).mtimeMs;

    const again = await build();
    expect(again.stdout).toContain(`site in ${site()}/ is up to date`);
    expect((await stat(home)).mtimeMs).toBe(builtAt);

    await writeFile(join(raw(), "bridge.txt"), "Bridge opens over the river\n\nThe minister opened the new bridge on Friday.\n");
    expect((await build()).stdout).toContain(`site written to ${site()}/`);
    expect(await readFile(home, "utf8")).toContain("Bridge opens over the river");
  });
});
