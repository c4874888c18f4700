import { appendFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestVersion, type CachedArticle, type IngestCache } from "./ingest-cache.ts";
import { writeAtomically } from "./write-atomically.ts";

const SRC = fileURLToPath(new URL("../", import.meta.url));

/**
 * The cache lives beside the articles folder, not in it, so the folder holds only articles:
 * `content/.articles.ingest-cache.json` for `content/articles`.
 */
export function ingestCachePath(articlesDir: string): string {
  const folder = resolve(articlesDir);
  return join(dirname(folder), `.${basename(folder)}.ingest-cache.json`);
}

/**
 * The cache file is JSON lines: the version and alias file its entries were made with, then one line per article,
 * `[raw file name, entry]`, or `[raw file name, null]` for one gone, a later line for a file standing for any before
 * it. A run appends the articles it changed, so a save under `serve` writes a line or two, not the whole cache
 * (10 MB at 10,000 articles, a third of the time ingest took to take in one article), and the file is written whole
 * when it would otherwise hold more than twice as many lines as articles.
 */
export interface StoredIngestCache {
  cache: IngestCache;
  /** how many lines the file holds; 0 when there is no file to add to (none, unreadable, or of another version) */
  lines: number;
}

/**
 * The cache as the last run left it, or an empty one when there is none, it is unreadable, or its version is not
 * `version`. A line that cannot be read (the last, when a run was stopped while it wrote) is passed over: the
 * articles on it are ingested again.
 */
export async function readIngestCache(path: string, version: string): Promise<StoredIngestCache> {
  const empty = { cache: { version, aliases: {}, articles: {} }, lines: 0 };
  let lines: string[];
  try {
    lines = (await readFile(path, "utf8")).split("\n");
  } catch {
    return empty; // no cache yet: ingest everything
  }
  const header = parsed(lines[0]!) as Partial<Pick<IngestCache, "version" | "aliases">> | undefined;
  if (header?.version !== version || !isObject(header.aliases)) return empty;
  const articles: IngestCache["articles"] = {};
  for (const line of lines.slice(1)) {
    const entry = parsed(line);
    if (!Array.isArray(entry) || typeof entry[0] !== "string") continue;
    if (isObject(entry[1])) articles[entry[0]] = entry[1] as CachedArticle;
    else delete articles[entry[0]];
  }
  return { cache: { version, aliases: header.aliases!, articles }, lines: lines.length };
}

function parsed(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/**
 * Makes the cache file at `path`, which holds `before`, hold `after`: appends a line for each article whose entry is
 * not the one `before` has (by identity: a run keeps the entries it did not change) or that is gone, or writes the
 * whole file, atomically, when there is none to add to, the version or the alias file changed, or it has grown to
 * more than twice as many lines as articles. Says what the file then holds.
 */
export function writeIngestCache(path: string, before: StoredIngestCache, after: IngestCache): StoredIngestCache {
  const changed: string[] = [];
  for (const [file, entry] of Object.entries(after.articles)) {
    if (before.cache.articles[file] !== entry) changed.push(JSON.stringify([file, entry]));
  }
  for (const file of Object.keys(before.cache.articles)) if (!(file in after.articles)) changed.push(JSON.stringify([file, null]));
  const articleCount = Object.keys(after.articles).length;
  const whole =
    before.lines === 0 ||
    before.cache.version !== after.version ||
    JSON.stringify(before.cache.aliases) !== JSON.stringify(after.aliases) ||
    before.lines + changed.length > 2 * (articleCount + 1);
  if (whole) {
    const lines = [
      JSON.stringify({ version: after.version, aliases: after.aliases }),
      ...Object.entries(after.articles).map((entry) => JSON.stringify(entry)),
    ];
    writeAtomically(path, lines.join("\n"));
    return { cache: after, lines: lines.length };
  }
  // Each addition starts a line of its own, after whatever an interrupted run left unfinished.
  if (changed.length > 0) appendFileSync(path, `\n${changed.join("\n")}`);
  return { cache: after, lines: before.lines + changed.length };
}

/**
 * The version of this ingest: its source files (src/ingest and its folders, the article schema and file format) and
 * pinned dependencies.
 */
export async function currentIngestVersion(): Promise<string> {
  const ingestDir = join(SRC, "ingest");
  const entries = await readdir(ingestDir, { recursive: true, withFileTypes: true });
  const files = [
    ...entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort(),
    join(SRC, "article.ts"),
    join(SRC, "article-file.ts"),
  ];
  const code = await Promise.all(files.map((file) => readFile(file, "utf8")));
  const { dependencies } = JSON.parse(await readFile(join(SRC, "../package.json"), "utf8")) as { dependencies?: unknown };
  return ingestVersion([...code, JSON.stringify(dependencies)]);
}
