import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MANIFEST, removeWithSpares, replaceFolder } from "../../src/output/replace-folder.ts";

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

describe("replacing a folder with recycling, as serve does", () => {
  const recycle = { recycle: true };

  it("writes over the version it took out the time before, keeping only what the new version wrote", async () => {
    await replaceFolder(site, writes({ "index.html": "one", "articles/old/index.html": "old" }), recycle);
    await replaceFolder(site, writes({ "index.html": "two", "articles/old/index.html": "old" }), recycle);
    await replaceFolder(
      site,
      async (staging) => {
        // The first version's folder, whose files take the new text in place.
        expect(await readFile(join(staging, "index.html"), "utf8")).toBe("one");
        await writes({ "index.html": "three" })(staging);
      },
      recycle,
    );
    expect(await contents()).toEqual({ "index.html": "three", [MANIFEST]: "index.html\n" });
    expect((await readdir(site)).sort()).toEqual([MANIFEST, "index.html"].sort());
  });

  it("leaves the served site untouched, though a file of it is linked into the recycled folder", async () => {
    await replaceFolder(site, writes({ "index.html": "one", "pagefind/entry.json": "index" }), recycle);
    // The second version takes the first one's index as it is, by a link (search-index.ts does this).
    await replaceFolder(
      site,
      async (staging) => {
        await writes({ "index.html": "two" })(staging);
        await mkdir(join(staging, "pagefind"));
        await link(join(site, "pagefind/entry.json"), join(staging, "pagefind/entry.json"));
      },
      recycle,
    );
    const linked = await stat(join(site, "pagefind/entry.json"));
    await replaceFolder(
      site,
      async (staging) => {
        const now = await stat(join(site, "pagefind/entry.json"));
        expect(now).toMatchObject({ mtimeMs: linked.mtimeMs, size: linked.size });
        await writes({ "index.html": "three" })(staging);
      },
      recycle,
    );
    expect(await contents()).toEqual({ "index.html": "three", [MANIFEST]: "index.html\n" });
  });

  it("removes the folder and the ones it keeps beside it", async () => {
    await replaceFolder(site, writes({ "index.html": "one" }), recycle);
    await replaceFolder(site, writes({ "index.html": "two" }), recycle);
    expect((await readdir(root)).sort()).toEqual(["._site.previous", "_site"]);
    await removeWithSpares(site);
    expect(await readdir(root)).toEqual([]);
  });
});
