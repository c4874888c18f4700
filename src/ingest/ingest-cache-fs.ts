import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestVersion, type IngestCache } from "./ingest-cache.ts";

const SRC = fileURLToPath(new URL("../", import.meta.url));

/**
 * The cache lives beside the articles folder, not in it, so the folder holds only articles:
 * `content/.articles.ingest-cache.json` for `content/articles`.
 */
export function ingestCachePath(articlesDir: string): string {
  const folder = resolve(articlesDir);
  return join(dirname(folder), `.${basename(folder)}.ingest-cache.json`);
}

/** The cache as the last run left it, or an empty one when there is none, it is unreadable, or its version is not `version`. */
export async function readIngestCache(path: string, version: string): Promise<IngestCache> {
  try {
    const cache = JSON.parse(await readFile(path, "utf8")) as IngestCache;
    if (cache.version === version && isObject(cache.articles) && isObject(cache.aliases)) return cache;
  } catch {
    // no cache yet, or a damaged one: ingest everything
  }
  return { version, aliases: {}, articles: {} };
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/** The version of this ingest: its source files (src/ingest, the article schema and file format) and pinned dependencies. */
export async function currentIngestVersion(): Promise<string> {
  const ingestDir = join(SRC, "ingest");
  const files = [
    ...(await readdir(ingestDir)).sort().map((name) => join(ingestDir, name)),
    join(SRC, "article.ts"),
    join(SRC, "article-file.ts"),
  ];
  const code = await Promise.all(files.map((file) => readFile(file, "utf8")));
  const { dependencies } = JSON.parse(await readFile(join(SRC, "../package.json"), "utf8")) as { dependencies?: unknown };
  return ingestVersion([...code, JSON.stringify(dependencies)]);
}
