import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, pagePerTest } from "../support/browser.ts";
import { buildIntoTempDir, type BuiltSite } from "../support/built-site.ts";
import { siteUnderTest } from "../support/site-under-test.ts";
import { serveFolder, type StaticServer } from "../support/static-server.ts";

const archive = siteUnderTest();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Builds the archive under `pathPrefix`, serves it, and gives each test a fresh page that must log no error. */
function servedSite(pathPrefix = "/") {
  const state = {} as { site: BuiltSite; server: StaticServer; page: Page; errors: string[] };
  beforeAll(async () => {
    state.site = await buildIntoTempDir(archive.articlesDir, pathPrefix);
    state.server = await serveFolder(state.site.outDir, pathPrefix);
  });
  afterAll(async () => {
    await state.server?.close();
    await state.site?.remove();
  });
  pagePerTest(() => browser, (page, errors) => Object.assign(state, { page, errors }));
  return state;
}

/** The titles of the search results shown, once the search page says what it found. */
async function resultTitles(page: Page): Promise<string[]> {
  await page.getByRole("status").filter({ hasText: /found/ }).waitFor();
  return page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 }).allTextContents();
}

describe("reading the archive in a browser", () => {
  const served = servedSite();

  it("opens an article from the home page and shows its headline", async () => {
    const { page, server } = served;
    await page.goto(server.url);
    await page.getByRole("link", { name: archive.articleTitle }).click();
    const headline = page.getByRole("heading", { level: 1 });
    expect(await headline.textContent()).toBe(archive.articleTitle);
  });

  it("shows a whole article, and the way to the articles around it, with JavaScript turned off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(served.server.url);
      await page.getByRole("link", { name: archive.articleTitle }).click();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(archive.articleTitle);
      expect(await page.locator("article .body").textContent()).toContain(archive.articleText);
      await page.getByRole("navigation", { name: "Older and newer articles" }).getByRole("link").first().click();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).not.toBe(archive.articleTitle);
    } finally {
      await context.close();
    }
  });

  it("fits every kind of page on a screen 320 pixels wide, without sideways scrolling", async () => {
    const { page, server } = served;
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["", "articles/ministers-agree-budget/", "articles/letter-from-the-harbour/removed/", "dates/", "places/brussels/"]) {
      await page.goto(`${server.url}${path}`);
      expect(await page.evaluate("document.documentElement.scrollWidth"), path).toBeLessThanOrEqual(320);
    }
  });

  it("finds the one article holding a word typed into the search page", async () => {
    const { page, server } = served;
    await page.goto(`${server.url}search/`);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill(archive.search.word);
    expect(await resultTitles(page)).toEqual([archive.search.findsTitle]);
  });

  it("searches from the search box in a page's header", async () => {
    const { page, server } = served;
    await page.goto(server.url);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill(archive.search.word);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    expect(await resultTitles(page)).toEqual([archive.search.findsTitle]);
  });

  it("finds nothing for a word that only a removed line held", async () => {
    const { page, server } = served;
    await page.goto(`${server.url}search/?q=${archive.removedWord}`);
    expect(await resultTitles(page)).toEqual([]);
    expect(await page.getByRole("status").textContent()).toMatch(/^No articles found/);
  });

  it("shows the not-found page, with a way home, for an address that has no page", async () => {
    const { page, server } = served;
    const response = await page.goto(`${server.url}articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    // The browser logs the 404 of the address itself; that one error is expected.
    expect(served.errors.splice(0)).toEqual([expect.stringContaining("404")]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
    await page.getByRole("link", { name: "list of all articles" }).click();
    await page.getByRole("link", { name: archive.articleTitle }).waitFor();
  });
});

describe("reading the archive served under a path prefix", () => {
  const served = servedSite("/news/");

  it("finds an article by search and opens it", async () => {
    const { page, server } = served;
    await page.goto(`${server.url}search/?q=${archive.search.word}`);
    expect(await resultTitles(page)).toEqual([archive.search.findsTitle]);
    await page.getByRole("link", { name: archive.search.findsTitle }).click();
    await page.waitForURL(/\/news\/articles\//);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(archive.search.findsTitle);
  });
});
