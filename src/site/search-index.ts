import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AfterBuildEvent } from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { mapConcurrently } from "../map-concurrently.ts";
import { linkFiles, linkOrCopy } from "../output/link-files.ts";
import { ARTICLE_PAGES } from "./article-data.ts";
import { comparePagefindStrings, mergeSearchIndexes } from "./merge-search-indexes.ts";
import {
  patchSearchIndex,
  readSearchIndexState,
  type IndexPatch,
  type PageToIndex,
  type SearchIndexState,
} from "./patch-search-index.ts";
import { stabilizeIndexFiles, type IndexFile } from "./stable-search-index.ts";

/**
 * A written site to index: its folder, its article pages (oldest first), what its index is made from (sourceDigest),
 * the site it replaces.
 */
export interface SiteToIndex {
  siteDir: string;
  pages: IndexedPage[];
  source: string;
  earlierSite: string | undefined;
}

/**
 * A page the index holds: its path in the site, the date it sorts by, the SHA-256 of its HTML, and the words of its
 * article, which Pagefind's memory grows with.
 */
export interface IndexedPage {
  path: string;
  date: string;
  digest: string;
  words: number;
}

/** What to index of the site in `siteDir`: its article pages (`pages`, in any order, as indexedPages gives them). */
export function siteToIndex(siteDir: string, pages: IndexedPage[], earlierSite: string | undefined): SiteToIndex {
  const oldestFirst = [...pages].sort(
    (a, b) => comparePagefindStrings(a.date, b.date) || comparePagefindStrings(a.path, b.path),
  );
  return { siteDir, pages: oldestFirst, source: sourceDigest(pages), earlierSite };
}

/**
 * The article pages among the pages Eleventy wrote in `siteDir` (`results`): only articles are searched, not the
 * pages beside them. `wordsAt` gives the words of the article at an address.
 */
export function indexedPages(
  siteDir: string,
  results: AfterBuildEvent["results"],
  wordsAt: (url: string) => number,
): IndexedPage[] {
  const articlePage = new RegExp(`^${ARTICLE_PAGES}/[^/]+/index\\.html$`);
  return results.flatMap(({ outputPath, url, content }) => {
    if (typeof outputPath !== "string" || typeof url !== "string") return [];
    const path = relative(siteDir, outputPath).split(sep).join("/");
    if (!articlePage.test(path)) return [];
    const digest = createHash("sha256").update(content).digest("hex");
    return [{ path, date: DATE_SORT.exec(content)?.[1] ?? "", digest, words: wordsAt(url) }];
  });
}

/** The date an article page is sorted by in search results (article.njk writes it). */
const DATE_SORT = /\bdata-pagefind-sort="date:([^"]*)"/;

/**
 * What one Pagefind process may take to index a part of the archive, as pagefindBytes estimates it, which leaves room
 * for the build's own memory (1 GiB at 50,000 articles) under 4 GiB. A larger archive is indexed in parts, which are
 * merged into one index (merge-search-indexes.ts). In parts of 10,000 pages, however long, as they were cut before,
 * the build of 10,000 articles of 1,610 words peaked at 5497 MiB (Pagefind 4566 MiB); in parts by this, 3203 MiB.
 */
export const INDEX_PART_BYTES = 2.4 * 2 ** 30;

/**
 * The memory Pagefind 1.5.2 takes for an article page, which it holds until its index is written: about 87 KB, and
 * 300 bytes for each word of the article. Fitted to its peaks on this project's pages, 2.37 GiB for the synthetic
 * archive's 10,000 articles of 520 words and 2.70 GiB for 11,442 of them, and on plain pages, 1.3 GiB and 2.2 GiB for
 * 10,000 of 320 and 640 words. It overestimates long articles: 2.51 GiB for 5,000 of 1,610 words (estimated 2.65),
 * 4.46 GiB for 10,000 (estimated 5.30).
 */
export function pagefindBytes(page: { words: number }): number {
  return 87_000 + 300 * page.words;
}

/** The folder of the index in a site, and the file in it that says what the index was made from. */
export const INDEX_FOLDER = "pagefind";
const SOURCE_FILE = ".indexed-pages";

/**
 * Indexes the article pages of `siteDir` into `siteDir/pagefind/`, replacing any earlier index, or takes the index
 * of `earlierSite` when it was made from the same pages by the same code: indexing is much of the time of a build
 * that changed nothing. A build calls it once its Eleventy runs are over (write-pages.ts): Eleventy holds every page
 * it rendered, and Pagefind, in its own process, needs as much again. Throws Pagefind's errors.
 */
