import { readFileSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { deserialize } from "node:v8";
import { listFiles } from "../output/list-files.ts";
import { MANIFEST } from "../output/replace-folder.ts";
import { startServingThread } from "../start-thread.ts";
import type { SiteOptions } from "./build.ts";
import type { ArchiveEntry } from "./browse.ts";
import { InvalidArticleError } from "./data-schema.ts";
import { feedEntries } from "./feeds.ts";
import { pageUrl, startLiveSearchIndex, type LiveSearchIndex } from "./live-search-index.ts";
import { publishedRawFiles, updateRawFiles, type PublishedRawFile } from "./raw-files.ts";
import { IGNORED_FOLDERS, isArticleFile, readArticle, sameAddressCheck } from "./read-articles.ts";
import { internStrings } from "./render-part.ts";
import { INDEX_FOLDER, type IndexedPage } from "./search-index.ts";
import { pagesState, planUpdate, renderUpdate, type ArticleState, type PagesState, type PagesUpdate } from "./update-pages.ts";
import type { WrittenPages } from "./write-pages.ts";

/** What an update changed in the site: how many files it wrote and removed, not counting the search index's. */
export interface SiteUpdate {
  written: number;
  removed: number;
}

/**
 * A written site kept up to date with its articles one change at a time, as `serve` keeps the site it serves
 * (serve-site.ts). It keeps what the site was built from (every article's entry and file digest, every page's
 * digest), and when articles change it renders only the pages whose content changed (update-pages.ts), brings the
 * copies of the raw files up to date, and takes the changed articles into the search index, which a thread of its
 * own keeps (live-search-index.ts). The pages of the changed articles are rendered first, on their own: the index
 * takes them in while the other pages are rendered. At 10,000 articles an article added is on the site, and found by
 * its search, a few seconds after its file was saved, where building the site again took minutes (BENCHMARKS.md).
 */
export class LiveSite {
  private constructor(
    private readonly options: SiteOptions,
    private pages: PagesState,
    private readonly searchIndex: LiveSearchIndex,
    private rawFiles: Map<string, PublishedRawFile>,
    private readonly manifest: Set<string>,
  ) {}

  /** The site a build wrote into `options.outDir` (buildSite, as `built`), kept up to date from now on. */
  static async start(options: SiteOptions, built: WrittenPages): Promise<LiveSite> {
    const site = options.outDir;
    // Started first: the thread reads the index and warms up while this one makes its state.
    const searchIndex = startLiveSearchIndex(site, built.toIndex.pages);
    searchIndex.catch(() => undefined); // awaited below, once the state is made
    const entries = internStrings(deserialize(new Uint8Array(built.plan.entries)) as ArchiveEntry[]);
    const articles = new Map<string, ArticleState>(
      entries.map((entry, i) => [built.plan.sources[i]!.file, { entry, digest: built.plan.sources[i]!.digest }]),
    );
    return new LiveSite(
      options,
      pagesState(articles),
      await searchIndex,
      options.rawDir === undefined ? new Map() : publishedRawFiles(options.rawDir),
      new Set(readFileSync(join(site, MANIFEST), "utf8").split("\n").filter(Boolean)),
    );
  }

  /**
   * Makes an update as if the newest article had changed, and drops it: the pages it renders are written into a
   * folder beside the site that is then removed, and the search index's patch is made but not written. The first
   * update of a new thread took a second and a half longer than the next, loading Eleventy, compiling its templates
   * and running their code the first time; with only a page of each kind rendered beforehand, the first update after
   * `serve` started still took about a second longer than the next (planning, the single pages, the index).
   * The pages that show the whole archive are rendered too, though that article's change leaves them as they are:
   * an article added changes them, and their data file is made of every article's part, which the first rendering
   * makes (a quarter of a second at 10,000 articles) and the next ones reuse. The search index's thread warms up
   * on its own (live-search-index.ts).
   */
  async warmUp(): Promise<void> {
    const [newest] = this.pages.archive.entries;
    if (!newest) return;
    const file = [...this.pages.articles].find(([, { entry }]) => entry === newest)![0];
    const plan = planUpdate(this.pages, new Map([[file, { entry: newest, digest: "" }]]))!;
    const scratch = `${this.options.outDir}.warm-up-${process.pid}`;
    try {
      await renderUpdate({ ...this.options, outDir: scratch }, { ...plan, pages: { ...plan.pages, archivePages: true }, removed: [] });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Takes in the changes to the files at `paths` (files or folders in the articles folder, which may be gone), and
   * to the raw files. Rejects, changing nothing, when the front matter of a changed article is wrong, naming the
   * file and field.
   */
  async update(paths: string[]): Promise<SiteUpdate> {
    const { articlesDir, outDir: site } = this.options;
    const changed = new Map<string, ArticleState | undefined>();
    const problems: string[] = [];
    for (const file of this.articleFiles(paths)) {
      const read = await readArticle(articlesDir, file).catch((error: NodeJS.ErrnoException) =>
        // A file removed meanwhile, or as it was being read, is gone; one that cannot be read is not.
        error.code === "ENOENT" ? undefined : { problems: [`${join(articlesDir, file)}: could not be read: ${error.message}`] },
      );
      if (read && "problems" in read) problems.push(...read.problems);
      else changed.set(file, read && { entry: read.entry, digest: read.digest });
    }
    if (problems.length > 0) throw new InvalidArticleError(problems);
    const articles = new Map(this.pages.articles);
    for (const [file, article] of changed) {
      if (article) articles.set(file, article);
      else articles.delete(file);
    }
    sameAddressCheck(articlesDir, [...articles].map(([file, { entry, digest }]) => ({ file, entry, digest })));

    const written: string[] = [];
    const removed: string[] = [];
    const plan = planUpdate(this.pages, changed);
    if (plan) {
      const rendered = await this.renderAndIndex(plan);
      written.push(...rendered.written);
      removed.push(...rendered.removed);
    }
    if (this.options.rawDir !== undefined) {
      const raw = updateRawFiles(this.options.rawDir, site, this.rawFiles);
      this.rawFiles = raw.now;
      written.push(...raw.written);
      removed.push(...raw.removed);
    }
    if (plan || written.length + removed.length > 0) {
      for (const file of removed) this.manifest.delete(file);
      for (const file of written) this.manifest.add(file);
      writeFileSync(join(site, MANIFEST), `${[...this.manifest].sort().join("\n")}\n`);
    }
    return { written: written.length, removed: removed.length };
  }

  /**
   * The article files among `paths`, as paths in the articles folder: a file itself, the articles in a folder made
   * or moved in, and the articles known to be below a path that is gone.
   */
  private articleFiles(paths: string[]): Set<string> {
    const { articlesDir } = this.options;
    const files = new Set<string>();
    for (const path of paths) {
      const file = relative(articlesDir, path).split(sep).join("/");
      if (file.startsWith("..") || file.split("/").some((folder) => IGNORED_FOLDERS.has(folder))) continue;
      const info = statSync(path, { throwIfNoEntry: false });
      if (info?.isDirectory()) {
        for (const below of listFiles(path)) {
          const inFolder = file === "" ? below : `${file}/${below}`;
          if (isArticleFile(inFolder)) files.add(inFolder);
        }
        continue;
      }
      if (isArticleFile(file)) files.add(file);
      if (info === undefined) for (const known of this.pages.articles.keys()) if (known.startsWith(`${file}/`)) files.add(known);
    }
    return files;
  }

  /**
   * Renders the pages of `plan` and takes the articles whose files changed into the search index. Their pages are
   * rendered first, on their own (with the feeds' articles when the feeds changed: the feeds carry their pages), and
   * the other pages while the index's thread takes them in. Once the pages are written the site is in the plan's
   * state, even when the index could not be updated: it is then made anew at the next update. Resolves with the
   * files written and removed, as paths in the site.
   */
  private async renderAndIndex(plan: PagesUpdate): Promise<{ written: string[]; removed: string[] }> {
    const toIndex = indexChanges(this.pages.articles, plan.after.articles);
    const firstFiles = new Set(toIndex.files.map(({ file }) => file));
    if (plan.pages.feeds) for (const file of feedFiles(plan)) firstFiles.add(file);
    const firstPages = { paginated: new Set<string>(), archivePages: false, feeds: plan.pages.feeds };
    const first =
      firstFiles.size === 0
        ? { pages: [], written: [], removed: [] }
        : await renderUpdate(this.options, { ...plan, files: [...firstFiles].sort(), pages: firstPages, removed: [] });
    const [others, indexed] = await Promise.allSettled([
      renderUpdate(this.options, { ...plan, files: plan.files.filter((file) => !firstFiles.has(file)), pages: { ...plan.pages, feeds: false } }),
      this.updateIndex(toIndex, first.pages),
    ]);
    if (others.status === "rejected") throw others.reason;
    this.pages = plan.after;
    if (indexed.status === "rejected") throw indexed.reason;
    if (indexed.value) {
      // The index's files are listed anew: an update writes some and removes others.
      for (const file of this.manifest) if (file.startsWith(`${INDEX_FOLDER}/`)) this.manifest.delete(file);
      for (const file of listFiles(join(this.options.outDir, INDEX_FOLDER))) this.manifest.add(`${INDEX_FOLDER}/${file}`);
    }
    return { written: [...first.written, ...others.value.written], removed: [...first.removed, ...others.value.removed] };
  }

  /**
   * Takes the articles whose files changed into the search index: their pages, just rendered (among `rendered`),
   * indexed anew, and the pages that are gone taken out. Says whether the index changed.
   */
  private async updateIndex({ files, removed }: IndexChanges, rendered: IndexedPage[]): Promise<boolean> {
    if (removed.length + files.length === 0) return false;
    const renderedAt = new Map(rendered.map((page) => [pageUrl(page.path), page]));
    const pages = files.map(({ file, url }) => {
      const page = renderedAt.get(url);
      if (!page) throw new Error(`The page of ${join(this.options.articlesDir, file)} was not rendered`);
      return page;
    });
    await this.searchIndex.update(removed, pages);
    return true;
  }
}

/** What the search index takes in: the articles whose files changed, or are new, and the addresses of those gone. */
interface IndexChanges {
  files: { file: string; url: string }[];
  removed: string[];
}

/** What the search index takes in when the site's articles go from `before` to `after` (by file). */
function indexChanges(before: ReadonlyMap<string, ArticleState>, after: ReadonlyMap<string, ArticleState>): IndexChanges {
  const was = new Map<string, string>();
  for (const { entry, digest } of before.values()) was.set(entry.url, digest);
  const now = new Set<string>();
  const files: IndexChanges["files"] = [];
  for (const [file, { entry, digest }] of after) {
    now.add(entry.url);
    if (was.get(entry.url) !== digest) files.push({ file, url: entry.url });
  }
  return { files, removed: [...was.keys()].filter((url) => !now.has(url)) };
}

/** The files of the feeds' articles, after `plan`. */
function feedFiles(plan: PagesUpdate): string[] {
  const wanted = new Set(feedEntries(plan.archive.entries).map((entry) => entry.url));
  return [...plan.after.articles].filter(([, { entry }]) => wanted.has(entry.url)).map(([file]) => file);
}

/** A live site (LiveSite) in a thread of its own, where its Eleventy runs load this project's modules as builds do. */
export interface LiveSiteThread {
  /** Updates the site for the changes at `paths` (live-site.ts); rejects with what went wrong. */
  update(paths: string[]): Promise<SiteUpdate>;
  /** whether the thread has stopped, by stop() or by a failure of its own */
  readonly stopped: boolean;
  stop(): Promise<void>;
}

/** The thread that keeps the site built as `built` up to date (live-site-thread.ts), once it is ready. */
export async function startLiveSite(options: SiteOptions, built: WrittenPages): Promise<LiveSiteThread> {
  const thread = await startServingThread<string[], SiteUpdate>(
    new URL("./live-site-thread.ts", import.meta.url),
    { options, built },
    "updates the site",
  );
  return {
    get stopped() {
      return thread.stopped;
    },
    update: (paths) => thread.ask(paths),
    stop: () => thread.stop(),
  };
}
