import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, pagePerTest } from "../support/browser.ts";
import type { BuiltSite } from "../support/built-site.ts";
import { buildDefaultArchive, SEED_TITLES } from "../support/default-archive.ts";
import { indexInParts } from "../support/index-in-parts.ts";
import { serveFolder, type StaticServer } from "../support/static-server.ts";

/**
 * Searching the default archive (the five seeds) in Chromium, the site served under a path prefix as a project's
 * pages are: typing, filtering, sorting, sharing the address, following a result, and all of it by keyboard.
 */
const PREFIX = "/news/";
const { mou: MOU, cabinet: CABINET, parly: PARLY_VISIT, troops: TROOPS_LEFT } = SEED_TITLES;

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let page: Page;
/** The paths the page asked for, in order. */
let requested: string[];

const searchBox = () => page.getByRole("searchbox", { name: "Search the archive" });
const status = () => page.getByRole("status");
const resultList = () => page.getByRole("region", { name: "Results" }).getByRole("list");

/** The headlines of the results on screen, in order, once the page says what it found. */
async function results(): Promise<string[]> {
  await status().filter({ hasText: /found/ }).waitFor();
  return resultList().getByRole("heading", { level: 3 }).allTextContents();
}

/** Waits until the results on screen are `titles`, in this order: a search runs as the reader acts. */
async function expectResults(titles: string[]): Promise<void> {
  await expect.poll(results, { timeout: 10_000 }).toEqual(titles);
}

async function typeSearch(words: string): Promise<void> {
  await page.goto(`${server.url}search/`);
  await searchBox().fill(words);
}

