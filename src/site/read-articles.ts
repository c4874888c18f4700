import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import matter from "gray-matter";
import { mapConcurrently } from "../map-concurrently.ts";
import { firstLine } from "../ingest/yaml-message.ts";
import { countWords } from "./archive.ts";
import { articleUrl, checkArticleData } from "./article-data.ts";
import type { ArchiveEntry } from "./browse.ts";
import { InvalidArticleError } from "./data-schema.ts";

/**
 * An article of the archive: its file (its path in the articles folder), its archive entry, and the SHA-256 of the
 * file, by which `serve` tells which articles changed (update-pages.ts).
 */
export interface ArticleOnDisk {
  file: string;
  entry: ArchiveEntry;
  digest: string;
}

/**
 * Every article in `articlesDir`: each Markdown file Eleventy would read there (in subfolders too, not in
 * node_modules or .git), its front matter read as Eleventy reads it. A build reads them before it renders, for every
 * part of the site to know the whole archive (render-parts.ts). Throws, naming every file and field at fault, when
 * front matter is not YAML or breaks the schema, or when two files would have the same page.
 */
export async function readArticles(articlesDir: string): Promise<ArticleOnDisk[]> {
  const files = (await readdir(articlesDir, { recursive: true }))
    .map((path) => path.split(sep).join("/"))
    .filter(isArticleFile)
    .sort();
  const read = await mapConcurrently(files, (file) => readArticle(articlesDir, file));
  const problems = read.flatMap((article) => ("problems" in article ? article.problems : []));
  if (problems.length > 0) throw new InvalidArticleError(problems);
  return sameAddressCheck(articlesDir, read.flatMap((article) => ("entry" in article ? [article] : [])));
}

/** Whether a path in the articles folder (`/` between folders) is an article's file, as Eleventy would read it. */
export function isArticleFile(file: string): boolean {
  return file.endsWith(".md") && !file.split("/").some((folder) => IGNORED_FOLDERS.has(folder));
}

/** The article in `file` (a path in `articlesDir`), or what is wrong with it, a line a problem naming the file. */
export async function readArticle(articlesDir: string, file: string): Promise<ArticleOnDisk | { problems: string[] }> {
  const path = join(articlesDir, file);
  const bytes = await readFile(path);
  let text: matter.GrayMatterFile<string>;
  try {
    // With options, even none, gray-matter does not keep every text it read in a cache of its own.
    text = matter(bytes.toString("utf8"), {});
  } catch (error) {
    return { problems: [`${path}: the front matter is not valid YAML: ${firstLine(error)}`] };
  }
  const { article, problems } = checkArticleData(text.data, path);
  if (!article) return { problems };
  const digest = createHash("sha256").update(bytes).digest("base64");
  return { file, entry: { url: articleUrl(file), article, words: countWords(text.content) }, digest };
}

/** Folders Eleventy does not read, and so neither does a build nor `serve`'s watch (serve-site.ts). */
export const IGNORED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

/** `articles`, or an error when two of them (in different folders) would have the same page. */
export function sameAddressCheck(articlesDir: string, articles: ArticleOnDisk[]): ArticleOnDisk[] {
  const byUrl = new Map<string, string>();
  for (const { file, entry } of articles) {
    const other = byUrl.get(entry.url);
    if (other !== undefined) {
      const [a, b] = [other, file].map((name) => join(articlesDir, name));
      throw new Error(`${a} and ${b} would both be the page ${entry.url}: a page is named after its file; rename one`);
    }
    byUrl.set(entry.url, file);
  }
  return articles;
}
