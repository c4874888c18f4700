import { createHash } from "node:crypto";
import { lstatSync, readFileSync, statSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, realpath, rm } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { parse } from "yaml";
import { formatArticleFile, parseArticleFile } from "../article-file.ts";
import { mapUnlessKnown } from "../map-concurrently.ts";
import { changedAliasKeys, changedSpellings, NO_ALIASES, parseAliasFile, type AliasFile } from "./aliases.ts";
import { decode } from "./decode.ts";
import type { IngestedArticle, RawArticle } from "./ingest.ts";
import {
  factsOf,
  sameSource,
  sourceHashes,
  type ArticleFacts,
  type CachedArticle,
  type IngestCache,
  type SourceHashes,
} from "./ingest-cache.ts";
import {
  currentIngestVersion,
  ingestCachePath,
  readIngestCache,
  writeIngestCache,
  type StoredIngestCache,
} from "./ingest-cache-fs.ts";
import type { ChangedNames, FolderChanges } from "./folder-changes.ts";
import { ingestArticles } from "./ingest-threads.ts";
import { normalizeLines } from "./normalize.ts";
import { isRawFileName, isSidecarName, rawFileStem, rawNameOfSidecar, sidecarName } from "./raw-names.ts";
import { slugify } from "./slug.ts";
import { assignStories } from "./stories.ts";
import { UNFINISHED, writeAtomically } from "./write-atomically.ts";
import { firstLine } from "./yaml-message.ts";

export interface IngestOptions {
  rawDir: string;
  articlesDir: string;
  /** the alias file; default `entities.yaml` beside the raw folder */
  entitiesFile?: string;
}

