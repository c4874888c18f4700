import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.ts";
import { buildIntoTempDir, fixtureArticles, parsePage, type BuiltSite } from "../support/built-site.ts";

// Eleventy rejects at the first error while its copy of the assets may still be under way: the output of a failed
// build is removed once the file's other tests are done, not at once.
let failedBuildDir: string;
beforeAll(async () => {
  failedBuildDir = await mkdtemp(join(tmpdir(), "news-archive-failed-"));
});
afterAll(() => rm(failedBuildDir, { recursive: true, force: true }));

describe("the built site", () => {
  let site: BuiltSite;
  let pages: Map<string, string>;

  beforeAll(async () => {
    site = await buildIntoTempDir(fixtureArticles("articles"));
    pages = await site.pages();
  });
  afterAll(() => site?.remove());

  const page = (path: string): HTMLElement => parsePage(pages, path);

  function homeListing() {
    return page("index.html")
      .querySelectorAll("main .latest li")
      .map((item) => ({
        title: item.querySelector("h3 a")?.text,
        href: item.querySelector("h3 a")?.getAttribute("href"),
        date: item.querySelector(".byline > :first-child")?.text,
        text: item.text,
      }));
  }

  it("lists every article on the home page, newest first by its own date", () => {
    expect(homeListing().map(({ title, date }) => [date, title])).toEqual([
      ["June 2020", "River flood report published"],
      ["24 August 2019, 00:25", "Ministers agree a budget after an all-night session"],
      ["2018", "إعادة افتتاح سوق الشورجة في بغداد"],
      ["Date unknown", "A letter from the harbour"],
    ]);
  });

  it("lists undated articles last, marked Date unknown", () => {
    const last = homeListing().at(-1);
    expect(last?.title).toBe("A letter from the harbour");
    expect(last?.text).toContain("Date unknown");
  });

  it("shows each article's source and summary on the home page, linking to its page", () => {
    const budget = homeListing().find(({ title }) => title?.startsWith("Ministers"));
    expect(budget?.href).toBe("/articles/ministers-agree-budget/");
    expect(budget?.text).toContain("The Evening Courier");
    expect(budget?.text).toContain("Finance ministers settled the budget shortly after midnight");
  });

  it("gives each article a page with its section, title, date, author, source, summary and body", () => {
    const budget = page("articles/ministers-agree-budget/index.html");
    const article = budget.querySelector("article");
    expect(budget.querySelector("title")?.text).toContain("Ministers agree a budget");
    expect(article?.querySelector("h1")?.text).toBe("Ministers agree a budget after an all-night session");
    expect(article?.querySelector(".section")?.text).toBe("Politics");
    expect(article?.querySelector("time")?.getAttribute("datetime")).toBe("2019-08-24T00:25");
    expect(article?.querySelector("time")?.text).toBe("24 August 2019, 00:25");
    expect(article?.querySelector(".author")?.text).toBe("By Jane Okafor");
    expect(article?.querySelector(".source")?.text).toBe("The Evening Courier");
    expect(article?.querySelector(".dek")?.text).toContain("Finance ministers settled the budget");
    expect(article?.querySelector("h2")?.text).toBe("What was agreed");
    expect(article?.querySelector("blockquote")?.text).toContain("We did not get everything");
    expect(article?.text).toContain("The agreement now goes to the parliament");
  });

  it("shows a date only as precise as the article gives it", () => {
    const shown = (slug: string) => page(`articles/${slug}/index.html`).querySelector("article .byline > :first-child");
    expect(shown("river-flood-report")?.text).toBe("June 2020");
    expect(shown("river-flood-report")?.getAttribute("datetime")).toBe("2020-06");
    expect(shown("baghdad-market-reopens")?.text).toBe("2018");
    expect(shown("letter-from-the-harbour")?.text).toBe("Date unknown");
    expect(shown("letter-from-the-harbour")?.tagName).not.toBe("TIME");
  });

  it("renders a photo caption as a figure holding a figcaption", () => {
    const caption = page("articles/ministers-agree-budget/index.html").querySelector("article figure > figcaption");
    expect(caption?.querySelector("p")?.text).toBe("Ministers leave the council building after the night session.");
    expect(caption?.querySelector("em")?.text).toBe("Photo courtesy of the Council press office");
  });

  it("names a table's columns in heading cells, leaving the empty corner above its rows' names a data cell", () => {
    const table = page("articles/river-flood-report/index.html").querySelector("article table");
    expect(table?.querySelectorAll("thead th").map((cell) => cell.text)).toEqual(["2019", "2020"]);
    // A screen reader needs telling what a heading cell heads once the corner is no heading (WCAG H63).
    expect(table?.querySelectorAll("thead th").map((cell) => cell.getAttribute("scope"))).toEqual(["col", "col"]);
    expect(table?.querySelectorAll("thead td").map((cell) => cell.text)).toEqual([""]);
    expect(table?.querySelectorAll("tbody tr").map((row) => row.querySelector("td")?.text)).toEqual(["Homes flooded", "Levees breached"]);
  });

  it("shows HTML and template tags written in an article as plain text", () => {
    const body = page("articles/letter-from-the-harbour/index.html").querySelector("article .body");
    expect(body?.text).toContain("<script>alert(1)</script>");
    expect(body?.text).toContain("[x](javascript:alert(1))");
    expect(body?.text).toContain("{{ 7 * 7 }}");
    expect(body?.querySelectorAll("script, img, a")).toHaveLength(0);
  });

  it("puts no script from an article, no event handler and no javascript: link in any page", () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/<script>alert/i);
      for (const element of parse(html).querySelectorAll("*")) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name, path).not.toMatch(/^on/i);
          expect(value, path).not.toMatch(/^\s*javascript:/i);
        }
      }
    }
  });

  it("shows the lines ingest removed only on the article's record of them, which search engines may not index", () => {
    const record = "articles/letter-from-the-harbour/removed/index.html";
    for (const [path, html] of pages) if (path !== record) expect(html, path).not.toContain("zyxwordremoved");
    const row = page(record).querySelector("table tbody tr");
    expect(row?.querySelectorAll("td").map((cell) => cell.text)).toEqual([
      "3",
      "Share this story zyxwordremoved on every network",
      "share buttons",
    ]);
    expect(page(record).querySelector("meta[name=robots]")?.getAttribute("content")).toBe("noindex");
    expect(page(record).querySelector("[data-pagefind-body]")).toBeNull();
    const link = page("articles/letter-from-the-harbour/index.html").querySelector(
      `a[href='/${record.replace("index.html", "")}']`,
    );
    expect(link?.text).toBe("Lines left out of the article");
  });

  it("marks an Arabic article as Arabic, right to left", () => {
    const article = page("articles/baghdad-market-reopens/index.html").querySelector("article");
    expect(article?.getAttribute("lang")).toBe("ar");
    expect(article?.getAttribute("dir")).toBe("rtl");
    const english = page("articles/ministers-agree-budget/index.html").querySelector("article");
    expect(english?.getAttribute("dir")).toBe("ltr");
  });

  it("marks each article's text, title, filters and date for the search index, and no other page", () => {
    const budgetPage = page("articles/ministers-agree-budget/index.html");
    const budget = budgetPage.querySelector("[data-pagefind-body]");
    expect(budget?.tagName).toBe("ARTICLE");
    const title = budget?.querySelector("[data-pagefind-meta='title']");
    expect(title?.text).toContain("Ministers agree a budget");
    expect(Number(title?.getAttribute("data-pagefind-weight"))).toBeGreaterThan(1);
    // A filter's value is the name of the value's page, one for all the spellings that share it (the archive's pageNames).
    const source = budget?.querySelector("[data-pagefind-filter='source[data-page-name]']");
    expect([source?.text, source?.getAttribute("data-page-name")]).toEqual(["The Evening Courier", "The Evening Courier"]);
    // Shown with each search result, not searched.
    const date = budget?.querySelector("[data-pagefind-meta='date, datetime[datetime]']");
    expect(date?.text).toBe("24 August 2019, 00:25");
    expect(date?.hasAttribute("data-pagefind-ignore")).toBe(true);
    // The names beside the article are filters, not words of the article.
    const filters = (name: string) =>
      budgetPage.querySelectorAll(`[data-pagefind-filter='${name}[data-page-name]']`).map((element) => element.getAttribute("data-page-name"));
    expect([filters("topic"), filters("person"), filters("place"), filters("organization")]).toEqual([
      ["budget", "finance"],
      ["Jane Okafor"],
      ["Brussels"],
      ["Council of Ministers"],
    ]);
    expect(budgetPage.querySelector("[data-pagefind-body] .entities")).toBeNull();
    expect(budget?.getAttribute("data-pagefind-filter")).toBe("language[lang], year[data-year]");
    expect(budget?.getAttribute("data-year")).toBe("2019");
    expect(budget?.getAttribute("data-pagefind-sort")).toBe("date:2019-08-24");
    const undated = page("articles/letter-from-the-harbour/index.html").querySelector("[data-pagefind-body]");
    expect(undated?.getAttribute("data-pagefind-sort")).toBe("date:0000");
    for (const path of ["index.html", "search/index.html", "404.html"]) {
      expect(page(path).querySelector("[data-pagefind-body]"), path).toBeNull();
    }
  });

  it("shows the topics of an article written when they were called tags", () => {
    const budgetPage = page("articles/ministers-agree-budget/index.html");
    const topics = budgetPage.querySelectorAll(".entities a[data-pagefind-filter='topic[data-page-name]']");
    expect(topics.map((link) => [link.text, link.getAttribute("href")])).toEqual([
      ["budget", "/topics/budget/"],
      ["finance", "/topics/finance/"],
    ]);
    const tags = budgetPage.querySelectorAll("meta[property='article:tag']").map((meta) => meta.getAttribute("content"));
    expect(tags).toEqual(["budget", "finance"]);
    const listed = page("topics/budget/index.html").querySelector("main .article-list a");
    expect(listed?.text).toBe("Ministers agree a budget after an all-night session");
  });

  it("writes a search page whose form fields are the address of a search, and that says search needs JavaScript", () => {
    const search = page("search/index.html");
    const form = search.querySelector("main form[role='search']");
    expect(form?.getAttribute("action")).toBe("/search/");
    // Shown by search.js: without JavaScript it could do nothing.
    expect(form?.hasAttribute("hidden")).toBe(true);
    expect(form?.querySelectorAll("input, select").map((field) => field.getAttribute("name"))).toEqual(["q", "sort"]);
    expect(search.querySelectorAll("script").map((script) => script.getAttribute("src"))).toEqual([
      "/assets/search-shortcut.js",
      "/assets/search.js",
    ]);
    const noscript = parse(search.querySelector("noscript")?.innerHTML ?? "");
    expect(noscript.text).toContain("Search needs JavaScript");
    expect(noscript.querySelectorAll("a").map((link) => link.getAttribute("href"))).toEqual([
      "/dates/",
      "/sources/",
      "/topics/",
      "/people/",
      "/places/",
      "/organisations/",
    ]);
    for (const file of ["pagefind/pagefind.js", "pagefind/pagefind-highlight.js", "assets/search.js", "assets/style.css"]) {
      expect(existsSync(join(site.outDir, file)), file).toBe(true);
    }
  });

  it("loads search code on the search page only: other pages load the / shortcut, articles the highlighter's loader", () => {
    const scripts = (path: string) => page(path).querySelectorAll("script[src]").map((script) => script.getAttribute("src"));
    expect(scripts("index.html")).toEqual(["/assets/search-shortcut.js"]);
    expect(scripts("dates/index.html")).toEqual(["/assets/search-shortcut.js"]);
    expect(scripts("articles/ministers-agree-budget/index.html")).toEqual(["/assets/search-shortcut.js", "/assets/search-highlight.js"]);
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/pagefind-ui|pagefind\.js/);
      const tree = parse(html);
      // The site's Content-Security-Policy allows no inline script or style.
      expect(tree.querySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"), path).toHaveLength(0);
    }
  });

  it("writes a not-found page that links home and offers search", () => {
    const notFound = page("404.html");
    expect(notFound.querySelector("h1")?.text).toBe("Page not found");
    expect(notFound.querySelector("main a[href='/']")).not.toBeNull();
    expect(notFound.querySelector("main form[role='search']")?.getAttribute("action")).toBe("/search/");
  });

  it("gives pages a labelled search box in the header, except the pages that hold their own", () => {
    const form = page("index.html").querySelector("header form[role='search']");
    expect(form?.getAttribute("action")).toBe("/search/");
    const input = form?.querySelector("input[name='q']");
    expect(form?.querySelector(`label[for='${input?.id}']`)?.text).toBe("Search the archive");
    expect(page("search/index.html").querySelector("header form")).toBeNull();
    expect(page("404.html").querySelector("header form")).toBeNull();
  });
});

