import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePage, type BuiltSite } from "../support/built-site.ts";
import { buildDefaultArchive, DEFAULT_RAW_DIR, SEED_TITLES } from "../support/default-archive.ts";

/**
 * The default archive (the five seeds in content/raw, ingested and built as `news-archive build` does) read page
 * by page: every kind of page a reader meets, and the files programs read.
 */
const { cabinet: CABINET, parly: PARLY, mou: MOU, troops: TROOPS, france: FRANCE } = SEED_TITLES;
const CABINET_PAGE = "articles/the-cabinet-france-and-iraq-relations-extend-many-years/index.html";
const PARLY_PAGE = "articles/french-minister-of-armies-florence-parly-met-with-senior-iraqi-officials/index.html";
const MOU_PAGE = "articles/iraq-uk-sign-anti-isis-military-cooperation-mou/index.html";
const ORIGIN = "http://localhost:8080";

let site: BuiltSite;
let pages: Map<string, string>;

beforeAll(async () => {
  site = await buildDefaultArchive();
  pages = await site.pages();
});
afterAll(() => site?.remove());

const page = (path: string): HTMLElement => parsePage(pages, path);

function file(path: string): Promise<string> {
  return readFile(join(site.outDir, path), "utf8");
}

/** The headlines of an article list, in order. */
function headlines(list: HTMLElement | null | undefined): string[] {
  return (list?.querySelectorAll(".article-list > li h2 a, .article-list > li h3 a") ?? []).map((link) => link.text);
}

/** The entries of an index of values: name, address and what the count says. */
function valueIndex(root: HTMLElement): { name: string; href: string | undefined; count: string | undefined }[] {
  return root.querySelectorAll(".value-index > li").map((item) => ({
    name: item.querySelector("a")!.text,
    href: item.querySelector("a")?.getAttribute("href"),
    count: item.querySelector(".count")?.text,
  }));
}

describe("the home page of the default archive", () => {
  it("lists the latest articles, dated ones newest first and the undated ones last, marked Date unknown", () => {
    const latest = page("index.html").querySelector("main .latest");
    expect(headlines(latest)).toEqual([TROOPS, MOU, FRANCE, PARLY, CABINET]);
    const dates = latest!.querySelectorAll(".article-list .byline > :first-child").map((date) => date.text);
    expect(dates).toEqual(["June 2020", "24 August 2019, 00:25", "Date unknown", "Date unknown", "Date unknown"]);
  });

  it("shows the two reports of the Parly visit as the biggest story", () => {
    const stories = page("index.html").querySelectorAll("main .stories > li");
    expect(stories).toHaveLength(1);
    expect(headlines(stories[0])).toEqual([PARLY, CABINET]);
    expect(stories[0]!.querySelector(".story-size")?.text).toBe("2 reports from 1 source");
  });

  it("shows the most covered people and topics, each linking to its page", () => {
    const people = page("index.html").querySelector("#top-people")!.parentNode!;
    expect(valueIndex(people).slice(0, 2)).toEqual([
      { name: "Florence Parly", href: "/people/florence-parly/", count: "2 articles" },
      { name: "Mustafa Al-Kadhimi", href: "/people/mustafa-al-kadhimi/", count: "2 articles" },
    ]);
    const topics = page("index.html").querySelector("#top-topics")!.parentNode!;
    expect(valueIndex(topics)[0]).toEqual({ name: "Terrorism", href: "/topics/terrorism/", count: "4 articles" });
  });

  it("offers the search box, as a plain form that sends the words to the search page", () => {
    const form = page("index.html").querySelector("header form[role=search]");
    expect(form?.getAttribute("action")).toBe("/search/");
    expect(form?.querySelector("input[type=search]")?.getAttribute("name")).toBe("q");
  });
});

