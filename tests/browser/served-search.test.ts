import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite, type ServedSite } from "../../src/site/serve-site.ts";
import { launchBrowser, pagePerTest } from "../support/browser.ts";
import { fixtureArticles } from "../support/built-site.ts";
import { freePort } from "../support/free-port.ts";

/**
 * While `serve` runs, a changed article is taken into the search index as it is (live-site.ts), into files that
 * Pagefind's own search code must read in the browser: an article added is found by a word only it has, and with
 * the source filter, and sorted by its date; an article edited is found by its new words and no longer by its old;
 * an article removed is no longer found.
 */
let workDir: string;
let site: ServedSite;
let browser: Browser;
let page: Page;
const articlesDir = () => join(workDir, "articles");

const status = () => page.getByRole("status");
const resultList = () => page.getByRole("region", { name: "Results" }).getByRole("list");

const entryFile = () => join(workDir, "site", "pagefind", "pagefind-entry.json");
/**
 * Resolves once the search index's entry file is no longer `before`: the update has written the index's new files,
 * and the entry that names them last. A search before that finds what it found before the change.
 */
async function indexUpdated(before: string): Promise<void> {
  await expect.poll(() => readFile(entryFile(), "utf8"), { timeout: 30_000 }).not.toBe(before);
}

/** The headlines found for `query` (a search page address's query), once the page says what it found. */
async function search(query: string): Promise<string[]> {
  await page.goto(`${site.url}search/?${query}`);
  await status().filter({ hasText: /found/ }).waitFor();
  return resultList().getByRole("heading", { level: 3 }).allTextContents();
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "news-archive-served-search-"));
  await cp(fixtureArticles("articles"), articlesDir(), { recursive: true });
  site = await serveSite({ articlesDir: articlesDir(), outDir: join(workDir, "site"), port: await freePort() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(workDir, { recursive: true, force: true });
});
pagePerTest(() => browser, (opened) => (page = opened));

describe("searching a served site as its articles change", () => {
  it("finds an article added while serving, by a word only it has, with the source filter, in date order", async () => {
    expect(await search("q=zanzibar")).toEqual([]);
    const entry = await readFile(entryFile(), "utf8");
    const flood = await readFile(join(articlesDir(), "river-flood-report.md"), "utf8");
    await writeFile(
      join(articlesDir(), "island-ferry-resumes.md"),
      flood
        .replace(/^title: .*$/m, "title: Island ferry resumes")
        .replace(/^date: .*$/m, 'date: "2021-04-02"')
        .replace(/^source: .*$/m, "source: Island Courier")
        .replace(/^The report counts.*$/m, "The ferry to Zanzibar sails again after the floods."),
    );
    await indexUpdated(entry);
    // Polled: serve reloads the page once the update is done, which may cut a search short.
    await expect.poll(() => search("q=zanzibar"), { timeout: 30_000 }).toEqual(["Island ferry resumes"]);
    expect(await search("q=zanzibar&source=Island+Courier")).toEqual(["Island ferry resumes"]);
    expect(await search("q=floods&sort=newest")).toEqual(["Island ferry resumes", "River flood report published"]);
  });

  it("finds an edited article by its new words, and no longer by the words it lost", async () => {
    const file = join(articlesDir(), "island-ferry-resumes.md");
    const entry = await readFile(entryFile(), "utf8");
    await writeFile(file, (await readFile(file, "utf8")).replace("Zanzibar", "Pemba"));
    await indexUpdated(entry);
    // Polled: serve reloads the page once the update is done, which may cut a search short.
    await expect.poll(() => search("q=pemba"), { timeout: 30_000 }).toEqual(["Island ferry resumes"]);
    expect(await search("q=zanzibar")).toEqual([]);
  });

  it("no longer finds an article removed while serving", async () => {
    const entry = await readFile(entryFile(), "utf8");
    await rm(join(articlesDir(), "island-ferry-resumes.md"));
    await indexUpdated(entry);
    // Polled: serve reloads the page once the update is done, which may cut a search short.
    await expect.poll(() => search("q=pemba"), { timeout: 30_000 }).toEqual([]);
    expect(await search("q=floods")).toEqual(["River flood report published"]);
  });
});
