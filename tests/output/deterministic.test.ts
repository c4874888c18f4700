import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../support/fingerprint.ts";

const run = promisify(execFile);
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-twice-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("building the default archive twice", () => {
  it("gives byte-identical articles and sites", async () => {
    const build = async (name: string) => {
      await run("node", ["bin/news-archive.js", "build", "--articles", join(root, name, "articles"), "--out", join(root, name, "site")]);
      return { articles: await fingerprint(join(root, name, "articles")), site: await fingerprint(join(root, name, "site")) };
    };
    const first = await build("first");
    const second = await build("second");
    expect(Object.keys(first.site).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });

  it("leaves every folder and file readable by other users, as a web server reads them", async () => {
    const site = join(root, "first", "site");
    for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      const { mode } = await stat(path);
      const needed = entry.isDirectory() ? 0o005 : 0o004;
      expect(mode & needed, `${path} is ${(mode & 0o777).toString(8)}`).toBe(needed);
    }
  });
});
