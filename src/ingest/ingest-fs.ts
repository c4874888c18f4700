import { createHash } from "node:crypto";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { parse } from "yaml";
import { formatArticleFile, parseArticleFile } from "../article-file.ts";
import { aliasesFrom, type AliasFile } from "./aliases.ts";
import { ingestArticle, type IngestedArticle, type RawArticle } from "./ingest.ts";
import { slugify } from "./slug.ts";
import { assignStories } from "./stories.ts";
import { wordCount } from "./segment.ts";

export interface IngestOptions {
  rawDir: string;
  articlesDir: string;
  /** the alias file; default `entities.yaml` beside the raw folder */
  entitiesFile?: string;
}

export interface ArticleReport {
  slug: string;
  file: string;
  title: string;
  date?: string;
  wordsKept: number;
  linesRemoved: number;
  /** what happened to `<slug>.md`: written anew, already up to date, or kept because a person edited it */
  status: "written" | "unchanged" | "kept-hand-edit";
}

export interface IngestReport {
  articles: ArticleReport[];
  /** one line each: the file and what is wrong with it */
  rejected: { file: string; reason: string }[];
  /** things the archivist should know that are not errors */
  notices: string[];
}

const CHECKSUM_LINE = /^checksum: ([0-9a-f]{64})\n/m;

/**
 * Ingests every raw article in a folder into the articles folder. Bad files are reported and skipped; the good ones
 * are still written. Writes are atomic, unchanged articles are not rewritten, and an article a person has edited
 * since ingest wrote it is never overwritten.
 */
export async function ingestDirectory(options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = { articles: [], rejected: [], notices: [] };
  const aliases = aliasesFrom(await readAliasFile(options.entitiesFile ?? join(dirname(options.rawDir), "entities.yaml"), report));
  const raws = await readRawFolder(options.rawDir, report);

  const ingested: { raw: RawArticle; article: IngestedArticle }[] = [];
  for (const raw of raws) {
    const result = ingestArticle(raw, aliases);
    if (result.ok) ingested.push({ raw, article: result.article });
    else report.rejected.push({ file: join(options.rawDir, result.file), reason: result.reason });
  }
  const stories = assignStories(ingested.map(({ article }) => article.frontMatter));
  const slugs = uniqueSlugs(ingested.map(({ raw, article }) => slugify(article.frontMatter.title) || slugify(raw.file.replace(/\.txt$/, ""))));

  await mkdir(options.articlesDir, { recursive: true });
  const existing = await readExistingArticles(options.articlesDir);
  for (const [i, { raw, article }] of ingested.entries()) {
    const slug = slugs[i]!;
    const story = stories[i];
    const frontMatter = { ...article.frontMatter, ...(story && !article.frontMatter.story && { story }) };
    const status = await writeArticle(join(options.articlesDir, `${slug}.md`), formatArticleFile(frontMatter, article.body));
    if (status === "kept-hand-edit") {
      report.notices.push(
        `${join(options.articlesDir, `${slug}.md`)}: edited by hand since ingest wrote it, so it was kept as it is; ` +
          `to take the new ingest, move your changes into ${raw.file.replace(/\.txt$/, ".meta.yaml")} and delete the article`,
      );
    }
    for (const old of existing.filter((file) => file.original === raw.file && file.slug !== slug)) {
      if (old.untouched) await rm(old.path);
      else report.notices.push(`${old.path}: an older, hand-edited copy of ${raw.file}; it was kept, delete it if it is not wanted`);
    }
    report.articles.push({
      slug,
      file: raw.file,
      title: frontMatter.title,
      ...(typeof frontMatter.date === "string" && { date: frontMatter.date }),
      wordsKept: wordCount(article.body),
      linesRemoved: frontMatter.removed?.length ?? 0,
      status,
    });
  }
  report.rejected.sort((a, b) => a.file.localeCompare(b.file));
  return report;
}

