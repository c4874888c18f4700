import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, pagePerTest } from "../support/browser.ts";
import { serveFolder, type StaticServer } from "../support/static-server.ts";
import { SEED_TITLES } from "../support/default-archive.ts";

/**
 * The default archive end to end, as a newcomer gets it: `news-archive build` on the five seeds in content/raw,
 * the output served on 127.0.0.1, read and searched in Chromium.
 */
const run = promisify(execFile);
const MOU = SEED_TITLES.mou;
const PARLY_VISIT = [SEED_TITLES.cabinet, SEED_TITLES.parly];

let root: string;
let site: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-seeds-site-"));
  site = join(root, "site");
  await run("node", ["bin/news-archive.js", "build", "--articles", join(root, "articles"), "--out", site]);
  server = await serveFolder(site, "/");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});
pagePerTest(() => browser, (opened) => (page = opened));

async function search(word: string): Promise<string[]> {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`);
  await page.getByRole("status").filter({ hasText: /found/ }).waitFor();
  return (await page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 }).allTextContents()).sort();
}

describe("the default archive", () => {
  it("builds a home page, five article pages, a search page, a 404 page and a search index", async () => {
    const files = await readdir(site, { recursive: true });
    expect(files).toEqual(expect.arrayContaining(["index.html", "404.html", "search/index.html", "pagefind/pagefind.js"]));
    expect(files.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))).toHaveLength(5);
  });

  it("opens an article from the home page", async () => {
    await page.goto(server.url);
    await page.getByRole("link", { name: MOU }).click();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(MOU);
    expect(await page.locator("article").textContent()).toContain("Baghdad Post");
  });

  it("finds exactly the two reports of the Parly visit when searching Parly", async () => {
    expect(await search("Parly")).toEqual([...PARLY_VISIT].sort());
  });

  it("finds only the UK–Iraq memorandum when searching Wallace", async () => {
    expect(await search("Wallace")).toEqual([MOU]);
  });

  it("narrows a search with a Pagefind filter and sorts every article by date, undated ones included", async () => {
    await page.goto(`${server.url}search/`);
    // A string, not a function: vitest would rewrite a function's import() into something the page lacks.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const titles = async (search) => Promise.all(search.results.map(async (result) => (await result.data()).meta.title));
      return {
        filtered: await titles(await pagefind.search("Parly", { filters: { source: "Shafaq News" } })),
        sorted: await titles(await pagefind.search(null, { sort: { date: "desc" } })),
      };
    })()`)) as { filtered: string[]; sorted: string[] };
    expect(found.filtered).toEqual([PARLY_VISIT[0]]);
    expect(found.sorted).toHaveLength(5);
    expect(found.sorted.slice(0, 2)).toEqual([SEED_TITLES.troops, MOU]);
  });

  it("finds nothing for words that only reader comments held", async () => {
    expect(await search("froggies")).toEqual([]);
  });
});
