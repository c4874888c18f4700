import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";

/** How many article pages writeGeneratedPages writes unless told. */
export const GENERATED_PAGES = 400;

/**
 * Article pages made of the seeds' words in a random order (the same each run for a page and an edition; another
 * edition is the page edited), dated and undated, with titles and sources, at articles/page-<n>/ in `siteDir`.
 * Enough of them fill many word files.
 */
export async function writeGeneratedPages(siteDir: string, numbers = [...Array(GENERATED_PAGES).keys()], edition = 0): Promise<void> {
  const seeds = await readdir(SEEDS);
  const seedWords = (await Promise.all(seeds.map((file) => readFile(join(SEEDS, file), "utf8")))).join(" ").split(/\s+/);
  // With words Pagefind indexes without their diacritics, keeping each spelling apart.
  const words = [...seedWords, "🇺🇸", "Zürich", "café", "cafe", "résumé", "naïve", "naive"];
  // Words in the oldest page and the newest, whose order by code point is not JavaScript's.
  const rare = new Map([
    [3, { day: "2001-01-01", words: "𝒜lpha" }],
    [397, { day: "2030-01-01", words: "ｱｲｳ ﾊﾟﾘ" }],
  ]);
  for (const i of numbers) {
    const random = mulberry32(1 + i * 7919 + edition * 104_729);
    const text = (n: number) =>
      Array.from({ length: n }, () => words[random(words.length)]).join(" ").replaceAll("&", "&amp;").replaceAll("<", "&lt;");
    const day = rare.get(i)?.day ?? (i % 7 === 0 ? undefined : `20${10 + random(12)}-0${1 + random(9)}-1${random(10)}`);
    const dateLine = day
      ? `<time datetime="${day}" data-pagefind-meta="date, datetime[datetime]">${day}</time>`
      : `<span data-pagefind-meta="date">Date unknown</span>`;
    const page = `<!doctype html><html lang="en"><title>${i}</title><article data-pagefind-body
      data-pagefind-sort="date:${day ?? "0000"}"><h1 data-pagefind-meta="title">${text(6)}</h1>${dateLine}
      <span data-pagefind-filter="source">Source ${random(9)}</span><p>${text(200 + random(400))} ${rare.get(i)?.words ?? ""}</p></article></html>`;
    await mkdir(join(siteDir, "articles", `page-${i}`), { recursive: true });
    await writeFile(join(siteDir, "articles", `page-${i}`, "index.html"), page);
  }
}

/** mulberry32: small, and the same numbers on every machine; `random(n)` is from 0 to n − 1. */
function mulberry32(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const SEEDS = fileURLToPath(new URL("../../content/raw/", import.meta.url));

/** An index file's bytes, marker included, whether Pagefind's search gets it gzipped or not. */
function contentOf(bytes: Uint8Array): Buffer {
  const raw = Buffer.from(bytes);
  return raw.subarray(0, 12).toString() === "pagefind_dcd" ? raw : gunzipSync(raw);
}

/**
 * What a search reads of an index, each page named by its address instead of its number, which differs when it is
 * made in parts: the pages and their word counts, the word files (first and last word, and each word's pages with
 * where on them it is), each filter's values and their pages, the pages in date order.
 */
export async function readIndex(folder: string) {
  const read = async <T>(path: string) => {
    const bytes = contentOf(await readFile(join(folder, path)));
    return bytes.subarray(0, 12).toString() === "pagefind_dcd" ? (decode(bytes.subarray(12)) as T) : undefined;
  };
  const { entry, meta } = await readMeta(folder);
  const [version, pages, chunks, filters, sorts, metaFields] = meta;
  const urls: string[] = [];
  const dates: string[] = [];
  for (const [hash] of pages as [string, number][]) {
    const fragment = JSON.parse(contentOf(await readFile(join(folder, "fragment", `${hash}.pf_fragment`))).subarray(12).toString());
    urls.push(fragment.url);
    dates.push(fragment.meta.date);
  }
  const byUrl = <T>(list: [string, T][]) => list.sort(([a], [b]) => (a < b ? -1 : 1));
  const words = [];
  for (const [from, to, hash] of chunks as [string, string, string][]) {
    type Pages = [step: number, ...where: unknown[]][];
    const [entries] = (await read<[[string, Pages, [string, Pages][]][]]>(`index/${hash}.pf_index`))!;
    // A word's pages are numbered each from the one before it.
    const onPages = (on: Pages) => {
      let page = 0;
      return byUrl(on.map(([step, ...where]) => [urls[(page += step)]!, where]));
    };
    words.push({
      from,
      to,
      words: entries.map(([word, on, spellings]) => [word, onPages(on), spellings.map(([spelling, at]) => [spelling, onPages(at)])]),
    });
  }
  const values: Record<string, Record<string, string[]>> = {};
  for (const [name, hash] of filters as [string, string][]) {
    const [, list] = (await read<[string, [string, number[]][]]>(`filter/${hash}.pf_filter`))!;
    values[name] = Object.fromEntries(list.map(([value, on]) => [value, on.map((page) => urls[page]!).sort()]));
  }
  return {
    version,
    pageCount: entry.languages.und.page_count,
    pages: byUrl((pages as [string, number][]).map(([hash, count], i) => [urls[i]!, [hash, count]])),
    words,
    filters: values,
    // The pages in date order, by date: Pagefind puts pages of one date in an order of its own.
    sorts: Object.fromEntries((sorts as [string, number[]][]).map(([name, order]) => [name, order.map((page) => dates[page])])),
    metaFields,
    fragments: (await readdir(join(folder, "fragment"))).sort(),
    // Not the record of what the index was made from (search-index.ts): Pagefind's files.
    files: (await readdir(folder)).filter((file) => !file.endsWith(".pf_meta") && !file.startsWith(".")).sort(),
  };
}

/**
 * What a search finds in an index, wherever its word files are cut: readIndex, with the words of all files in one
 * list, and without the files in its folder, which a search reads only when the index names them.
 */
export async function readIndexAsSearched(folder: string) {
  const { words, fragments: _, ...rest } = await readIndex(folder);
  return { ...rest, words: words.flatMap((file) => file.words) };
}

/** The entry file of the index in `folder`, and the meta file it names, decoded, with its path in the folder. */
async function readMeta(folder: string) {
  const entry = JSON.parse(await readFile(join(folder, "pagefind-entry.json"), "utf8"));
  const metaPath = `pagefind.${entry.languages.und.hash}.pf_meta`;
  const meta = decode(contentOf(await readFile(join(folder, metaPath))).subarray(12)) as unknown[];
  return { entry, metaPath, meta };
}

/** The files of the index in `folder` that its entry file names, itself or through its meta file: paths in the folder. */
export async function filesOfIndex(folder: string): Promise<string[]> {
  const { metaPath, meta } = await readMeta(folder);
  const [, pages, chunks, filters] = meta as [string, [string, number][], [string, string, string][], [string, string][]];
  return [
    metaPath,
    ...pages.map(([hash]) => `fragment/${hash}.pf_fragment`),
    ...chunks.map(([, , hash]) => `index/${hash}.pf_index`),
    ...filters.map(([, hash]) => `filter/${hash}.pf_filter`),
  ].sort();
}

/** The files of the index in `folder` that filesOfIndex would name, whether it names them or not. */
export async function indexFilesIn(folder: string): Promise<string[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith(".pf_meta"));
  for (const sub of ["fragment", "index", "filter"]) files.push(...(await readdir(join(folder, sub))).map((file) => `${sub}/${file}`));
  return files.sort();
}