describe("an article page of the default archive", () => {
  it("shows the headline, date, source and reading time, and the summary once, as the lead it was taken from", () => {
    const mou = page(MOU_PAGE).querySelector("article header")!;
    expect(mou.querySelector("h1")?.text).toBe(MOU);
    expect(mou.querySelector(".section")?.text).toBe("Iraq News");
    // Ingest takes the summary from the lead: printed above it as well, a reader would read it twice.
    for (const path of [MOU_PAGE, "articles/france-stands-with-iraq-in-its-fight-against-isis/index.html"]) {
      const article = page(path).querySelector("article")!;
      expect(article.querySelector(".dek"), path).toBeNull();
      expect(article.querySelector(".body > p")?.text, path).toMatch(/^(Iraq signed a memorandum|International coalition member France)/);
    }
    expect(mou.querySelector(".byline time")?.text).toBe("24 August 2019, 00:25");
    expect(mou.querySelector(".byline .source a")?.getAttribute("href")).toBe("/sources/baghdad-post/");
    expect(mou.querySelector(".byline .reading-time")?.text).toMatch(/^\d+ min read$/);
    expect(page(CABINET_PAGE).querySelector("article .byline > :first-child")?.text).toBe("Date unknown");
  });

  it("shows each report of the Parly visit as other coverage of the other", () => {
    expect(headlines(page(CABINET_PAGE).querySelector("#other-coverage")?.parentNode)).toEqual([PARLY]);
    expect(headlines(page(PARLY_PAGE).querySelector("#other-coverage")?.parentNode)).toEqual([CABINET]);
    expect(page(MOU_PAGE).querySelector("#other-coverage")).toBeNull();
  });

  it("suggests related articles of other stories, never the other coverage again", () => {
    const related = headlines(page(CABINET_PAGE).querySelector("#related")?.parentNode);
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(PARLY);
    expect(related).not.toContain(CABINET);
  });

  it("links its topics, people, places and organisations to their pages", () => {
    const entities = page(PARLY_PAGE).querySelector(".entities")!;
    expect(entities.querySelectorAll("dt").map((term) => term.text)).toEqual([
      "Topics",
      "People",
      "Places",
      "Organisations",
    ]);
    const links = entities.querySelectorAll("a").map((link) => [link.text, link.getAttribute("href")]);
    expect(links).toContainEqual(["Florence Parly", "/people/florence-parly/"]);
    expect(links).toContainEqual(["Baghdad", "/places/baghdad/"]);
    expect(links).toContainEqual(["PKK", "/organisations/pkk/"]);
    expect(links).toContainEqual(["Diplomacy", "/topics/diplomacy/"]);
    for (const [, href] of links) expect(pages.has(`${href!.slice(1)}index.html`), href).toBe(true);
  });

  it("links to the newer and older article by date, and an undated article to the others of unknown date", () => {
    const neighbours = (path: string) =>
      page(path)
        .querySelectorAll(".neighbours li")
        .map((item) => item.text.trim());
    expect(neighbours(MOU_PAGE)).toEqual([`Newer: ${TROOPS}`, "More from August 2019"]);
    expect(neighbours(CABINET_PAGE)).toEqual(["More articles whose date is unknown"]);
    expect(page(CABINET_PAGE).querySelector(".neighbours a")?.getAttribute("href")).toBe("/dates/undated/");
  });

  it("links to the raw text as received, a byte-for-byte copy of the raw file", async () => {
    const link = page(CABINET_PAGE).querySelector(".record a[type='text/plain']");
    expect(link?.getAttribute("href")).toBe("/raw/001_223382c78712db95.txt");
    const published = await readFile(join(site.outDir, "raw", "001_223382c78712db95.txt"));
    expect(published.equals(await readFile(join(DEFAULT_RAW_DIR, "001_223382c78712db95.txt")))).toBe(true);
  });

  it("links to the record of the lines ingest left out, listed by line number and reason", () => {
    const link = page(CABINET_PAGE).querySelector(".record a[href$='/removed/']");
    expect(link?.text).toBe("Lines left out of the article");
    const record = page(`${link!.getAttribute("href")!.slice(1)}index.html`);
    expect(record.querySelector("h1")?.text).toBe(`Lines left out of “${CABINET}”`);
    const rows = record.querySelectorAll("tbody tr").map((row) => row.querySelectorAll("td").map((cell) => cell.text));
    expect(rows[0]).toEqual(["1", CABINET, "headline (kept as title)"]);
    expect(rows.map(([line]) => Number(line))).toEqual([...rows.map(([line]) => Number(line))].sort((a, b) => a - b));
    expect(record.querySelector("meta[name=robots]")?.getAttribute("content")).toBe("noindex");
    expect(record.querySelector("link[rel=canonical]")).toBeNull();
  });

  it("says so when ingest left no line out", () => {
    expect(page(PARLY_PAGE).querySelector(".record")?.text).toContain("No line of the raw text was left out.");
  });

  it("describes itself to search engines and sharing sites: canonical address, Open Graph and NewsArticle data", () => {
    const head = page(MOU_PAGE).querySelector("head")!;
    const url = `${ORIGIN}/articles/iraq-uk-sign-anti-isis-military-cooperation-mou/`;
    expect(head.querySelector("link[rel=canonical]")?.getAttribute("href")).toBe(url);
    expect(head.querySelector("meta[property='og:url']")?.getAttribute("content")).toBe(url);
    expect(head.querySelector("meta[property='og:type']")?.getAttribute("content")).toBe("article");
    expect(head.querySelector("meta[property='og:title']")?.getAttribute("content")).toBe(MOU);
    expect(head.querySelector("meta[name='twitter:card']")?.getAttribute("content")).toBe("summary");
    const data = JSON.parse(page(MOU_PAGE).querySelector("script[type='application/ld+json']")!.text);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: MOU,
      datePublished: "2019-08-24T00:25",
      publisher: { "@type": "Organization", name: "Baghdad Post" },
      about: expect.arrayContaining([{ "@type": "Thing", name: "Diplomacy" }]),
      mentions: expect.arrayContaining([
        { "@type": "Person", name: "Ben Wallace" },
        { "@type": "Place", name: "London" },
      ]),
      isBasedOn: `${ORIGIN}/raw/003_b2739be77d23a3c9.txt`,
      url,
    });
    const undated = JSON.parse(page(CABINET_PAGE).querySelector("script[type='application/ld+json']")!.text);
    expect(undated).not.toHaveProperty("datePublished");
    const france = JSON.parse(
      page("articles/france-stands-with-iraq-in-its-fight-against-isis/index.html").querySelector(
        "script[type='application/ld+json']",
      )!.text,
    );
    expect(france.author).toEqual({ "@type": "Person", name: "Khalid al-Taie" });
  });

  it("links to its citation as BibTeX and CSL-JSON", async () => {
    const links = page(MOU_PAGE)
      .querySelectorAll(".record a[href*='citation']")
      .map((link) => link.getAttribute("href"));
    expect(links).toEqual([
      "/articles/iraq-uk-sign-anti-isis-military-cooperation-mou/citation.bib",
      "/articles/iraq-uk-sign-anti-isis-military-cooperation-mou/citation.json",
    ]);
    const bibtex = await file(links[0]!.slice(1));
    expect(bibtex).toMatch(/^@article\{iraq-uk-sign-anti-isis-military-cooperation-mou,\n/);
    expect(bibtex).toContain("  title = {{Iraq, UK sign anti-ISIS military cooperation MoU}},\n");
    expect(bibtex).toContain("  journal = {Baghdad Post},\n");
    expect(bibtex).toContain("  month = aug,\n");
    const [csl] = JSON.parse(await file(links[1]!.slice(1)));
    expect(csl).toMatchObject({
      type: "article-newspaper",
      title: MOU,
      "container-title": "Baghdad Post",
      issued: { "date-parts": [[2019, 8, 24]] },
      URL: `${ORIGIN}/articles/iraq-uk-sign-anti-isis-military-cooperation-mou/`,
    });
  });

  it("weighs under 30 KB with its stylesheet and scripts, which are only the / shortcut and the highlighter's loader", async () => {
    const scripts = ["/assets/search-shortcut.js", "/assets/search-highlight.js"];
    for (const path of [...pages.keys()].filter((key) => /^articles\/[^/]+\/index\.html$/.test(key))) {
      const files = [path, "assets/style.css", ...scripts.map((script) => script.slice(1))];
      const sizes = await Promise.all(files.map(async (file) => (await stat(join(site.outDir, file))).size));
      expect(sizes.reduce((sum, size) => sum + size, 0), path).toBeLessThan(30 * 1024);
      const loaded = page(path).querySelectorAll("script:not([type='application/ld+json'])").map((script) => script.getAttribute("src"));
      expect(loaded, path).toEqual(scripts);
    }
  });
});

