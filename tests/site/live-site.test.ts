import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleInput } from "../../src/article.ts";
import { formatArticleFile } from "../../src/article-file.ts";
import { listFiles } from "../../src/output/list-files.ts";
import { MANIFEST, replaceFolder } from "../../src/output/replace-folder.ts";
import { buildSite, type SiteOptions } from "../../src/site/build.ts";
import { startLiveSite, type LiveSiteThread } from "../../src/site/live-site.ts";
import { readIndexAsSearched } from "../support/search-indexes.ts";

/**
 * While `serve` runs, a change to articles renders only the pages it changes and takes the changed articles into
 * the search index (live-site.ts). The site must then be the site a build of the same articles writes: every page,
 * feed, citation, raw file and data file byte for byte, and the search index as a search reads it. Here an archive
 * of 130 articles whose listings run to several pages (one is cut by year), related articles and stories, changed in
 * the ways an archivist changes it: articles added (the newest, an old one, an undated one), edited (text, headline,
 * names), removed and renamed, raw files added and removed.
 */
let root: string;
let live: LiveSiteThread;
const articlesDir = () => join(root, "articles");
const rawDir = () => join(root, "raw");
const options = (outDir: string): SiteOptions => ({
  articlesDir: articlesDir(),
  rawDir: rawDir(),
  outDir,
  pathPrefix: "/news/",
  baseUrl: "https://news.example.org",
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-live-site-"));
  await mkdir(articlesDir());
  await mkdir(rawDir());
  for (let i = 0; i < 130; i++) await writeArticle(i);
  const site = join(root, "site");
  let built: Awaited<ReturnType<typeof buildSite>> | undefined;
  await replaceFolder(site, async (staging) => {
    built = await buildSite({ ...options(staging), outDir: staging });
  });
  // In a thread, as serve runs it: the test runner loads this project's modules apart from Eleventy's loading of them.
  live = await startLiveSite(options(site), built!);
});
afterAll(async () => {
  await live?.stop();
  await rm(root, { recursive: true, force: true });
});

describe("a served site updated for the articles that changed", () => {
  it("is the site a build writes, after an article is added that names nothing another names", async () => {
    // The oldest, in no story, sharing no name or topic: only its neighbour by date, and listings, show it; not the feeds.
    await writeArticle(131, { date: "2019-06-15", topics: ["solitude"], people: [], places: ["Nowhere"], organizations: [], story: undefined });
    await expectBuiltSite(await live.update([inArticles("article-131.md")]));
  });

  it("is the site a build writes, after articles are added: the newest, an undated one", async () => {
    await writeArticle(130, { date: "2024-12-31", title: "The newest report" });
    await writeArticle(132, { date: undefined });
    await expectBuiltSite(await live.update(["article-130.md", "article-132.md"].map(inArticles)));
  });

  it("is the site a build writes, after articles are edited: their text, a headline, the names in them", async () => {
    const text = await readFile(inArticles("article-10.md"), "utf8");
    await writeFile(inArticles("article-10.md"), text.replace("Second paragraph", "A second paragraph, revised"));
    await writeArticle(20, { title: "A headline written again", people: ["Amal Haddad", "Someone New"] });
    await writeArticle(30, { topics: ["drought"], source: "Another Source" });
    await expectBuiltSite(await live.update(["article-10.md", "article-20.md", "article-30.md"].map(inArticles)));
  });

  it("is the site a build writes, after articles are removed, and one is renamed", async () => {
    await rm(inArticles("article-5.md"));
    await rm(inArticles("article-130.md"));
    await rename(inArticles("article-40.md"), inArticles("article-forty.md"));
    await expectBuiltSite(await live.update(["article-5.md", "article-130.md", "article-40.md", "article-forty.md"].map(inArticles)));
  });

  it("is the site a build writes, after raw files are added and removed", async () => {
    await writeFile(join(rawDir(), "unread.txt"), "A raw file no article was made from yet.\n");
    await rm(join(rawDir(), "raw-7.txt"));
    await expectBuiltSite(await live.update([]));
  });

  it("says nothing changed, and changes nothing, when a file is saved as it was", async () => {
    const text = await readFile(inArticles("article-11.md"), "utf8");
    await writeFile(inArticles("article-11.md"), text);
    expect(await live.update([inArticles("article-11.md")])).toEqual({ written: 0, removed: 0 });
  });

  it("changes nothing, and says which file and field are wrong, when a changed article breaks the schema", async () => {
    const text = await readFile(inArticles("article-12.md"), "utf8");
    await writeFile(inArticles("article-12.md"), text.replace(/^language: en$/m, "language: English"));
    await expect(live.update([inArticles("article-12.md")])).rejects.toThrow(/article-12\.md: field "language"/);
    await writeFile(inArticles("article-12.md"), text);
    await expectBuiltSite({ written: 0, removed: 0 }, { changed: false });
  });
});