/** Where ingest reads the alias file from. */
export function aliasFilePath(options: IngestOptions): string {
  return options.entitiesFile ?? join(dirname(options.rawDir), "entities.yaml");
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
 * What ingest read of the raw and articles folders, kept for the next run in the same process: `serve` ingests at
 * every save, and reading and checking every file of a 10,000-article archive took over two seconds each time. A
 * file is read again when its size, inode, or time of writing or of change differ from when it was read (its
 * sidecar's too, for a raw file). With `changes`, only the files its watchers saw change are checked so, and links.
 */
export interface IngestMemo {
  raw: Map<string, { stamp: string; read: RawArticle | { file: string; reason: string } }>;
  articles: Map<string, { stamp: string; article: ExistingArticle }>;
  /** the cache as the last run left it */
  cache?: { stamp: string; stored: StoredIngestCache };
  changes?: FolderChanges;
}

export function ingestMemo(): IngestMemo {
  return { raw: new Map(), articles: new Map() };
}

/**
 * Loads ingest's stages and runs them once on a raw article the memo holds, dropping what they make: `serve` does it
 * before it serves, so that the first save is not the one to wait. The first article a process ingested took
 * 0.16–0.2 s, most of it compiling the NLP libraries' code; the next 20–30 ms.
 */
export async function warmUpIngest(memo: IngestMemo): Promise<void> {
  const { ingestOrReport } = await import("./ingest.ts");
  for (const { read } of memo.raw.values()) {
    if ("bytes" in read) {
      ingestOrReport(read, NO_ALIASES);
      return;
    }
  }
}

/**
 * Ingests every raw article in a folder into the articles folder. Bad files are reported and skipped; the good ones
 * are still written. Writes are atomic, unchanged articles are not rewritten, and an article a person has edited
 * since ingest wrote it is never overwritten. An article whose raw file, sidecar and ingest code are as they were
 * when it was written, whose names the alias file answers as it did then, and whose file is still as written, is
 * taken from the ingest cache, not ingested again; the others are ingested on every core when there are many.
 */
export async function ingestDirectory(options: IngestOptions, memo?: IngestMemo): Promise<IngestReport> {
  if (!statSync(options.rawDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${options.rawDir}: no such folder; raw articles are .txt files in the raw folder (--raw)`);
  }
  const changed = memo?.changes?.take();
  try {
    return await ingestFolders(options, memo, changed);
  } catch (error) {
    memo?.changes?.forget();
    throw error;
  }
}

async function ingestFolders(options: IngestOptions, memo: IngestMemo | undefined, changed: ChangedNames | undefined): Promise<IngestReport> {
  const report: IngestReport = { articles: [], rejected: [], notices: [] };
  const aliasFile = await readAliasFile(aliasFilePath(options), report);
  const { raws, names: rawNames } = await readRawFolder(options.rawDir, report, memo, changed?.raw);

  await mkdir(options.articlesDir, { recursive: true });
  await removeUnfinishedWrites(options.articlesDir);
  const cachePath = ingestCachePath(options.articlesDir);
  const version = await currentIngestVersion();
  const known = memo?.cache;
  const cacheStamp = stampOf(cachePath);
  const stored =
    known?.stamp === cacheStamp && known.stored.cache.version === version ? known.stored : await readIngestCache(cachePath, version);
  const { cache } = stored;
  const existing = await readExistingArticles(options.articlesDir, cache, memo, changed?.articles);
  const aliasesChanged = changedAliasKeys(cache.aliases, aliasFile);
  const spellingsChanged = changedSpellings(cache.aliases, aliasFile);

  // First the articles the cache cannot vouch for; then, once stories and slugs are known, those it can but that
  // would now be written differently (a new article joined their story, or took their slug).
  const sources = raws.map((raw) => {
    const hashes = hashesOf(raw);
    const cached = cache.articles[raw.file];
    const reusable =
      cached &&
      sameSource(cached.source, hashes) &&
      isAsWritten(cached, existing) &&
      answeredAlike(cached, aliasesChanged) &&
      !writesAny(raw, spellingsChanged);
    return { raw, hashes, cached: reusable ? cached : undefined };
  });
  const fresh = sources.filter(({ cached }) => !cached);
  const results = await ingestArticles(fresh.map(({ raw }) => raw), aliasFile);
  const resultOf = new Map(results.map((result, i) => [fresh[i]!.raw, result]));
  const ingested: Ingested[] = [];
  for (const { raw, hashes, cached } of sources) {
    const result = resultOf.get(raw);
    if (cached) ingested.push({ raw, hashes, facts: cached, aliasLookups: cached.aliasLookups, cached });
    else if (result?.ok) {
      const { article, aliasLookups } = result;
      ingested.push({ raw, hashes, facts: factsOf(article), article, aliasLookups });
    } else if (result) report.rejected.push({ file: join(options.rawDir, result.file), reason: result.reason });
  }
  const stories = assignStories(ingested.map(({ facts }) => facts));
  const slugs = uniqueSlugs(ingested.map(({ raw, facts }) => baseSlug(raw, facts)));
  const stale = ingested.filter(
    ({ cached, facts }, i) => cached && (cached.written.slug !== slugs[i] || cached.written.story !== (facts.story ?? stories[i])),
  );
  for (const [k, result] of (await ingestArticles(stale.map(({ raw }) => raw), aliasFile)).entries()) {
    // The stages are pure: an article ingested once is ingested again alike, never rejected.
    if (!result.ok) throw new Error(`${result.file}: ${result.reason}`);
    stale[k]!.article = result.article;
  }

  const byOriginal = new Map<string, ExistingArticle[]>();
  for (const file of existing.values()) {
    if (!file.original) continue;
    const copies = byOriginal.get(file.original);
    if (copies) copies.push(file);
    else byOriginal.set(file.original, [file]);
  }
  const nextCache: IngestCache = { version: cache.version, aliases: aliasFile, articles: {} };
  for (const [i, { raw, hashes, facts, article, aliasLookups, cached }] of ingested.entries()) {
    const slug = slugs[i]!;
    const story = facts.story ?? stories[i];
    let status: ArticleReport["status"] = "unchanged";
    let written = cached?.written;
    if (article) {
      const text = formatArticleFile({ ...article.frontMatter, ...(story && { story }) }, article.body);
      written = { slug, ...(story && { story }), checksum: checksum(text) };
      status = writeArticle(join(options.articlesDir, `${slug}.md`), seal(text, written.checksum));
    }
    // An entry the run did not change is kept as it was: the cache file adds only the others (writeIngestCache).
    nextCache.articles[raw.file] = cached && !article ? cached : { ...facts, source: hashes, aliasLookups, written: written! };
    if (status === "kept-hand-edit") {
      report.notices.push(
        `${join(options.articlesDir, `${slug}.md`)}: edited by hand since ingest wrote it, so it was kept as it is; ` +
          `to take the new ingest, move your changes into ${sidecarName(raw.file)} and delete the article`,
      );
    }
    for (const old of (byOriginal.get(raw.file) ?? []).filter((file) => file.slug !== slug)) {
      if (old.untouched) await rm(old.path);
      else report.notices.push(`${old.path}: an older, hand-edited copy of ${raw.file}; it was kept, delete it if it is not wanted`);
    }
    report.articles.push({
      slug,
      file: raw.file,
      title: facts.title,
      ...(facts.date !== undefined && { date: facts.date }),
      wordsKept: facts.wordsKept,
      linesRemoved: facts.linesRemoved,
      status,
    });
  }
  // An article this run wrote or kept belongs to one of its raw files, whichever it came from before (a rename).
  const current = new Set(slugs);
  const gone = [...existing.values()].filter(
    ({ original, slug }) => original !== undefined && !rawNames.has(original) && !current.has(slug),
  );
  if (gone.length > 0) report.notices.push(goneRawNotice(options, gone.map(({ path }) => basename(path))));
  const storedNow = writeIngestCache(cachePath, stored, nextCache);
  if (memo) memo.cache = { stamp: stampOf(cachePath), stored: storedNow };
  report.rejected.sort((a, b) => a.file.localeCompare(b.file));
  return report;
}

/** An article of this run: what the rest of the run reads of it, and the article itself unless the cache vouched for it. */
interface Ingested {
  raw: RawArticle;
  hashes: SourceHashes;
  facts: ArticleFacts;
  aliasLookups: string[];
  article?: IngestedArticle;
  cached?: CachedArticle;
}

async function readAliasFile(path: string, report: IngestReport): Promise<AliasFile> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    report.rejected.push({ file: path, reason: `not valid YAML, aliases not applied: ${firstLine(error)}` });
    return {};
  }
  const { aliases, problems } = parseAliasFile(data);
  if (problems.length > 0) report.rejected.push({ file: path, reason: `${problems.join("; ")}; those aliases not applied` });
  return aliases;
}

/**
 * Says which articles came from raw files no longer in the raw folder. They stay: the articles folder is the archive,
 * and an archivist may clear raw files once ingested, or write an article by hand from one. One line, however many.
 */
function goneRawNotice({ articlesDir, rawDir }: IngestOptions, names: string[]): string {
  const shown = names.slice(0, 5).join(", ") + (names.length > 5 ? ` and ${names.length - 5} more` : "");
  const one = names.length === 1;
  return (
    `${articlesDir}: ${one ? "1 article comes" : `${names.length} articles come`} from raw files no longer in ${rawDir} ` +
    `and ${one ? "stays" : "stay"} in the archive (${shown}); delete ${one ? "it" : "them"} to take ${one ? "it" : "them"} out`
  );
}

/**
 * The raw articles in the folder that can be read, and the names of every file in it. A file the memo knows is
 * taken from it when the file is as it was then, or when `changed` (what watchers saw) names neither it nor its
 * sidecar.
 */
async function readRawFolder(
  rawDir: string,
  report: IngestReport,
  memo?: IngestMemo,
  changed?: ReadonlySet<string>,
): Promise<{ raws: RawArticle[]; names: Set<string> }> {
  const root = await realpath(rawDir);
  const names = (await readdir(rawDir)).filter((name) => !name.startsWith(".")).sort();
  const present = new Set(names);
  const sidecars = new Set(names.filter(isRawFileName).map(sidecarName));
  // What the watchers vouch for is taken as it is.
  const vouched = (name: string) => {
    const known = changed && !isSidecarName(name) ? memo?.raw.get(name) : undefined;
    return known && !changed!.has(name) && !changed!.has(sidecarName(name)) && !isLinkStamp(known.stamp) ? known.read : undefined;
  };
  const read = await mapUnlessKnown(names, vouched, async (name): Promise<RawArticle | { file: string; reason: string } | undefined> => {
    const path = join(rawDir, name);
    if (isSidecarName(name)) {
      if (sidecars.has(name)) return undefined;
      return { file: path, reason: `no raw article ${rawNameOfSidecar(name)} beside this sidecar` };
    }
    const sidecar = sidecarName(name);
    const known = memo?.raw.get(name);
    const stamp = memo && `${stampOf(path)} ${present.has(sidecar) ? stampOf(join(rawDir, sidecar)) : ""}`;
    if (known && known.stamp === stamp) return known.read;
    const problem = await unreadable(path, root, name);
    const result = problem
      ? { file: path, reason: problem }
      : {
          file: name,
          bytes: await readFile(path),
          ...(present.has(sidecar) && { sidecar: { file: sidecar, text: await readFile(join(rawDir, sidecar), "utf8") } }),
        };
    memo?.raw.set(name, { stamp: stamp!, read: result });
    return result;
  });
  if (memo) for (const name of memo.raw.keys()) if (!present.has(name)) memo.raw.delete(name);
  for (const entry of read) if (entry && "reason" in entry) report.rejected.push(entry);
  return { raws: read.filter((entry): entry is RawArticle => entry !== undefined && "bytes" in entry), names: present };
}

/** The hashes of a raw article, made once for a raw file a memo keeps (IngestMemo). */
function hashesOf(raw: RawArticle): SourceHashes {
  let hashes = rawHashes.get(raw);
  if (!hashes) rawHashes.set(raw, (hashes = sourceHashes(raw)));
  return hashes;
}

const rawHashes = new WeakMap<RawArticle, SourceHashes>();

/** What says whether a file changed: its size, inode and times of writing and change, and its target's for a link. */
function stampOf(path: string): string {
  const stat = (info: { size: number; ino: number; mtimeMs: number; ctimeMs: number } | undefined) =>
    info ? `${info.size}:${info.ino}:${info.mtimeMs}:${info.ctimeMs}` : "none";
  const own = lstatSync(path, { throwIfNoEntry: false });
  return own?.isSymbolicLink() ? `${stat(own)}>${stat(statSync(path, { throwIfNoEntry: false }))}` : stat(own);
}

/** A link's target can change where no watcher of the link's folder sees it: a link is checked at every run. */
function isLinkStamp(stamp: string): boolean {
  return stamp.includes(">");
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
  return isRawFileName(name) ? undefined : "not a .txt file; raw articles are plain-text files ending in .txt";
}

/**
 * The slug an article's headline gives (its file's name, for a headline with no letters), made once per article
 * object: `serve` finds the slugs of every article at each save, the same objects but for those that changed.
 */
function baseSlug(raw: RawArticle, facts: ArticleFacts): string {
  let slug = baseSlugs.get(facts);
  if (slug === undefined) baseSlugs.set(facts, (slug = slugify(facts.title) || slugify(rawFileStem(raw.file))));
  return slug;
}

const baseSlugs = new WeakMap<ArticleFacts, string>();

/** Headlines can repeat; the first article by file name keeps the plain slug and the others are numbered. */
function uniqueSlugs(bases: string[]): string[] {
  const taken = new Set<string>();
  // Where each headline's numbering got to, so a thousand articles with one headline take a thousand steps, not
  // half a million.
  const nextNumber = new Map<string, number>();
  return bases.map((base) => {
    let slug = base;
    let n = nextNumber.get(base) ?? 2;
    for (; taken.has(slug); n++) slug = `${base}-${n}`;
    nextNumber.set(base, n);
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
  /** the checksum the file was sealed with */
  checksum?: string;
}

/**
 * The article files in the folder, by slug. Which raw file each came from is read from its front matter, unless
 * the cache knows: a file still sealed with the checksum the cache recorded for it is the file written then. A file
 * the memo knows is taken from it as readRawFolder takes a raw file.
 */
async function readExistingArticles(
  articlesDir: string,
  cache: IngestCache,
  memo?: IngestMemo,
  changed?: ReadonlySet<string>,
): Promise<Map<string, ExistingArticle>> {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith(".md"));
  // What the watchers vouch for is taken as it is.
  const vouched = (name: string) => {
    const known = changed ? memo?.articles.get(name) : undefined;
    return known && !changed!.has(name) && !isLinkStamp(known.stamp) ? known.article : undefined;
  };
  let writtenAs: Map<string, { file: string; checksum: string }> | undefined;
  const files = await mapUnlessKnown(names, vouched, async (name): Promise<ExistingArticle> => {
    const path = join(articlesDir, name);
    const known = memo?.articles.get(name);
    const stamp = memo && stampOf(path);
    if (known && known.stamp === stamp) return known.article;
    writtenAs ??= new Map(Object.entries(cache.articles).map(([file, { written }]) => [written.slug, { file, checksum: written.checksum }]));
    const article = await readExistingArticle(path, name, writtenAs);
    memo?.articles.set(name, { stamp: stamp!, article });
    return article;
  });
  if (memo) {
    const present = new Set(names);
    for (const name of memo.articles.keys()) if (!present.has(name)) memo.articles.delete(name);
  }
  const bySlug = new Map<string, ExistingArticle>();
  for (const file of files) bySlug.set(file.slug, file);
  return bySlug;
}

/** An article file as ingest finds it: its slug, the raw file it came from, whether it is as ingest wrote it. */
async function readExistingArticle(
  path: string,
  name: string,
  writtenAs: Map<string, { file: string; checksum: string }>,
): Promise<ExistingArticle> {
  const slug = basename(name, ".md");
  const text = await readFile(path, "utf8");
  const checksum = CHECKSUM_LINE.exec(text)?.[1];
  const untouched = isUntouched(text);
  const known = writtenAs.get(slug);
  const original = untouched && known && known.checksum === checksum ? known.file : originalOf(text);
  return { path, slug, ...(original !== undefined && { original }), untouched, ...(checksum && { checksum }) };
}

function originalOf(text: string): string | undefined {
  try {
    const original = (parseArticleFile(text).data.original as { file?: unknown } | undefined)?.file;
    return typeof original === "string" ? original : undefined;
  } catch {
    return undefined;
  }
}

/** The file the cache recorded is still there, as it was written. */
function isAsWritten(cached: CachedArticle, existing: Map<string, ExistingArticle>): boolean {
  const file = existing.get(cached.written.slug);
  return file !== undefined && file.untouched && file.checksum === cached.written.checksum;
}

/** None of the names the article looked up in the alias file is among those the file now answers otherwise. */
function answeredAlike(cached: CachedArticle, aliasesChanged: ReadonlySet<string>): boolean {
  return aliasesChanged.size === 0 || !cached.aliasLookups.some((name) => aliasesChanged.has(name));
}

/**
 * The raw article or its sidecar writes one of `spellings`, their lines joined as ingest joins a hard-wrapped
 * paragraph (or may: a file that cannot be read is ingested again, and refused again).
 */
function writesAny(raw: RawArticle, spellings: string[]): boolean {
  if (spellings.length === 0) return false;
  const decoded = decode(raw.bytes);
  if (!decoded.ok) return true;
  const text = normalizeLines(`${decoded.text}\n${raw.sidecar?.text ?? ""}`).join(" ").replace(/\s+/g, " ");
  return spellings.some((spelling) => text.includes(spelling.replace(/\s+/g, " ")));
}

/**
 * Ingest seals each file with a checksum of its own text; a file whose text no longer matches it was edited by a
 * person, and one without it was written by a person.
 */
function isUntouched(text: string): boolean {
  const recorded = CHECKSUM_LINE.exec(text)?.[1];
  return recorded !== undefined && recorded === checksum(text.replace(CHECKSUM_LINE, ""));
}

function seal(text: string, checksum: string): string {
  return text.replace(/^---\n/, `---\nchecksum: ${checksum}\n`);
}

function checksum(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function writeArticle(path: string, text: string): ArticleReport["status"] {
  const current = readIfThere(path);
  if (current === text) return "unchanged";
  if (current !== undefined && !isUntouched(current)) return "kept-hand-edit";
  writeAtomically(path, text);
  return "written";
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** A run killed mid-write leaves its temporary file behind; the next run clears it away. */
async function removeUnfinishedWrites(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (name.startsWith(".") && name.endsWith(UNFINISHED)) await rm(join(folder, name), { force: true });
  }
}