describe("the browse pages of the default archive", () => {
  it("lists every year and month with its article count, and the undated articles in their own group", () => {
    const dates = page("dates/index.html");
    const years = dates
      .querySelectorAll(".timeline > li")
      .map((year) => [
        year.querySelector("h2 a")?.text,
        year.querySelector("h2 .count")?.text,
        year.querySelectorAll("ul a").map((month) => month.text),
      ]);
    expect(years).toEqual([
      ["2020", "1 article", ["June 2020"]],
      ["2019", "1 article", ["August 2019"]],
    ]);
    expect(dates.querySelector("#undated")?.text).toBe("Date unknown 3 articles");
    expect(dates.querySelector("#undated a")?.getAttribute("href")).toBe("/dates/undated/");
  });

  it("lists the articles of a year, a month and of unknown date", () => {
    expect(headlines(page("dates/2019/index.html").querySelector("main"))).toEqual([MOU]);
    expect(page("dates/2019/index.html").querySelector(".months a")?.getAttribute("href")).toBe("/dates/2019/08/");
    expect(headlines(page("dates/2020/06/index.html").querySelector("main"))).toEqual([TROOPS]);
    const undated = page("dates/undated/index.html");
    expect(undated.querySelector("h1")?.text).toBe("Date unknown");
    expect(headlines(undated.querySelector("main")).sort()).toEqual([CABINET, FRANCE, PARLY].sort());
    expect(undated.querySelectorAll("main .byline > :first-child").map((date) => date.text)).toEqual(
      Array(3).fill("Date unknown"),
    );
  });

  it("gives each kind of value an index listing every value once, with its article count", () => {
    expect(valueIndex(page("sources/index.html"))).toEqual([
      { name: "Baghdad Post", href: "/sources/baghdad-post/", count: "1 article" },
      { name: "Diyaruna", href: "/sources/diyaruna/", count: "1 article" },
      { name: "Shafaq News", href: "/sources/shafaq-news/", count: "1 article" },
    ]);
    const people = valueIndex(page("people/index.html"));
    expect(people).toContainEqual({ name: "Florence Parly", href: "/people/florence-parly/", count: "2 articles" });
    expect(new Set(people.map(({ href }) => href)).size).toBe(people.length);
    for (const kind of ["topics", "places", "organisations"]) {
      const values = valueIndex(page(`${kind}/index.html`));
      expect(values.length, kind).toBeGreaterThan(0);
      for (const { href } of values) expect(pages.has(`${href!.slice(1)}index.html`), href).toBe(true);
    }
    expect(valueIndex(page("places/index.html"))).toContainEqual({
      name: "Iraq",
      href: "/places/iraq/",
      count: "5 articles",
    });
  });

  it("lists on a value's page every article naming it, and links back to the index", () => {
    const parly = page("people/florence-parly/index.html");
    expect(parly.querySelector("h1")?.text).toBe("Florence Parly");
    expect(parly.querySelector(".kind")?.text).toBe("Person");
    expect(parly.querySelector("title")?.text).toBe("Person: Florence Parly · News archive");
    expect(parly.querySelector(".listing-count")?.text).toBe("2 articles naming Florence Parly.");
    expect(headlines(parly.querySelector("main")).sort()).toEqual([CABINET, PARLY].sort());
    expect(parly.querySelector(".breadcrumbs a[href='/people/']")?.text).toBe("People");
    expect(parly.querySelector(".pager")).toBeNull();
    expect(headlines(page("sources/shafaq-news/index.html").querySelector("main"))).toEqual([CABINET]);
    expect(headlines(page("places/iraq/index.html").querySelector("main"))).toHaveLength(5);
  });

  it("gives every browse page a description and a canonical address, and loads no script but the / shortcut", () => {
    const browse = [...pages.keys()].filter((path) =>
      /^(dates|sources|topics|people|places|organisations)\//.test(path),
    );
    expect(browse.length).toBeGreaterThan(40);
    for (const path of browse) {
      const head = page(path).querySelector("head")!;
      expect(head.querySelector("meta[name=description]")?.getAttribute("content"), path).toMatch(/\w/);
      expect(head.querySelector("link[rel=canonical]")?.getAttribute("href"), path).toBe(
        `${ORIGIN}/${path.replace(/index\.html$/, "")}`,
      );
      expect(page(path).querySelectorAll("script").map((script) => script.getAttribute("src")), path).toEqual(["/assets/search-shortcut.js"]);
    }
  });
});

