import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { representativePages } from "../../src/check/accessibility.ts";
import { checkSite, formatProblem, type Problem } from "../../src/check/check-site.ts";
import { checkLinks } from "../../src/check/links.ts";
import { readSiteFiles } from "../../src/check/site-files.ts";
import { fixtureArticles } from "../support/built-site.ts";
import type { BuiltSite } from "../support/built-site.ts";
import { buildDefaultArchive } from "../support/default-archive.ts";

describe("checking the default archive", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildDefaultArchive();
  });
  afterAll(() => site?.remove());

  it("finds no problem: valid HTML, working links and anchors, well-formed feeds, no axe violation", async () => {
    const problems = await checkSite({ siteDir: site.outDir });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe("checking a site with broken pages", () => {
  let problems: Problem[];
  beforeAll(async () => {
    problems = await checkSite({ siteDir: fixtureArticles("broken-site") });
  });
  const found = (check: Problem["check"], page: string) =>
    problems.filter((problem) => problem.check === check && problem.page === page).map(formatProblem);

  it("reports a link to a page the site does not have, by page and line", () => {
    expect(found("links", "index.html")).toEqual(
      expect.arrayContaining([
        "index.html:12: links: links to a page the site does not have: /articles/no-such-article/",
        "index.html:14: links: links to a page the site does not have: https://news.example.org/gone/",
      ]),
    );
  });

  it("reports a link to an anchor that the page it names lacks", () => {
    expect(found("links", "index.html")).toContain(
      "index.html:13: links: links to #no-such-part, which index.html has no element for: #no-such-part",
    );
    expect(found("links", "search/index.html")).toEqual([
      "search/index.html:10: links: links to #top, which index.html has no element for: /#top",
    ]);
  });

  it("does not follow a link to another site", () => {
    expect(problems.map(formatProblem).join("\n")).not.toContain("example.com");
  });

  it("reports invalid HTML, an image without a text alternative and a field without a label", () => {
    const html = found("html", "index.html");
    expect(html).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^index\.html:16: html: .*alt.*\(wcag\/h37\)$/),
        expect.stringMatching(/^index\.html:18: html: .*label.*\(input-missing-label\)$/),
        expect.stringMatching(
          /^index\.html:20: html: <p> element is not permitted as content under <ul> \(element-permitted-content\)$/,
        ),
      ]),
    );
    const axe = found("accessibility", "index.html");
    expect(axe).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Images must have alternative text \(axe image-alt\)/),
        expect.stringMatching(/Form elements must have labels \(axe label\)/),
      ]),
    );
  });

  it("reports a feed that is not well-formed XML, with its line", () => {
    expect(found("feeds", "feed.xml")).toEqual([expect.stringMatching(/^feed\.xml:3: feeds: not well-formed XML: /)]);
  });
});

describe("checking a site built for a path prefix", () => {
  it("reports every link that leaves the prefix", async () => {
    const site = await readSiteFiles(fixtureArticles("broken-site"), "/news/");
    const problems = (await checkLinks(site, ["index.html"], undefined)).map(formatProblem);
    expect(problems).toContain("index.html:12: links: links outside the path prefix /news/: /articles/no-such-article/");
  });
});

describe("the pages checked in the browser", () => {
  it("are a few of each kind, spread over the kind, when the site is large", () => {
    const articles = Array.from({ length: 9 }, (_, index) => `articles/a${index}/index.html`);
    const pages = ["index.html", "people/index.html", "people/x/index.html", "people/x/page/2/index.html", ...articles];
    expect(representativePages(pages)).toEqual([
      "articles/a0/index.html",
      "articles/a4/index.html",
      "articles/a8/index.html",
      "index.html",
      "people/index.html",
      "people/x/index.html",
      "people/x/page/2/index.html",
    ]);
  });
});
