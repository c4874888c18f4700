import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.ts";
import { fingerprint } from "../support/fingerprint.ts";
import { fixtureArticles } from "../support/built-site.ts";

/**
 * A build that replaces a site takes that site's search index when the article pages are the same, instead of
 * indexing them again; once an article changes, it must index again, exactly as a build from nothing would.
 */
let root: string;
const folder = (name: string) => join(root, name);
const index = (site: string) => fingerprint(join(folder(site), "pagefind"));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-index-reuse-"));
  await cp(fixtureArticles("articles"), folder("articles"), { recursive: true });
  await buildSite({ articlesDir: folder("articles"), outDir: folder("first") });
  await buildSite({ articlesDir: folder("articles"), outDir: folder("unchanged"), replaces: folder("first") });
  await cp(folder("unchanged"), folder("damaged"), { recursive: true });
  const [fragment] = await readdir(join(folder("damaged"), "pagefind", "fragment"));
  await rm(join(folder("damaged"), "pagefind", "fragment", fragment!));
  await buildSite({ articlesDir: folder("articles"), outDir: folder("repaired"), replaces: folder("damaged") });
  await cp(folder("unchanged"), folder("garbled"), { recursive: true });
  await writeFile(join(folder("garbled"), "pagefind", ".indexed-pages"), "{ not JSON");
  await buildSite({ articlesDir: folder("articles"), outDir: folder("ungarbled"), replaces: folder("garbled") });
  // A new article, not an edited one: Eleventy keeps what it read of a file for the rest of the process.
  const letter = await readFile(join(folder("articles"), "letter-from-the-harbour.md"), "utf8");
  await writeFile(join(folder("articles"), "a-second-letter.md"), letter.replace("two hundred years", "as long as the xylophonist"));
  await buildSite({ articlesDir: folder("articles"), outDir: folder("changed"), replaces: folder("unchanged") });
  await buildSite({ articlesDir: folder("articles"), outDir: folder("fresh") });
  // A build into a folder that holds a site, an article of which has since been deleted.
  await cp(fixtureArticles("articles"), folder("fewer-articles"), { recursive: true });
  await rm(join(folder("fewer-articles"), "river-flood-report.md"));
  await cp(folder("first"), folder("overwritten"), { recursive: true });
  await buildSite({ articlesDir: folder("fewer-articles"), outDir: folder("overwritten") });
  await buildSite({ articlesDir: folder("fewer-articles"), outDir: folder("fewer") });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the search index of a build that replaces a site", () => {
  it("is the replaced site's index, file for file, when no article page changed", async () => {
    expect(await index("unchanged")).toEqual(await index("first"));
    const entry = "pagefind/pagefind-entry.json";
    // The same file on disk, not a copy: the index was not made again.
    expect((await stat(join(folder("unchanged"), entry))).ino).toBe((await stat(join(folder("first"), entry))).ino);
  });

  it("is made again when a file of the replaced site's index is missing, or its record unreadable", async () => {
    expect(await index("repaired")).toEqual(await index("first"));
    expect(await index("ungarbled")).toEqual(await index("first"));
  });

  it("holds no article that was deleted, when the build wrote over an older site", async () => {
    expect(await readdir(join(folder("overwritten"), "articles"))).toContain("river-flood-report");
    expect(await index("overwritten")).toEqual(await index("fewer"));
    expect(await index("overwritten")).not.toEqual(await index("first"));
  });

  it("is made again, as a build from nothing makes it, once an article changes", async () => {
    expect(await index("changed")).not.toEqual(await index("unchanged"));
    expect(await index("changed")).toEqual(await index("fresh"));
  });
});