describe("the feeds and discovery files of the default archive", () => {
  it("writes an Atom feed of the dated articles, newest first, leaving out the undated ones", async () => {
    const atom = parse(await file("feed.xml"));
    expect(atom.querySelectorAll("entry > title").map((title) => title.text)).toEqual([TROOPS, MOU]);
    expect(atom.querySelectorAll("entry > published").map((date) => date.text)).toEqual([
      "2020-06-01T00:00:00Z",
      "2019-08-24T00:00:00Z",
    ]);
    expect(atom.querySelector("subtitle")?.text).toContain("Articles whose date is unknown are not in the feeds");
    expect(atom.querySelector("entry > id")?.text).toBe(
      `${ORIGIN}/articles/iraq-says-french-troops-have-left-the-country/`,
    );
  });

  it("writes a JSON Feed of the same articles, giving each date as precise as it is known", async () => {
    const feed = JSON.parse(await file("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual([TROOPS, MOU]);
    expect(feed.items[0]._news_archive).toEqual({ date: "2020-06" });
    expect(feed.items[1]._news_archive).toEqual({ date: "2019-08-24", time: "00:25", source: "Baghdad Post" });
    expect(feed.items[1].content_html).toContain("<p>Iraq signed a memorandum of understanding");
  });

  it("announces both feeds in every page's head", () => {
    const alternates = page("index.html")
      .querySelectorAll("link[rel=alternate]")
      .map((link) => link.getAttribute("href"));
    expect(alternates).toEqual(["/feed.xml", "/feed.json"]);
  });

  it("lists every page to index in the sitemap, which robots.txt names", async () => {
    const locations = parse(await file("sitemap.xml"))
      .querySelectorAll("loc")
      .map((location) => location.text);
    expect(locations).toContain(`${ORIGIN}/`);
    expect(locations).toContain(`${ORIGIN}/articles/the-cabinet-france-and-iraq-relations-extend-many-years/`);
    expect(locations).toContain(`${ORIGIN}/people/florence-parly/`);
    expect(locations).toContain(`${ORIGIN}/dates/undated/`);
    expect(locations.filter((location) => location.includes("/removed/") || location.includes("/search/"))).toEqual([]);
    const indexable = [...pages.keys()].filter((path) => !page(path).querySelector("meta[name=robots]"));
    expect(locations.sort()).toEqual(indexable.map((path) => `${ORIGIN}/${path.replace(/index\.html$/, "")}`).sort());
    expect(await file("robots.txt")).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it("writes every article's front matter to /api/articles.json, the removed lines without their text", async () => {
    const { articles } = JSON.parse(await file("api/articles.json"));
    expect(articles.map((article: { title: string }) => article.title)).toEqual([TROOPS, MOU, FRANCE, PARLY, CABINET]);
    const cabinet = articles.find((article: { title: string }) => article.title === CABINET);
    expect(cabinet).toMatchObject({
      page: `${ORIGIN}/articles/the-cabinet-france-and-iraq-relations-extend-many-years/`,
      raw: `${ORIGIN}/raw/001_223382c78712db95.txt`,
      source: "Shafaq News",
      story: articles.find((article: { title: string }) => article.title === PARLY).story,
      original: { file: "001_223382c78712db95.txt" },
    });
    expect(cabinet.removed[0]).toEqual({ line: 1, reason: "headline (kept as title)" });
    expect(cabinet).not.toHaveProperty("checksum");
    expect(cabinet).not.toHaveProperty("date");
  });
});