describe("a site built from an empty articles folder", () => {
  it("says the archive has no articles, on the home page and the search page", async () => {
    const emptyFolder = await mkdtemp(join(tmpdir(), "news-archive-no-articles-"));
    const site = await buildIntoTempDir(emptyFolder);
    try {
      const pages = await site.pages();
      expect(parse(pages.get("index.html") ?? "").querySelector("main")?.text).toContain("no articles yet");
      const search = parse(pages.get("search/index.html") ?? "");
      expect(search.querySelector("main")?.text).toContain("no articles to search yet");
      expect(search.querySelector("#search")).toBeNull();
      const data = JSON.parse(await readFile(join(site.outDir, "api/articles.json"), "utf8"));
      expect(data.articles).toEqual([]);
    } finally {
      await site.remove();
      await rm(emptyFolder, { recursive: true });
    }
  });
});

describe("building an article whose front matter breaks the schema", () => {
  it("fails, naming the file and each field at fault", async () => {
    const build = buildSite({ articlesDir: fixtureArticles("invalid"), outDir: failedBuildDir });
    // The wording after the field is article.ts's (parseArticle), and is tested there.
    await expect(build).rejects.toThrow(/no-headline\.md: field "title"/);
    await expect(build).rejects.toThrow(/no-headline\.md: field "date"/);
  });

  it("fails, naming the file and the field, when an article sets what Eleventy acts on", async () => {
    const build = buildSite({ articlesDir: fixtureArticles("eleventy-fields"), outDir: failedBuildDir });
    const laidOut = "Eleventy acts on it, and the site lays out every article's page; remove it";
    await expect(build).rejects.toThrow(`unlisted.md: field "permalink": ${laidOut}`);
    await expect(build).rejects.toThrow(`unlisted.md: field "layout": ${laidOut}`);
  });
});

