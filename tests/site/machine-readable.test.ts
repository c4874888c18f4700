import { describe, expect, it } from "vitest";
import { ArticleSchema, type ArticleInput } from "../../src/article.ts";
import { articlesJson } from "../../src/site/api.ts";
import type { ArchiveEntry } from "../../src/site/browse.ts";
import { bibtex, bibtexText, cslJson } from "../../src/site/citations.ts";
import { feedDate, jsonFeed, xmlText } from "../../src/site/feeds.ts";
import { absoluteUrl, siteData } from "../../src/site/site-data.ts";
import { newsArticle, scriptSafeJson } from "../../src/site/structured-data.ts";

function entry(fields: Partial<ArticleInput> = {}): ArchiveEntry {
  const article = ArticleSchema.parse({
    title: "A title",
    summary: "A summary.",
    topics: [],
    people: [],
    places: [],
    organizations: [],
    language: "en",
    original: { file: "raw file.txt", sha256: "ab".repeat(32) },
    ...fields,
  });
  return { url: "/articles/a-title/", article, words: 120 };
}

const site = siteData({ baseUrl: "https://news.example.org", rawDir: "content/raw" });

describe("absolute addresses", () => {
  it("put the path prefix between the origin and the path, and encode what a URL cannot hold", () => {
    const underNews = siteData({ baseUrl: "https://news.example.org", pathPrefix: "news" });
    expect(absoluteUrl("/articles/x/", underNews)).toBe("https://news.example.org/news/articles/x/");
    expect(absoluteUrl("/places/بغداد/", siteData({}))).toBe(
      "http://localhost:8080/places/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF/",
    );
  });

  it("refuse a base URL that is not an http origin, saying what to give", () => {
    expect(() => siteData({ baseUrl: "news.example.org" })).toThrow(/not a URL: give an origin/);
    expect(() => siteData({ baseUrl: "ftp://news.example.org" })).toThrow(/not an http or https address/);
    expect(() => siteData({ baseUrl: "https://example.org/news/" })).toThrow(
      /give only the origin, and the path as the path prefix/,
    );
  });
});

describe("NewsArticle data", () => {
  it("cannot be closed by the text it carries", () => {
    const json = scriptSafeJson(newsArticle(entry({ title: "</script><script>alert(1)</script><!--" }), site));
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script><!--");
  });

  it("gives the date only as precise as it is known, and none when it is unknown", () => {
    expect(newsArticle(entry({ date: "2020-06", time: "10:00" }), site).datePublished).toBe("2020-06");
    expect(newsArticle(entry({ date: "2019-08-24", time: "00:25" }), site).datePublished).toBe("2019-08-24T00:25");
    expect(newsArticle(entry(), site)).not.toHaveProperty("datePublished");
  });

  it("says the article is based on its raw file, at its encoded address", () => {
    const underNews = siteData({ baseUrl: "https://news.example.org", pathPrefix: "/news/", rawDir: "raw" });
    expect(newsArticle(entry(), underNews).isBasedOn).toBe("https://news.example.org/news/raw/raw%20file.txt");
  });
});

describe("citations", () => {
  it("escape what BibTeX would read as commands", () => {
    expect(bibtexText("50% of {R&D} costs $3 #1 a_b ^ ~ \\")).toBe(
      "50\\% of \\{R\\&D\\} costs \\$3 \\#1 a\\_b \\^{} \\~{} \\textbackslash{}",
    );
  });

  it("cite an undated article without a year, and one without a source as @misc", () => {
    const citation = bibtex(entry(), site);
    expect(citation).toMatch(/^@misc\{a-title,\n/);
    expect(citation).not.toContain("year");
    expect(JSON.parse(cslJson(entry(), site))[0]).not.toHaveProperty("issued");
  });

  it("give a partial date as the parts that are known", () => {
    expect(JSON.parse(cslJson(entry({ date: "2020-06" }), site))[0].issued).toEqual({ "date-parts": [[2020, 6]] });
    expect(bibtex(entry({ date: "2020-06", source: "Gazette" }), site)).toContain("  year = {2020},\n  month = jun,\n");
  });
});

describe("feeds", () => {
  it("date an entry by the first moment of its day, month or year, or by its time where its offset is known", () => {
    expect(feedDate("2019-08-24").toISOString()).toBe("2019-08-24T00:00:00.000Z");
    expect(feedDate("2019-08-24", "00:25").toISOString()).toBe("2019-08-24T00:00:00.000Z");
    expect(feedDate("2022-10-13", "16:44", "+03:00").toISOString()).toBe("2022-10-13T13:44:00.000Z");
    expect(feedDate("2020-06").toISOString()).toBe("2020-06-01T00:00:00.000Z");
    expect(feedDate("2018").toISOString()).toBe("2018-01-01T00:00:00.000Z");
  });

  it("drop the characters XML cannot hold", () => {
    expect(xmlText("a\u0000b\u000bc\u0007d\ttab é 😀")).toBe("abcd\ttab é 😀");
  });

  it("write a JSON Feed whose text is JSON however the article is written", () => {
    const feed = JSON.parse(
      jsonFeed([{ entry: entry({ title: 'Quote " and \\ slash', date: "2020" }), contentHtml: "<p>x</p>" }], site),
    );
    expect(feed.items[0]).toMatchObject({ title: 'Quote " and \\ slash', date_published: "2020-01-01T00:00:00Z" });
  });
});

describe("/api/articles.json", () => {
  const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("utf8");

  it("keeps each removed line's number and reason but not its text, and leaves out the checksum", () => {
    const { articles } = JSON.parse(
      text(
        articlesJson(
          [entry({ removed: [{ line: 3, text: "Share this", reason: "share buttons" }], checksum: "c".repeat(64) })],
          site,
        ),
      ),
    );
    expect(articles[0].removed).toEqual([{ line: 3, reason: "share buttons" }]);
    expect(articles[0]).not.toHaveProperty("checksum");
    expect(articles[0].raw).toBe("https://news.example.org/raw/raw%20file.txt");
  });

  it("is the JSON of the archive indented by two spaces, made from each article's part", () => {
    const articles = [
      entry({ title: 'Quote " and \\ slash\u2028', people: ["Ahmed Haddad"] }),
      entry({ title: "بغداد", summary: "Two\nlines." }),
    ];
    for (const entries of [[], articles.slice(0, 1), articles]) {
      const written = text(articlesJson(entries, site));
      expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
      expect(JSON.parse(written)).toMatchObject({ title: site.name, home: "https://news.example.org/" });
      expect(JSON.parse(written).articles.map((a: { title: string }) => a.title)).toEqual(entries.map((e) => e.article.title));
    }
  });

  it("gives an article's addresses for the site it is written for, though its part was made for another", () => {
    const article = entry();
    articlesJson([article], site);
    const underNews = siteData({ baseUrl: "https://news.example.org", pathPrefix: "news" });
    const { articles } = JSON.parse(text(articlesJson([article], underNews)));
    expect(articles[0].page).toBe("https://news.example.org/news/articles/a-title/");
    expect(articles[0]).not.toHaveProperty("raw");
  });
});