export async function writeSearchIndex(
  { siteDir, pages, source, earlierSite }: SiteToIndex,
  bytesPerPart = INDEX_PART_BYTES,
): Promise<void> {
  const outputPath = join(siteDir, INDEX_FOLDER);
  if (earlierSite !== undefined && (await reuseIndex(join(earlierSite, INDEX_FOLDER), outputPath, source))) return;
  const parts = await indexParts(siteDir, indexPartsOf(pages, bytesPerPart));
  const files = stabilizeIndexFiles(await mergeSearchIndexes(parts));
  // Written beside the index in use, then swapped in whole: a site being served never shows half an index, and
  // files of the earlier index (their names change with their content) do not pile up.
  // Not mkdtemp: its folder is private to this user (0700), and a web server reading the site as another user
  // could not open the index that takes its place.
  const staging = join(siteDir, `.pagefind-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    for (const folder of new Set(files.map((file) => dirname(join(staging, file.path))))) {
      await mkdir(folder, { recursive: true });
    }
    // A file for each article and more: tens of thousands in a large archive, written a few at a time.
    await mapConcurrently(files, (file) => writeFile(join(staging, file.path), file.content));
    // What the index was made from, for the next build to compare (reuseIndex).
    await writeFile(join(staging, SOURCE_FILE), `${JSON.stringify({ source, files: files.map((file) => file.path).sort() })}\n`);
    await rm(outputPath, { recursive: true, force: true });
    await rename(staging, outputPath);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * What an index is made from: the pages, and the code that indexes them (Pagefind's version, and this module and
 * the one that reorders Pagefind's output, as written), so a change to either makes a new index.
 */
function sourceDigest(pages: IndexedPage[]): string {
  const hash = createHash("sha256");
  for (const code of INDEXING_CODE) hash.update(readFileSync(code));
  for (const { path, digest } of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`\0${path}\0${digest}`);
  }
  return hash.digest("hex");
}

const INDEXING_CODE = [
  new URL("../package.json", import.meta.resolve("pagefind")),
  new URL(import.meta.url),
  new URL("./merge-search-indexes.ts", import.meta.url),
  new URL("./stable-search-index.ts", import.meta.url),
].map((url) => fileURLToPath(url));

/**
 * Links (or copies) the index in `from` to `to` when it was made from `source`; says whether it did. An index with a
 * file missing, or an unreadable record of what it was made from, is not taken: the build makes a new one.
 */
async function reuseIndex(from: string, to: string, source: string): Promise<boolean> {
  const made = await readFile(join(from, SOURCE_FILE), "utf8")
    .then((text) => JSON.parse(text) as { source?: unknown; files?: unknown })
    .catch(() => undefined);
  if (made?.source !== source || !Array.isArray(made.files) || !made.files.every((file) => typeof file === "string")) {
    return false;
  }
  const files = [...(made.files as string[]), SOURCE_FILE];
  try {
    for (const folder of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(folder, { recursive: true });
    await mapConcurrently(files, (file) => linkOrCopy(join(from, file), join(to, file)));
    return true;
  } catch {
    await rm(to, { recursive: true, force: true });
    return false;
  }
}

/**
 * The pages (oldest first) cut into parts that Pagefind can index in at most `bytesPerPart` (pagefindBytes), each a
 * range of dates, as the merge needs (merge-search-indexes.ts); a page that takes more is a part of its own. Paths in
 * the site; one part, empty, for no pages.
 */
export function indexPartsOf(pages: Pick<IndexedPage, "path" | "words">[], bytesPerPart: number): string[][] {
  const parts: string[][] = [[]];
  let bytes = 0;
  for (const page of pages) {
    if (parts.at(-1)!.length > 0 && bytes + pagefindBytes(page) > bytesPerPart) {
      parts.push([]);
      bytes = 0;
    }
    parts.at(-1)!.push(page.path);
    bytes += pagefindBytes(page);
  }
  return parts;
}

/**
 * The index of each part (paths in `siteDir`), its files in memory, each made by a Pagefind process that ends when
 * it is done, so that its memory is given back before the next part. An index of one part is made from the site
 * itself when it holds no other article pages. Otherwise Pagefind is given a folder of links to the part's pages,
 * laid out as in the site, so that it finds those pages alone and gives them their addresses in the site. The next
 * part's folder is made, and a finished part's removed, while Pagefind indexes: about 2 s for 10,000 pages, which
 * Pagefind takes 17–20 s to index.
 * Pagefind 1.5.2's own writeFiles() can answer before its writes are done, and close() then cuts files short
 * (Pagefind issue #1271), so this project writes the files itself.
 */
async function indexParts(siteDir: string, slices: string[][]): Promise<IndexFile[][]> {
  if (slices.length === 1 && (await holdsOnlyArticlePages(siteDir, slices[0]!))) return [await runPagefind(siteDir)];
  const folders = slices.map((_, i) => join(siteDir, `.index-part-${process.pid}-${i}`));
  const linked = slices.map(() => Promise.resolve());
  const removed: Promise<void>[] = [];
  const parts: IndexFile[][] = [];
  try {
    linked[0] = linkFiles(siteDir, slices[0]!, folders[0]!);
    for (let i = 0; i < slices.length; i++) {
      await linked[i];
      if (i + 1 < slices.length) {
        linked[i + 1] = linkFiles(siteDir, slices[i + 1]!, folders[i + 1]!);
        // Awaited in its turn, or below: not an unhandled rejection while Pagefind runs.
        linked[i + 1]!.catch(() => undefined);
      }
      parts.push(await runPagefind(folders[i]!));
      removed.push(rm(folders[i]!, { recursive: true, force: true }));
    }
    return parts;
  } finally {
    await Promise.allSettled([...linked, ...removed]);
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

/**
 * The site has no article page but `pages`, which all are in it. A build writes into a new folder; one into a folder
 * that held a site may leave the pages of articles deleted since, which must not be found.
 */
async function holdsOnlyArticlePages(siteDir: string, pages: string[]): Promise<boolean> {
  const folders = await readdir(join(siteDir, ARTICLE_PAGES)).catch(() => []);
  return folders.length === pages.length;
}

/** What an update of the index of the site in `siteDir` starts from (patch-search-index.ts); `sortOf` by address. */
export function searchIndexState(siteDir: string, sortOf: (url: string) => string): SearchIndexState {
  return readSearchIndexState((path) => readFileSync(join(siteDir, INDEX_FOLDER, path)), sortOf);
}

/**
 * Updates the search index of the site in `siteDir`, in `state`, for the article pages at `removed` (addresses) to
 * be gone and `pages` to be indexed anew: Pagefind indexes those pages alone, and the site's index takes them in
 * (patch-search-index.ts). The new files are written first and the entry file that names them last, in one rename,
 * so a search under way reads one index or the other; the files of the index before stay until the next update.
 * Resolves with the index's new state, or undefined when the index cannot be updated so and must be made again.
 */
export async function updateSearchIndex(
  siteDir: string,
  state: SearchIndexState,
  removed: string[],
  pages: PageToIndex[],
): Promise<SearchIndexState | undefined> {
  const folder = join(siteDir, INDEX_FOLDER);
  const patch = await searchIndexPatch(siteDir, state, removed, pages);
  if (!patch) return undefined;
  for (const file of patch.write) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.${process.pid}`, file.content);
    renameSync(`${path}.${process.pid}`, path);
  }
  for (const path of [...patch.remove, SOURCE_FILE]) rmSync(join(folder, path), { force: true });
  return patch.state;
}