describe("a site built under a path prefix", () => {
  let site: BuiltSite;
  let pages: Map<string, string>;

  beforeAll(async () => {
    site = await buildIntoTempDir(fixtureArticles("articles"), "/news/", { baseUrl: "https://news.example.org" });
    pages = await site.pages();
  });
  afterAll(() => site?.remove());

  it("puts the prefix in front of every link, stylesheet, script and form", () => {
    const home = parse(pages.get("index.html") ?? "");
    const links = home.querySelectorAll("main a").map((link) => link.getAttribute("href"));
    expect(links).toContain("/news/articles/river-flood-report/");
    expect(home.querySelector("header form")?.getAttribute("action")).toBe("/news/search/");
    const search = parse(pages.get("search/index.html") ?? "");
    expect(search.querySelectorAll("script").map((script) => script.getAttribute("src"))).toEqual([
      "/news/assets/search-shortcut.js",
      "/news/assets/search.js",
    ]);
    for (const [path, html] of pages) {
      for (const element of parse(html).querySelectorAll("[href^='/'], [src^='/'], [action^='/']")) {
        const url = element.getAttribute("href") ?? element.getAttribute("src") ?? element.getAttribute("action");
        expect(url, path).toMatch(/^\/news\//);
      }
    }
  });

  it("gives absolute addresses at the base URL, under the prefix, in pages, feeds and the sitemap", async () => {
    const article = parse(pages.get("articles/river-flood-report/index.html") ?? "");
    const url = "https://news.example.org/news/articles/river-flood-report/";
    expect(article.querySelector("link[rel=canonical]")?.getAttribute("href")).toBe(url);
    expect(JSON.parse(article.querySelector("script[type='application/ld+json']")!.text).url).toBe(url);
    expect(await readFile(join(site.outDir, "feed.xml"), "utf8")).toContain(`<id>${url}</id>`);
    expect(JSON.parse(await readFile(join(site.outDir, "feed.json"), "utf8")).items[0].url).toBe(url);
    expect(await readFile(join(site.outDir, "sitemap.xml"), "utf8")).toContain(`<loc>${url}</loc>`);
    expect(await readFile(join(site.outDir, "robots.txt"), "utf8")).toContain(
      "Sitemap: https://news.example.org/news/sitemap.xml",
    );
  });
});

describe("a site built from an articles folder holding a JavaScript file", () => {
  it("never runs it: only Markdown articles are read from the folder", async () => {
    const folder = await mkdtemp(join(tmpdir(), "news-archive-script-in-articles-"));
    try {
      await cp(fixtureArticles("articles"), folder, { recursive: true });
      await writeFile(join(folder, "page.11ty.js"), 'throw new Error("a script in the articles folder was run");\n');
      const site = await buildIntoTempDir(folder);
      expect([...(await site.pages()).keys()]).not.toContain("page/index.html");
      await site.remove();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("buildSite", () => {
  it("says which folder it could not build from", async () => {
    await expect(buildSite({ articlesDir: "no/such/folder", outDir: "unused" })).rejects.toThrow(/no\/such\/folder/);
  });
});
