import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MANIFEST, replaceFolder } from "../../src/output/replace-folder.ts";

let root: string;
let site: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-replace-"));
  site = join(root, "_site");
});
afterEach(() => rm(root, { recursive: true, force: true }));

const writes = (files: Record<string, string>) => async (staging: string) => {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(staging, name, ".."), { recursive: true });
    await writeFile(join(staging, name), text);
  }
};
const contents = async () => {
  const names = (await readdir(site, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(site.length + 1));
  return Object.fromEntries(await Promise.all(names.sort().map(async (name) => [name, await readFile(join(site, name), "utf8")])));
};

describe("replacing the site folder", () => {
  it("drops the files an earlier build wrote and this one does not", async () => {
    await replaceFolder(site, writes({ "index.html": "one", "articles/old/index.html": "old" }));
    await replaceFolder(site, writes({ "index.html": "two" }));
    expect(await contents()).toEqual({ "index.html": "two", [MANIFEST]: "index.html\n" });
  });

  it("keeps the files a person put in the folder", async () => {
    await mkdir(site);
    await writeFile(join(site, "CNAME"), "news.example.org");
    await replaceFolder(site, writes({ "index.html": "one" }));
    await replaceFolder(site, writes({ "index.html": "two" }));
    expect(await contents()).toEqual({ CNAME: "news.example.org", "index.html": "two", [MANIFEST]: "index.html\n" });
  });

  it("takes the folder's name with a trailing slash, as a shell completes it", async () => {
    await mkdir(site);
    await writeFile(join(site, "CNAME"), "news.example.org");
    await replaceFolder(`${site}/`, writes({ "index.html": "one", "articles/a/index.html": "a" }));
    await replaceFolder(`${site}/`, writes({ "index.html": "two" }));
    expect(await contents()).toEqual({ CNAME: "news.example.org", "index.html": "two", [MANIFEST]: "index.html\n" });
  });

  it("refuses to overwrite a file a person put there, and leaves the folder as it was", async () => {
    await mkdir(site);
    await writeFile(join(site, "index.html"), "mine");
    await expect(replaceFolder(site, writes({ "index.html": "generated" }))).rejects.toThrow(
      `${join(site, "index.html")} was not written by news-archive, and the build would overwrite it; move it away or build into another folder (--out)`,
    );
    expect(await contents()).toEqual({ "index.html": "mine" });
    expect(await readdir(root)).toEqual(["_site"]);
  });

  it("leaves the earlier site in place when the build fails", async () => {
    await replaceFolder(site, writes({ "index.html": "one" }));
    await expect(replaceFolder(site, async () => Promise.reject(new Error("broken article")))).rejects.toThrow("broken article");
    expect((await contents())["index.html"]).toBe("one");
  });

  it("puts the earlier site back when a run was killed between its two renames", async () => {
    await replaceFolder(site, writes({ "index.html": "one" }));
    await rename(site, join(root, "._site.previous"));
    await replaceFolder(site, async () => {
      expect(await readFile(join(site, "index.html"), "utf8")).toBe("one");
    });
  });
});