/** Presses `key` until the focused element is `target`; fails after `limit` presses. */
async function pressUntilFocused(key: string, target: ReturnType<Page["locator"]>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${limit} presses of ${key} did not reach ${target}`);
}

/**
 * Every search below runs twice: on the default archive's index, and on it made again in parts of two articles and
 * merged, as a build indexes an archive larger than one part (search-index.ts).
 */
describe.each([
  { index: "one index", pagesPerPart: undefined },
  { index: "an index made in parts of two articles", pagesPerPart: 2 },
])("with $index", ({ pagesPerPart }) => {
  beforeAll(async () => {
    site = await buildDefaultArchive({ pathPrefix: PREFIX });
    if (pagesPerPart) await indexInParts(site.outDir, pagesPerPart);
    server = await serveFolder(site.outDir, PREFIX);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });
  pagePerTest(
    () => browser,
    (opened) => {
      page = opened;
      requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    },
  );

  describe("searching the archive", () => {
    it("finds only the UK–Iraq memorandum when searching Wallace", async () => {
      await typeSearch("Wallace");
      await expectResults([MOU]);
      expect(await status().textContent()).toBe("1 article found for “Wallace”.");
    });

    it("finds the two reports of the Parly visit when searching Parly, and no article about a part or partnership", async () => {
      await typeSearch("Parly");
      await status().filter({ hasText: /found/ }).waitFor();
      expect((await results()).sort()).toEqual([PARLY_VISIT, CABINET].sort());
    });

    it("finds nothing for froggies, a word only the reader comments held, which ingest left out", async () => {
      await typeSearch("froggies");
      await expectResults([]);
      expect(await status().textContent()).toBe("No articles found for “froggies”.");
    });

    it("shows each result's headline, date, source and an excerpt with the words found marked", async () => {
      await typeSearch("Wallace");
      await expectResults([MOU]);
      const result = resultList().getByRole("listitem");
      expect(await result.locator(".byline > *").allTextContents()).toEqual(["24 August 2019, 00:25", "Baghdad Post"]);
      expect(await result.locator(".excerpt").textContent()).toContain("British counterpart Ben Wallace in London");
      expect(await result.locator(".excerpt mark").allTextContents()).toEqual(["Wallace"]);
    });

    it("narrows a search for Parly to Shafaq News's article with the source filter, which shows each source's count", async () => {
      await typeSearch("Parly");
      await status().filter({ hasText: "2 articles found" }).waitFor();
      const sources = page.getByRole("group", { name: "Source" });
      // The filters are counted once the results are shown. One of the two reports names no source.
      await sources.getByRole("checkbox").first().waitFor();
      expect(await sources.getByRole("checkbox").count()).toBe(1);
      await sources.getByRole("checkbox", { name: "Shafaq News 1" }).check();
      await expectResults([CABINET]);
      expect(new URL(page.url()).searchParams.getAll("source")).toEqual(["Shafaq News"]);
      expect(await status().textContent()).toBe("1 article found for “Parly” with the chosen filters.");
    });

    it("combines filters: any of the years chosen, and the source chosen too", async () => {
      await typeSearch("Iraq");
      await status().filter({ hasText: "5 articles found" }).waitFor();
      const years = page.getByRole("group", { name: "Year" });
      await years.getByRole("checkbox", { name: /^2019/ }).check();
      await expectResults([MOU]);
      // The other year's count is what choosing it too would add.
      await years.getByRole("checkbox", { name: "2020 1" }).check();
      await expect.poll(async () => (await results()).sort(), { timeout: 10_000 }).toEqual([MOU, TROOPS_LEFT].sort());
      await page.getByRole("group", { name: "Source" }).getByRole("checkbox", { name: /^Baghdad Post/ }).check();
      await expectResults([MOU]);
      expect(new URL(page.url()).search).toBe("?q=Iraq&source=Baghdad+Post&year=2019&year=2020");
    });

    it("sorts newest or oldest first on demand, listing the undated articles last either way", async () => {
      await typeSearch("Iraq");
      await status().filter({ hasText: "5 articles found" }).waitFor();
      const order = page.getByRole("combobox", { name: "Order" });
      const dates = () => resultList().locator(".byline > :first-child").allTextContents();
      await order.selectOption({ label: "Newest first" });
      await expect.poll(async () => (await results()).slice(0, 2)).toEqual([TROOPS_LEFT, MOU]);
      expect(await dates()).toEqual(["June 2020", "24 August 2019, 00:25", "Date unknown", "Date unknown", "Date unknown"]);
      await order.selectOption({ label: "Oldest first" });
      await expect.poll(async () => (await results()).slice(0, 2)).toEqual([MOU, TROOPS_LEFT]);
      expect(await dates()).toEqual(["24 August 2019, 00:25", "June 2020", "Date unknown", "Date unknown", "Date unknown"]);
      expect(new URL(page.url()).searchParams.get("sort")).toBe("oldest");
    });

    it("highlights the words searched for on the article a result opens", async () => {
      await typeSearch("Wallace");
      await expectResults([MOU]);
      await resultList().getByRole("link", { name: MOU }).click();
      await page.waitForURL(`**${PREFIX}articles/iraq-uk-sign-anti-isis-military-cooperation-mou/?pagefind-highlight=wallace`);
      const marks = page.locator("mark.pagefind-highlight");
      await marks.first().waitFor();
      // Ben Wallace is named three times, each in the article's text.
      expect(await marks.allTextContents()).toEqual(["Wallace", "Wallace", "Wallace"]);
      expect(await page.locator("article .body mark.pagefind-highlight").count()).toBe(3);
    });

    it("loads no search code on pages read without searching", async () => {
      for (const path of ["", "articles/iraq-uk-sign-anti-isis-military-cooperation-mou/", "people/", "dates/"]) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState("networkidle");
      }
      expect(requested.filter((path) => path.includes("/pagefind/") || path.endsWith("/search.js"))).toEqual([]);
      expect(await page.locator("mark").count()).toBe(0);
    });

    it("shows the results of a shared address, and steps back and forward through the changes made since", async () => {
      await page.goto(`${server.url}search/?q=parly&source=Shafaq+News&sort=oldest`);
      await expectResults([CABINET]);
      expect(await searchBox().inputValue()).toBe("parly");
      expect(await page.getByRole("combobox", { name: "Order" }).inputValue()).toBe("oldest");
      const shafaq = page.getByRole("group", { name: "Source" }).getByRole("checkbox", { name: /^Shafaq News/ });
      expect(await shafaq.isChecked()).toBe(true);

      await shafaq.uncheck();
      await expect.poll(async () => (await results()).sort(), { timeout: 10_000 }).toEqual([PARLY_VISIT, CABINET].sort());
      expect(new URL(page.url()).search).toBe("?q=parly&sort=oldest");
      await page.goBack();
      await expectResults([CABINET]);
      expect(await shafaq.isChecked()).toBe(true);
      await page.goForward();
      await expect.poll(async () => (await results()).length, { timeout: 10_000 }).toBe(2);
      expect(await shafaq.isChecked()).toBe(false);
    });

    it("can be used by keyboard alone: / to the search box, Enter to search, Space to filter, Enter to open", async () => {
      await page.goto(`${server.url}articles/iraq-uk-sign-anti-isis-military-cooperation-mou/`);
      await page.keyboard.press("/");
      await page.keyboard.type("Parly");
      await page.keyboard.press("Enter");
      await page.waitForURL(`**${PREFIX}search/?q=Parly`);
      await status().filter({ hasText: "2 articles found" }).waitFor();

      await page.keyboard.press("/");
      expect(await searchBox().evaluate((box) => box === document.activeElement)).toBe(true);
      const shafaq = page.getByRole("checkbox", { name: /^Shafaq News/ });
      await pressUntilFocused("Tab", shafaq);
      await page.keyboard.press("Space");
      await expectResults([CABINET]);
      // The filters were drawn anew; the focus stayed on the one just chosen.
      expect(await shafaq.evaluate((box) => box === document.activeElement)).toBe(true);

      await pressUntilFocused("Shift+Tab", resultList().getByRole("link", { name: CABINET }));
      await page.keyboard.press("Enter");
      await page.waitForURL(`**${PREFIX}articles/the-cabinet-france-and-iraq-relations-extend-many-years/?pagefind-highlight=parly`);
      await page.locator("mark.pagefind-highlight").first().waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(CABINET);
    });

    it("says plainly without JavaScript that search needs it, and links to the pages to browse instead", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const noScript = await context.newPage();
        await noScript.goto(`${server.url}search/?q=Wallace`);
        expect(await noScript.getByRole("main").innerText()).toContain("Search needs JavaScript, which is turned off in this browser.");
        expect(await noScript.getByRole("searchbox").count()).toBe(0);
        const links = await noScript.getByRole("main").getByRole("link").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
        expect(links).toEqual(["dates/", "sources/", "topics/", "people/", "places/", "organisations/"].map((path) => `${PREFIX}${path}`));
      } finally {
        await context.close();
      }
    });
  });
});
