import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory } from "../../src/ingest/ingest-fs.ts";
import { listFiles } from "../../src/output/list-files.ts";
import type { SiteOptions } from "../../src/site/build.ts";
import { writeSearchIndex } from "../../src/site/search-index.ts";
import { writePages } from "../../src/site/write-pages.ts";
import { DEFAULT_RAW_DIR } from "../support/default-archive.ts";

/**
 * A build renders the site in parts of 2,500 articles, each an Eleventy run of its own that knows the whole archive
 * (render-parts.ts). Whatever the parts, the site must be the one a single run renders: here the default archive,
 * in one part and in parts of two articles and of one (the first part holding the two the feeds carry, then three
 * parts; two threads, each rendering one part after another), compared file by file, the search index included.
 */
let root: string;
const built = new Map<number, string>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-render-parts-"));
  const articlesDir = join(root, "articles");
  await ingestDirectory({ rawDir: DEFAULT_RAW_DIR, articlesDir });
  for (const perPart of [5, 2, 1]) {
    const options: SiteOptions = {
      articlesDir,
      outDir: join(root, `parts-of-${perPart}`),
      rawDir: DEFAULT_RAW_DIR,
      pathPrefix: "/news/",
      baseUrl: "https://news.example.org",
    };
    await writeSearchIndex((await writePages(options, perPart)).toIndex);
    built.set(perPart, options.outDir);
  }
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("a site rendered in parts", () => {
  it.each([2, 1])("is, in parts of %i articles, the site one part renders, file for file", async (perPart) => {
    const whole = built.get(5)!;
    const inParts = built.get(perPart)!;
    const files = listFiles(whole);
    // Every page, feed, citation, raw file and asset, and no folder of links left behind.
    expect(listFiles(inParts)).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(["index.html", "feed.xml", "feed.json", "assets/style.css"]));
    const differing = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(whole, file)), readFile(join(inParts, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it("carries the newest articles' text in the feeds, whichever part renders them", async () => {
    const feed = JSON.parse(await readFile(join(built.get(1)!, "feed.json"), "utf8")) as {
      items: { content_html: string }[];
    };
    expect(feed.items.length).toBeGreaterThan(1);
    for (const item of feed.items) expect(item.content_html).toMatch(/<p>\S/);
  });
});
