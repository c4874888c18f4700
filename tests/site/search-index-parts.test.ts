import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeSearchIndexes } from "../../src/site/merge-search-indexes.ts";
import { indexPartsOf, pagefindBytes } from "../../src/site/search-index.ts";
import type { IndexFile } from "../../src/site/stable-search-index.ts";
import type { BuiltSite } from "../support/built-site.ts";
import { buildDefaultArchive } from "../support/default-archive.ts";
import { indexInParts } from "../support/index-in-parts.ts";
import { GENERATED_PAGES, readIndex, writeGeneratedPages } from "../support/search-indexes.ts";

/**
 * An archive larger than one Pagefind process should index (some 10,000 articles of 500 words) is indexed in parts,
 * merged into one index. Merged, it must be the index Pagefind makes of all the pages at once: here the default
 * archive, its five articles indexed at once and in parts of two and of one, read back as the search page reads it.
 */
let site: BuiltSite;
let root: string;

beforeAll(async () => {
  site = await buildDefaultArchive();
  root = await mkdtemp(join(tmpdir(), "news-archive-index-parts-"));
  for (const size of [1, 2]) {
    await cp(site.outDir, join(root, `parts-of-${size}`), { recursive: true });
    await indexInParts(join(root, `parts-of-${size}`), size);
  }
  await writeGeneratedPages(join(root, "generated"));
  for (const size of [GENERATED_PAGES, 150]) {
    await cp(join(root, "generated"), join(root, `generated-${size}`), { recursive: true });
    await indexInParts(join(root, `generated-${size}`), size);
  }
});
afterAll(async () => {
  await site?.remove();
  await rm(root, { recursive: true, force: true });
});

describe("a search index made in parts", () => {
  it.each([
    { size: 1, parts: "one article" },
    { size: 2, parts: "two articles" },
  ])("is, in parts of $parts, the index Pagefind makes of all of them at once", async ({ size }) => {
    const whole = await readIndex(join(site.outDir, "pagefind"));
    const merged = await readIndex(join(root, `parts-of-${size}`, "pagefind"));
    expect(whole.pages).toHaveLength(5);
    expect(merged).toEqual(whole);
  });

  it("is, for pages whose words fill many word files, the index Pagefind makes of all of them at once", async () => {
    const whole = await readIndex(join(root, `generated-${GENERATED_PAGES}`, "pagefind"));
    const merged = await readIndex(join(root, "generated-150", "pagefind"));
    expect(whole.pages).toHaveLength(GENERATED_PAGES);
    expect(whole.words.length).toBeGreaterThan(5);
    expect(merged).toEqual(whole);
  });
});

describe("cutting an archive's article pages into parts", () => {
  const pages = (...words: number[]) => words.map((count, i) => ({ path: `articles/${i}/index.html`, words: count }));
  const paths = (parts: string[][]) => parts.map((part) => part.map((path) => Number(path.split("/")[1])));
  const twoPagesOf = (words: number) => 2 * pagefindBytes({ words });

  it("fills each part, in the pages' order, up to what Pagefind may take to index it", () => {
    expect(paths(indexPartsOf(pages(300, 300, 300, 300, 300), twoPagesOf(300)))).toEqual([[0, 1], [2, 3], [4]]);
    expect(paths(indexPartsOf(pages(300, 300), twoPagesOf(300)))).toEqual([[0, 1]]);
  });

  it("counts the pages' words as well as the pages", () => {
    expect(paths(indexPartsOf(pages(300, 300, 5000, 300, 300), twoPagesOf(300)))).toEqual([[0, 1], [2], [3, 4]]);
    expect(paths(indexPartsOf(pages(100, 100, 100), twoPagesOf(300)))).toEqual([[0, 1, 2]]);
  });

  it("makes one empty part of an archive without articles", () => {
    expect(indexPartsOf([], twoPagesOf(300))).toEqual([[]]);
  });
});

describe("merging the parts of a search index", () => {
  it("keeps two pages apart when two parts give their fragments one name", async () => {
    // Two parts, each of them a whole index: the default archive's two oldest articles, and the other three.
    // One after the other: a process has one Pagefind, which each index ends.
    const parts: IndexFile[][] = [];
    for (const part of [0, 1]) {
      const folder = join(root, `collision-${part}`);
      await cp(site.outDir, folder, { recursive: true });
      const articles = (await readdir(join(folder, "articles"))).sort();
      const kept = part === 0 ? OLDEST_TWO : articles.filter((slug) => !OLDEST_TWO.includes(slug));
      for (const slug of articles) if (!kept.includes(slug)) await rm(join(folder, "articles", slug), { recursive: true });
      await indexInParts(folder, 100);
      parts.push(await readIndexFiles(join(folder, "pagefind")));
    }
    const [older, newer] = parts;
    // The newer part names its first page's fragment as the older part names its first.
    const metaOf = (files: IndexFile[]) => files.find((file) => file.path.endsWith(".pf_meta"))!;
    const [olderName] = unpack<[string, [string, number][]]>(metaOf(older!).content)[1][0]!;
    const newerMeta = unpack<[string, [string, number][], ...unknown[]]>(metaOf(newer!).content);
    const newerName = newerMeta[1][0]![0];
    newerMeta[1][0]![0] = olderName;
    const renamed = newer!.map((file) => {
      if (file === metaOf(newer!)) return { path: file.path, content: pack(newerMeta) };
      if (file.path === `fragment/${newerName}.pf_fragment`) return { path: `fragment/${olderName}.pf_fragment`, content: file.content };
      return file;
    });

    const merged = await mergeSearchIndexes([older!, renamed]);
    const [, pages] = unpack<[string, [string, number][]]>(metaOf(merged).content);
    const fragment = (name: string) => merged.find((file) => file.path === `fragment/${name}.pf_fragment`)!.content;
    const urls = pages.map(([name]) => JSON.parse(gunzipSync(fragment(name)).subarray(12).toString()).url);
    expect(new Set(urls).size).toBe(5);
    expect(urls.sort()).toEqual((await readdir(join(site.outDir, "articles"))).sort().map((slug) => `/articles/${slug}/`));
  });
});

/** The default archive's two oldest articles (both undated; the others are dated). */
const OLDEST_TWO = ["france-stands-with-iraq-in-its-fight-against-isis", "french-minister-of-armies-florence-parly-met-with-senior-iraqi-officials"];

async function readIndexFiles(folder: string): Promise<IndexFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path: path.slice(folder.length + 1), content: new Uint8Array(await readFile(path)) };
      }),
  );
}

const MARKER = "pagefind_dcd";
const unpack = <T>(content: Uint8Array) => decode(gunzipSync(content).subarray(MARKER.length)) as T;
const pack = (value: unknown) => new Uint8Array(gzipSync(Buffer.concat([Buffer.from(MARKER), encode(value)])));