/** The patch updateSearchIndex makes (patchSearchIndex): the files it writes and removes, and the state it leaves. */
export async function searchIndexPatch(
  siteDir: string,
  state: SearchIndexState,
  removed: string[],
  pages: PageToIndex[],
): Promise<IndexPatch | undefined> {
  const folder = join(siteDir, INDEX_FOLDER);
  const fresh = await indexPagesAlone(siteDir, pages.map(({ url }) => `${url.slice(1)}index.html`));
  return patchSearchIndex(state, (path) => readFileSync(join(folder, path)), fresh, removed, pages);
}

/**
 * Pagefind's index of the article pages at `paths` (in `siteDir`) alone, its files in memory: what an update of a
 * served site's index adds to it (patch-search-index.ts). Pagefind is given a folder of links to them, made beside
 * the site, and removed.
 */
export async function indexPagesAlone(siteDir: string, paths: string[]): Promise<IndexFile[]> {
  if (paths.length === 0) return [];
  const folder = `${siteDir}.index-${process.pid}`;
  try {
    await linkFiles(siteDir, paths, folder);
    return await runPagefind(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function runPagefind(siteDir: string): Promise<IndexFile[]> {
  try {
    // One index for every language, without stemming. Pagefind would otherwise split the index by page language,
    // so an Arabic article could not be found from the search page; and its English stemmer cuts "Parly" to
    // "par", so a search for a name would find every "part" and "partnership".
    const created = await pagefind.createIndex({ forceLanguage: "und" });
    if (!created.index) throw pagefindError("could not start", created.errors);
    const added = await created.index.addDirectory({ path: siteDir, glob: `${ARTICLE_PAGES}/*/index.html` });
    if (added.errors.length > 0) throw pagefindError(`could not index ${siteDir}`, added.errors);
    const built = await created.index.getFiles();
    if (built.errors.length > 0) throw pagefindError("could not build the index", built.errors);
    return built.files;
  } finally {
    await pagefind.close();
  }
}

function pagefindError(what: string, errors: string[]): Error {
  return new Error(`Pagefind ${what}: ${errors.join("; ")}`);
}