const inArticles = (file: string) => join(articlesDir(), file);

const PEOPLE = ["Amal Haddad", "Omar Saleh", "Claire Dubois", "Henri Moreau", "Ruth Carter"];
const PLACES = ["Basra", "Mosul", "Erbil", "Najaf"];
const TOPICS = ["elections", "trade", "water sharing", "health care"];
const SOURCES = ["Tigris Times", "Euphrates Wire", "Rafidain Daily"];

/**
 * Writes article `i` of the archive, and its raw file: one person is named in most articles, so that their listing
 * is cut by year (browse.ts), and every fifth article shares a story with the one before it.
 */
async function writeArticle(i: number, change: Partial<ArticleInput> = {}): Promise<void> {
  const raw = `raw-${i}.txt`;
  const text = `Raw text of article ${i}.\n`;
  await writeFile(join(rawDir(), raw), text);
  const frontMatter: ArticleInput = {
    title: `Report number ${i} from ${PLACES[i % PLACES.length]}`,
    date: `20${20 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`,
    source: SOURCES[i % SOURCES.length],
    summary: `What report ${i} says, in one sentence.`,
    topics: [TOPICS[i % TOPICS.length]!, ...(i % 3 === 0 ? ["trade"] : [])],
    people: [...new Set([PEOPLE[0]!, PEOPLE[i % PEOPLE.length]!])].slice(i % 7 === 0 ? 1 : 0),
    places: [PLACES[i % PLACES.length]!],
    organizations: i % 2 === 0 ? ["City Council"] : [],
    language: "en",
    ...(i % 5 === 1 && { story: `story-${i - 1}` }),
    ...(i % 5 === 0 && { story: `story-${i}` }),
    original: { file: raw, sha256: createHash("sha256").update(text).digest("hex") },
    removed: i % 4 === 0 ? [{ line: 1, text: "Share this article", reason: "a share prompt" }] : [],
    ...change,
  };
  for (const [field, value] of Object.entries(change)) if (value === undefined) delete frontMatter[field as keyof ArticleInput];
  const body = `First paragraph of report ${i}, on ${frontMatter.topics.join(" and ")}.\n\nSecond paragraph of report ${i}.`;
  await writeFile(inArticles(`article-${i}.md`), formatArticleFile(frontMatter, body));
}

/**
 * The served site, updated, is the site a build of its articles writes: every file but the search index's byte for
 * byte (the list of the site's own files included), and the search index as a search reads it.
 */
async function expectBuiltSite(update: { written: number; removed: number }, { changed = true } = {}): Promise<void> {
  if (changed) expect(update.written + update.removed).toBeGreaterThan(0);
  const served = join(root, "site");
  const built = join(root, `built-${Date.now()}`);
  await replaceFolder(built, async (staging) => {
    await buildSite(options(staging));
  });
  const outsideIndex = (files: string[]) => files.filter((file) => !file.startsWith("pagefind/"));
  const files = outsideIndex(listFiles(built));
  expect(outsideIndex(listFiles(served))).toEqual(files);
  const differing = [];
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(join(built, file)), readFile(join(served, file))]);
    if (!a.equals(b) && file !== MANIFEST) differing.push(file);
  }
  expect(differing).toEqual([]);
  const manifest = (await readFile(join(served, MANIFEST), "utf8")).split("\n").filter(Boolean);
  expect(manifest).toEqual(listFiles(served).filter((file) => file !== MANIFEST));
  expect(await readIndexAsSearched(join(served, "pagefind"))).toEqual(await readIndexAsSearched(join(built, "pagefind")));
  await rm(built, { recursive: true, force: true });
}