async function readAliasFile(path: string, report: IngestReport): Promise<AliasFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return {};
  }
  try {
    return (parse(text) as AliasFile | null) ?? {};
  } catch (error) {
    report.rejected.push({ file: path, reason: `not valid YAML, aliases not applied: ${(error as Error).message.split("\n")[0]}` });
    return {};
  }
}

async function readRawFolder(rawDir: string, report: IngestReport): Promise<RawArticle[]> {
  const root = await realpath(rawDir);
  const names = (await readdir(rawDir)).filter((name) => !name.startsWith(".")).sort();
  const raws: RawArticle[] = [];
  for (const name of names) {
    const path = join(rawDir, name);
    if (name.endsWith(".meta.yaml")) {
      if (!names.includes(name.replace(/\.meta\.yaml$/, ".txt"))) {
        report.rejected.push({ file: path, reason: `no raw article ${name.replace(/\.meta\.yaml$/, ".txt")} beside this sidecar` });
      }
      continue;
    }
    const problem = await unreadable(path, root, name);
    if (problem) {
      report.rejected.push({ file: path, reason: problem });
      continue;
    }
    const sidecarName = name.replace(/\.txt$/, ".meta.yaml");
    const sidecar = names.includes(sidecarName)
      ? { file: sidecarName, text: await readFile(join(rawDir, sidecarName), "utf8") }
      : undefined;
    raws.push({ file: name, bytes: await readFile(path), ...(sidecar && { sidecar }) });
  }
  return raws;
}

async function unreadable(path: string, root: string, name: string): Promise<string | undefined> {
  const stat = await lstat(path);
  if (stat.isSymbolicLink()) {
    const target = await realpath(path).catch(() => undefined);
    if (!target) return "a link to a file that does not exist";
    const inside = relative(root, target);
    if (inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) {
      return "a link to a file outside the raw folder, which is never read";
    }
    return (await lstat(target)).isFile() ? undefinedIfText(name) : "a link to something that is not a file";
  }
  if (stat.isDirectory()) return "a folder; raw articles are .txt files directly in the raw folder";
  if (!stat.isFile()) return "not a regular file";
  return undefinedIfText(name);
}

function undefinedIfText(name: string): string | undefined {
  return name.endsWith(".txt") ? undefined : "not a .txt file; raw articles are plain-text files ending in .txt";
}

/** Headlines can repeat; the first article by file name keeps the plain slug and the others are numbered. */
function uniqueSlugs(bases: string[]): string[] {
  const taken = new Set<string>();
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

interface ExistingArticle {
  path: string;
  slug: string;
  original?: string;
  /** the file is exactly as ingest wrote it */
  untouched: boolean;
}

async function readExistingArticles(articlesDir: string): Promise<ExistingArticle[]> {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith(".md"));
  return Promise.all(
    names.map(async (name) => {
      const path = join(articlesDir, name);
      const text = await readFile(path, "utf8");
      let original: unknown;
      try {
        original = (parseArticleFile(text).data.original as { file?: unknown } | undefined)?.file;
      } catch {
        original = undefined;
      }
      return {
        path,
        slug: basename(name, ".md"),
        ...(typeof original === "string" && { original }),
        untouched: isUntouched(text),
      };
    }),
  );
}

/**
 * Ingest seals each file with a checksum of its own text; a file whose text no longer matches it was edited by a
 * person, and one without it was written by a person.
 */
function isUntouched(text: string): boolean {
  const recorded = CHECKSUM_LINE.exec(text)?.[1];
  return recorded !== undefined && recorded === checksum(text.replace(CHECKSUM_LINE, ""));
}

function seal(text: string): string {
  return text.replace(/^---\n/, `---\nchecksum: ${checksum(text)}\n`);
}

function checksum(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function writeArticle(path: string, unsealed: string): Promise<ArticleReport["status"]> {
  const text = seal(unsealed);
  const current = await readFile(path, "utf8").catch(() => undefined);
  if (current === text) return "unchanged";
  if (current !== undefined && !isUntouched(current)) return "kept-hand-edit";
  await writeAtomically(path, text);
  return "written";
}

/** Write beside the target and rename over it, so an interrupted run never leaves half a file. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, path);
}
