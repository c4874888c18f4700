import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { parse as parseHtml } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle, type Article } from "../../src/article.ts";
import { parseArticleFile } from "../../src/article-file.ts";
import { ingestDirectory, type IngestReport } from "../../src/ingest/ingest-fs.ts";
import { isSidecarName, rawNameOfSidecar, sidecarName } from "../../src/ingest/raw-names.ts";
import { buildIntoTempDir, type BuiltSite } from "../support/built-site.ts";
import { reasonsOf } from "../support/removed-lines.ts";

/**
 * Whatever scrapers produce: tests/fixtures/hostile/raw/ holds one raw input per hazard, and this file says what
 * each must get. The two large inputs and the link are made here rather than committed.
 */
const run = promisify(execFile);
const FIXTURES = "tests/fixtures/hostile/raw";

let root: string;
let raw: string;
let articlesDir: string;
let report: IngestReport;
let site: BuiltSite;
const articles = new Map<string, { slug: string; article: Article; body: string }>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-hostile-"));
  raw = join(root, "raw");
  articlesDir = join(root, "articles");
  await cp(FIXTURES, raw, { recursive: true });
  await writeFile(join(root, "outside.txt"), "Secret outside the archive\n\nThis text lives outside the raw folder and must never be read.\n");
  await symlink(join(root, "outside.txt"), join(raw, "link-outside.txt"));
  const paragraph = "The minister of transport opened the new bridge over the river on Friday, ending years of delays. ";
  // Each paragraph its own (numbered): a paragraph printed twice in a row is a scrape's copy, left out.
  const paragraphs = Array.from({ length: 2600 }, (_, i) => `Part ${i + 1}. ${paragraph.repeat(20)}`);
  await writeFile(join(raw, "five-megabytes.txt"), `A very long report\n\n${paragraphs.join("\n\n")}\n`);
  await writeFile(join(raw, "one-long-line.txt"), `A report on one line\n\n${paragraph.repeat(2100)}\n`);

  report = await ingestDirectory({ rawDir: raw, articlesDir });
  for (const entry of report.articles) {
    const { data, body } = parseArticleFile(await readFile(join(articlesDir, `${entry.slug}.md`), "utf8"));
    const parsed = parseArticle(data, entry.slug);
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    articles.set(entry.file, { slug: entry.slug, article: parsed.article, body });
  }
  site = await buildIntoTempDir(articlesDir);
});
afterAll(async () => {
  await site?.remove();
  await rm(root, { recursive: true, force: true });
});

const rejection = (file: string) => report.rejected.find((problem) => problem.file === join(raw, file))?.reason;
const ingested = (file: string) => {
  const found = articles.get(file);
  if (!found) throw new Error(`${file} was not ingested: ${rejection(file)}`);
  return found;
};

/** The inputs ingest refuses, each with the one line it says why. */
const REFUSED: [file: string, reason: string][] = [
  ["empty.txt", "the file is empty"],
  ["only-whitespace.txt", "the file holds only white space"],
  ["image.txt", "the file is binary (it contains NUL bytes), not text"],
  ["nul-bytes.txt", "the file is binary (it contains NUL bytes), not text"],
  ["control-bytes.txt", "the file is neither UTF-8 text nor text in a legacy code page (it holds control bytes)"],
  ["folder", "a folder; raw articles are .txt files directly in the raw folder"],
  ["link-outside.txt", "a link to a file outside the raw folder, which is never read"],
  ["broken-sidecar.meta.yaml", "not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1"],
  ["impossible-date.meta.yaml", 'field "date": expected a day that exists in the calendar'],
  ["html-page.txt", "an HTML page, not plain text (it opens with <!DOCTYPE html>); save the article's text instead"],
];

describe("hostile raw inputs: each bad one is refused with a reason", () => {
  it.each(REFUSED)("%s: %s", (file, reason) => {
    expect(rejection(file)).toBe(reason);
  });

  it("never reads what a link outside the raw folder points to", () => {
    expect(JSON.stringify([...articles.values()])).not.toContain("Secret outside");
  });

  it("refuses nothing else, and ingests every other input: no input is left out unsaid", async () => {
    expect(report.rejected.map(({ file }) => basename(file)).sort()).toEqual(REFUSED.map(([file]) => file).sort());
    // Ingest reads no name that opens with a dot. A sidecar is read with its raw file, and a raw file is refused
    // under its sidecar's name when the sidecar cannot be read.
    const inputs = (await readdir(raw)).filter((name) => !name.startsWith("."));
    const refusedInOneLine = (name: string) => /^[^\n]+$/.test(rejection(name) ?? "");
    const accounted = (name: string) =>
      articles.has(name) ||
      (isSidecarName(name) ? articles.has(rawNameOfSidecar(name)) : refusedInOneLine(sidecarName(name))) ||
      refusedInOneLine(name);
    expect(inputs.filter((name) => !accounted(name))).toEqual([]);
  });
});

describe("hostile raw inputs: each good one is published, as text", () => {
  it("decodes UTF-16 with a byte-order mark or without, Latin-1 and Windows-1256", () => {
    expect(ingested("utf16-bom.txt").article.title).toBe("Bridge opens in UTF-16");
    expect(ingested("utf16le-no-mark.txt").article).toMatchObject({ title: "Bridge opens in UTF-16 without a mark", original: { encoding: "utf-16le" } });
    expect(ingested("utf16le-no-mark.txt").body).toContain("Le café était plein.");
    expect(ingested("utf16be-arabic-no-mark.txt").article).toMatchObject({ title: "جسر جديد في بغداد", language: "ar", original: { encoding: "utf-16be" } });
    expect(ingested("latin1.txt").article).toMatchObject({ title: "Le pont de Montréal ouvre enfin", original: { encoding: "windows-1252" } });
    expect(ingested("latin1.txt").body).toContain("Le café était plein à craquer.");
    expect(ingested("windows-1256.txt").article).toMatchObject({ title: "افتتاح الجسر الجديد في بغداد", language: "ar", original: { encoding: "windows-1256" } });
  });

  it("reads CRLF and lone CR line endings like LF", () => {
    const lf = ingested("same-title-a.txt").body;
    expect(ingested("crlf.txt").body).toBe(lf);
    expect(ingested("lone-cr.txt").body).toBe(lf);
  });

  /** The Basra flood barrier report, one line a paragraph: its header as read, and how each paragraph begins. */
  const basraReport = (file: string) => {
    const { article, body } = ingested(file);
    expect(article).toMatchObject({ title: "Flood barrier completed in Basra after a decade of work", author: "Layla Hassan", date: "2023-03-14" });
    return { article, openings: body.trim().split(/\n\n/).map((paragraph) => paragraph.slice(0, 20)) };
  };
  const BASRA_PARAGRAPHS = ["The flood barrier al", "\"This barrier will k", "Engineers from the M", "Residents of the Tan"];

  it("reads a text with one line a paragraph and no blank line as paragraphs, not one run-on paragraph", () => {
    expect(basraReport("one-line-paragraphs.txt").openings).toEqual(BASRA_PARAGRAPHS);
  });

  it("reads a page copied one element a line: the article kept, the page's chrome around it left out and listed", () => {
    const { article, openings } = basraReport("copied-page.txt");
    expect(openings).toEqual(BASRA_PARAGRAPHS);
    const standfirst = "The barrier protects 40,000 homes from the Shatt al-Arab's seasonal floods, officials say";
    expect(article.summary).toBe(standfirst);
    expect(article.removed).toContainEqual({ line: 12, text: standfirst, reason: "standfirst (kept as summary)" });
    expect(article.section).toBe("World");
    const removed = reasonsOf(article);
    for (const line of ["Skip to main content", "Accept cookies", "Menu", "World", "Save", "Facebook", "© 2023 The Courier. All rights reserved."]) {
      expect(removed.get(line), line).toBeDefined();
    }
  });

  it("leaves out a photo gallery's counter and buttons and a paywall's notice, listing each, and keeps the caption", () => {
    const { article, body } = ingested("paywalled-page.txt");
    expect(article).toMatchObject({ title: "Basra oil exports reach a record as new loading points open", author: "Omar Saleh", date: "2024-05-02" });
    expect(article.summary).toMatch(/^Iraq's oil exports from its southern ports/);
    expect(body).toMatch(/^::: figure\nTankers wait to load at the Basra Oil Terminal in the Gulf\.\n\n_Reuters_\n:::\n\nIraq's oil exports/);
    expect(body.trim()).toMatch(/since January\.$/);
    const reasons = reasonsOf(article);
    expect(reasons.get("1 of 4")).toMatch(/site chrome/);
    expect(reasons.get("Next")).toMatch(/site chrome/);
    for (const line of ["Subscribe to continue reading", "You have reached your limit of free articles this month.", "Already a subscriber? Sign in"]) {
      expect(reasons.get(line), line).toMatch(/paywall/);
    }
  });

  it("reads a live page's entries, each headed by its time and heading, and leaves out its buttons", () => {
    const { article, body } = ingested("live-page.txt");
    expect(article).toMatchObject({ title: "Live: Basra floods - water levels rise as barrier is tested", date: "2023-03-14", time: "10:32" });
    expect(body).toContain(
      "## 10:32 GMT – Barrier holding, governor says\n\nThe governor of Basra, Asaad Al Eidani, said the barrier was holding",
    );
    expect(body).toContain("## 09:58 GMT – Schools closed in Tannuma\n\nAll schools in the Tannuma district");
    expect(body).toContain("told to stay indoors\n\n## 10:32 GMT");
    expect(reasonsOf(article).get("Show more updates")).toMatch(/site chrome/);
    expect(article.people).toEqual(["Asaad Al Eidani"]);
  });

  it("leaves out a live page's key events, pointers to its entries, keeping each entry's title, and reads its writers", () => {
    const { article, body } = ingested("guardian-live-page.txt");
    expect(article).toMatchObject({ author: "Martin Chulov and Léonie Chao-Fong", date: "2022-07-30", time: "09:12" });
    expect(article.places).toContain("Baghdad");
    const reasons = reasonsOf(article);
    for (const line of ["2h ago", "4h ago", "Protesters enter parliament building", "Tear gas fired at Republic Bridge"]) {
      expect(reasons.get(line), line).toMatch(/key events/);
    }
    expect(body).toMatch(/^## 14:52 BST – Prime minister calls for calm\n\nIraq's caretaker prime minister/);
    expect(body).toContain("## 13:10 BST – Protesters enter parliament building\n\n");
    expect(body).not.toMatch(/ago|Chao-Fong/);
  });

  it("reads a scraper's metadata block above the text for what the text does not say, listing each of its lines", async () => {
    const { article, body, slug } = ingested("scraper-metadata.txt");
    expect(article).toMatchObject({
      title: "Flood barrier completed in Basra after a decade of work",
      author: "Layla Hassan and Omar Saleh",
      date: "2023-03-14",
      time: "09:15",
      source: "The Courier",
      url: "https://thecourier.example/world/basra-flood-barrier",
      provenance: {},
    });
    expect(body).toMatch(/^The flood barrier along the Shatt al-Arab was completed/);
    const block = article.removed!.filter((line) => line.line <= 14);
    expect(block.map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const reasons = new Map(block.map(({ text, reason }) => [text, reason]));
    expect(reasons.get("title: Basra flood barrier completed after a decade | The Courier")).toMatch(/not kept: the text gives the title/);
    expect(reasons.get("- Omar Saleh")).toMatch(/kept as author/);
    expect(reasons.get("fingerprint: 7f3a9c2e")).toMatch(/metadata, not article text/);
    const html = parseHtml(await readFile(join(site.outDir, "articles", slug, "index.html"), "utf8"));
    expect(html.querySelector('a[href="https://thecourier.example/world/basra-flood-barrier"]')).not.toBeNull();
  });

  it("reads a text written in Markdown as Markdown: its headline, byline, date, subheads and photos, unmarked", () => {
    const { article, body } = ingested("markdown-scrape.txt");
    expect(article).toMatchObject({ title: "Bridge opens over the Tigris after ten years of delays", author: "Jane Doe", date: "2021-03-12" });
    expect(body.trim().split("\n\n")).toEqual([
      "The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.",
      "## A city joined",
      `"This bridge joins two halves of one city," she said at the ceremony, where hundreds gathered to watch the first cars cross in the early morning.`,
      "::: figure\nThe new bridge at dawn\n:::",
      "The bridge was first promised in 2011, and its opening was delayed four times.",
      "Work began in 2014, according to the ministry's records and the city's.",
    ]);
    const reasons = reasonsOf(article);
    expect(reasons.get("# Bridge opens over the Tigris after ten years of delays")).toBe("headline (kept as title)");
    expect(reasons.get("**By Jane Doe**")).toBe("byline (kept as author)");
    expect(reasons.get("* * *")).toMatch(/Markdown rule/);
  });

  it("reads a reader's Markdown below its labelled metadata: underlined headings, the page's own headline", () => {
    const { article, body } = ingested("reader-markdown.txt");
    expect(article).toMatchObject({
      title: "Bridge opens over the Tigris after ten years of delays",
      author: "Jane Doe",
      date: "2021-03-12",
      time: "10:05",
      url: "https://thecourier.example/bridge",
    });
    expect(body).toMatch(/^The minister of transport[^\n]*\n\n## A city joined\n\n"This bridge/);
    expect(reasonsOf(article).get("Markdown Content:")).toMatch(/scraper's metadata/);
  });

  it("reads a whole page copied as Markdown, its skip link, menu and logo above the headline left out", () => {
    const { article, body } = ingested("page-markdown.txt");
    expect(article).toMatchObject({ title: "Basra flood barrier completed after a decade", author: "Omar Saleh", date: "2023-03-14" });
    expect(article.provenance).toEqual({});
    expect(body.trim().split("\n\n")).toEqual([
      "The flood barrier along the Shatt al-Arab was completed on Tuesday, ten years after work began, the Ministry of " +
        "Water Resources said.",
      "## Four thousand homes protected",
      "Engineers said the barrier would protect some four thousand homes in the city's southern districts.",
      "- It runs for two kilometres along the east bank\n- Its pumps can move 40 cubic metres of water a second",
    ]);
    const chrome = article.removed!.filter(({ reason }) => reason.startsWith("links and images above"));
    expect(chrome.map(({ line }) => line)).toEqual([1, 3, 4, 5, 7]);
  });

  it("reads a copied page with a standfirst, an audio player and an update's time between the headline and the text", () => {
    const { article, body } = ingested("standfirst-page.txt");
    expect(article).toMatchObject({
      title: "Iraq Elects a New President After a Yearlong Stalemate",
      summary: "The vote, by Iraq's Parliament, paves the way for the formation of a new government.",
      author: "Jane Arraf",
      date: "2022-10-13",
    });
    expect(body.trim().split("\n\n").map((paragraph) => paragraph.slice(0, 20))).toEqual(["Iraq's Parliament el", "Abdul Latif Rashid, "]);
    const reasons = reasonsOf(article);
    expect(reasons.get("Listen to this article · 5:21 min Learn more")).toMatch(/site chrome/);
    expect(reasons.get("Share full article")).toMatch(/share/);
    expect(reasons.get("Reporting from Baghdad")).toBe("the byline's place (kept as places)");
    expect(article.places).toEqual(["Baghdad", "Iraq"]);
    expect(reasons.get("Updated 4:50 p.m. ET")).toMatch(/site chrome/);
    expect(article.people).toEqual(["Abdul Latif Rashid"]);
  });

  it("reads a copied page's age notice, a label on the line above the headline, and a byline joined to its role", () => {
    const { article, body } = ingested("guardian-page.txt");
    expect(article).toMatchObject({
      title: "Iraqi parliament elects Kurdish politician as president",
      section: "Iraq",
      author: "Martin Chulov",
      date: "2022-10-13",
      summary: "Abdul Latif Rashid wins vote after year-long deadlock, and names Mohammed Shia al-Sudani as PM-designate",
      people: ["Abdul Latif Rashid", "Mohammed Shia al-Sudani"],
    });
    expect(body).toMatch(/^Iraq’s parliament has elected a new president/);
    const reasons = reasonsOf(article);
    expect(reasons.get("This article is more than 2 years old")).toMatch(/site chrome/);
    expect(reasons.get("Martin Chulov Middle East correspondent")).toBe("byline (kept as author)");
  });

  it("reads a dateline printed over lines of its own (place, outlet, a dash) and leaves out an ad's label", () => {
    const { article, body } = ingested("cnn-page.txt");
    expect(article).toMatchObject({ author: "Jomana Karadsheh and Tamara Qiblawi", source: "CNN", date: "2022-10-13" });
    expect(article.summary).toMatch(/^Iraq’s parliament elected a new president on Thursday/);
    expect(article.places).toEqual(["Baghdad", "Iraq"]);
    expect(body).toMatch(/^Iraq’s parliament elected/);
    expect(body).toContain("\n\nThe vote came hours after");
    const reasons = reasonsOf(article);
    for (const line of ["Baghdad, Iraq", "CNN", "—"]) expect(reasons.get(line), line).toMatch(/^dateline/);
    expect(reasons.get("Ad Feedback")).toMatch(/site chrome/);
  });

  it("reads a headline with its standfirst on the line below, and the date lines below the photo's caption", () => {
    const { article, body } = ingested("aljazeera-page.txt");
    expect(article).toMatchObject({
      title: "Iraq’s parliament elects Abdul Latif Rashid as new president",
      summary: "Rashid, a Kurdish politician, named Mohammed Shia al-Sudani as prime minister-designate shortly after his election.",
      date: "2022-10-13",
      source: "Al Jazeera",
    });
    expect(body).toMatch(/^::: figure\nAbdul Latif Rashid won 162 votes in the second round\n\n_File: Hadi Mizban\/AP Photo_\n:::\n\nIraq’s parliament has elected/);
  });

  it("reads a whole page copied a line an element, with no blank line: menu, sign-up form and share button left out", () => {
    const { article, body } = ingested("aljazeera-whole-page.txt");
    expect(article).toMatchObject({
      title: "Iraq's parliament elects new speaker after year-long deadlock",
      summary: "Mahmoud al-Mashhadani wins vote with 182 of 329 seats as lawmakers end a stalemate that paralysed the legislature.",
      author: "Al Jazeera Staff",
      date: "2024-10-31",
      source: "Al Jazeera",
    });
    expect(body).toMatch(/:::\n\nIraq's parliament has elected Mahmoud al-Mashhadani as its speaker, [^\n]+legislature\.\n\nAl-Mashhadani, a veteran/);
    expect(body.trim().split("\n\n")).toHaveLength(6); // the figure (its caption, its credit) and four paragraphs
    const reasons = reasonsOf(article);
    for (const line of ["Sign up for Al Jazeera", "Week in the Middle East", "Catch up on the region's news.", "Subscribe"]) {
      expect(reasons.get(line), line).toMatch(/sign-up form/);
    }
    for (const line of ["Click here to share on social media", "share2"]) expect(reasons.get(line), line).toMatch(/prompt to share/);
  });

  it("reads the headline below the last menu of a whole page copied, not a link or the site's name above it", () => {
    const { article, body } = ingested("guardian-whole-page.txt");
    expect(article).toMatchObject({
      title: "Iraqi Kurdistan’s oil exports remain halted as talks with Baghdad stall",
      summary: "Pipeline to Turkey has been shut since March, costing the region an estimated $7bn in lost revenue",
      author: "Martin Chulov",
      date: "2023-10-10",
      time: "14:05",
    });
    expect(body).toMatch(/^The semi-autonomous Kurdistan region of Iraq/);
    const reasons = reasonsOf(article);
    expect(reasons.get("Skip to main contentSkip to navigation")).toMatch(/site chrome/);
    for (const line of ["Print subscriptions", "The Guardian - Back to homepage"]) expect(reasons.get(line), line).toMatch(/site's name/);
    for (const line of ["News", "Global development"]) expect(reasons.get(line), line).toMatch(/menu/);
  });

  it("reads a byline above its outlet on the next line, and the links below an article down to a long copyright line", () => {
    const { article, body } = ingested("bbc-whole-page.txt");
    expect(article).toMatchObject({
      title: "Iraq drought: Farmers abandon land as Tigris and Euphrates shrink",
      author: "Nafiseh Kohnavard",
      source: "BBC News",
      places: expect.arrayContaining(["Basra"]),
    });
    expect(body).toMatch(/^::: figure\nFarmers in southern Iraq say their fields have turned to dust\n\n_Getty Images_\n:::\n\nFarmers in/);
    expect(body.trim()).toMatch(/have cut the flow of both rivers by half\.$/);
    expect(article.places).not.toContain("Eden"); // of a related article's headline
  });

  it("reads a menu with an item of initials (`U.S.`) as a menu, and a byline in capitals with its `BY`", () => {
    const { article, body } = ingested("ap-whole-page.txt");
    expect(article).toMatchObject({
      title: "Iraq’s prime minister says US-led coalition no longer needed",
      author: "Qassim Abdul-Zahra",
      source: "AP",
      date: "2024-01-05",
      places: expect.arrayContaining(["Baghdad"]),
    });
    expect(body).toMatch(/^Iraq’s prime minister said Friday/);
    const reasons = reasonsOf(article);
    for (const line of ["World", "U.S.", "Photography"]) expect(reasons.get(line), line).toMatch(/menu/);
  });

  it("leaves out a share menu listed a button a line below the date line, and reads the headline above it", () => {
    const { article, body } = ingested("ap-share-menu-page.txt");
    expect(article).toMatchObject({
      title: "Iraq's parliament elects new speaker after months of deadlock",
      author: "Qassim Abdul-Zahra",
      source: "AP",
      date: "2024-10-31",
    });
    expect(article.summary).toMatch(/^Iraq's parliament on Thursday elected Mahmoud al-Mashhadani/);
    expect(body).toMatch(/^Iraq's parliament on Thursday elected/);
    const reasons = reasonsOf(article);
    for (const line of ["Link copied", "Facebook", "X", "Reddit", "LinkedIn", "Pinterest", "Flipboard"]) {
      expect(reasons.get(line), line).toMatch(/share/);
    }
    // The writer's name again, above the note about them at the end.
    expect(body.trim()).toMatch(/contributed to this report\.\n\nAbdul-Zahra is an Associated Press reporter based in Baghdad\.$/);
    expect(reasons.get("QASSIM ABDUL-ZAHRA")).toMatch(/writer's name again/);
  });

  it("reads a gallery's caption once, without its counter, and the dateline below it; links' labels left out", () => {
    const { article, body } = ingested("reuters-gallery-page.txt");
    expect(article).toMatchObject({ author: "Ahmed Rasheed and Timour Azhari", source: "Reuters", date: "2025-09-27", people: [] });
    expect(article.summary).toMatch(/^Oil exports from Iraq's Kurdistan region/);
    expect(body).toMatch(/^::: figure\nOil tanks are seen at Ceyhan port, Turkey, March 25, 2023\.\n\n_REUTERS\/Umit Bektas\/File Photo_\n:::\n\nOil exports/);
    expect(body.trim().split("\n\n")).toHaveLength(5); // the figure (its caption, its credit) and three paragraphs
    expect(body).not.toMatch(/Item 1|\[1\/2\]|opens new tab|Licensing|Sign up|Editing by|Trust Principles/);
  });

  it("leaves out a site's word about itself and its terms for republishing, below the article, and records them", () => {
    const { article, body } = ingested("middle-east-eye-page.txt");
    expect(article).toMatchObject({ source: "Middle East Eye", places: ["Iraq"] });
    expect(body.trim().split("\n\n")).toHaveLength(3);
    expect(body.trim()).toMatch(/over a forgery case\.$/);
    const reasons = reasonsOf(article);
    for (const line of ["To learn more about republishing this content and the associated fees, please fill out this form.", "More about MEE can be found here."]) {
      expect(reasons.get(line)).toMatch(/^site chrome/);
    }
  });

  it("reads a box about the writer, their disclosure and the site's funders as the page's, the writer kept as author", () => {
    const { article, body } = ingested("conversation-page.txt");
    expect(article).toMatchObject({
      title: "Why Iraq's youth are turning away from politics",
      section: "Politics + Society",
      author: "Zahra Ali",
      source: "The Conversation US",
      date: "2023-03-09",
      people: [],
    });
    expect(article.summary).toMatch(/^Twenty years after the US-led invasion/);
    expect(body).toMatch(/^Twenty years after the US-led invasion/);
    expect(body.trim().split("\n\n")).toHaveLength(4);
    const reasons = reasonsOf(article);
    expect(reasons.get("Zahra Ali, Rutgers University - Newark")).toMatch(/byline/);
    expect(reasons.get("Associate Professor of Sociology, Rutgers University - Newark")).toMatch(/box about the article's writers/);
    expect(reasons.get("Disclosure statement")).toMatch(/disclosure statement/);
    expect(reasons.get("Republish this article")).toMatch(/site chrome/);
  });

  it("reads a newsletter saved from an email: its header's date and sender, its links and postal address left out", () => {
    const { article, body } = ingested("newsletter-email.txt");
    expect(article).toMatchObject({
      title: "Iraq signs $27bn deal with TotalEnergies",
      author: "John Lee",
      source: "Iraq Business News",
      date: "2024-05-14",
      time: "09:02",
    });
    expect(article.summary).toMatch(/^Iraq has signed a long-delayed \$27 billion energy deal/);
    expect(body.trim().split("\n\n")).toHaveLength(2);
    const reasons = reasonsOf(article);
    expect(reasons.get("To: archive@example.org")).toBe("the email's header, not article text");
    expect(reasons.get("Subject: Iraq signs $27bn deal with TotalEnergies")).toBe("the email's header (kept as title)");
    expect(reasons.get("Unsubscribe | Update your preferences")).toMatch(/site chrome/);
    expect(reasons.get("Iraq Business News, PO Box 123, London, UK")).toMatch(/site chrome/);
  });

  it("reads a post embedded in the article as a quote with its credit, its picture's link left out", () => {
    const { article, body } = ingested("reuters-embedded-post-page.txt");
    expect(article).toMatchObject({ source: "Reuters", date: "2022-08-29", people: ["Moqtada al-Sadr", "Mustafa al-Kadhimi"] });
    const quote = "> Sadr supporters inside the Republican Palace swimming pool\n>\n> — Iraq Live (@IraqLive) August 29, 2022";
    expect(body).toContain(`stop the violence.\n\n${quote}\n\nSecurity sources said`);
    const reasons = reasonsOf(article);
    expect(reasons.get("pic.twitter.com/Xy12AbCdEf")).toMatch(/link to an embedded post's picture/);
    expect(reasons.get("— Iraq Live (@IraqLive) August 29, 2022")).toMatch(/kept with the post/);
  });

  it("reads a page's caption run into its credit (`Credit...`) between the standfirst and the byline", () => {
    const { article, body } = ingested("nyt-app-page.txt");
    expect(article).toMatchObject({
      title: "Iraq’s Parliament Approves New Cabinet, Ending Yearlong Stalemate",
      summary: "The vote gives Prime Minister Mohammed Shia al-Sudani a government after months of political paralysis.",
      author: "Alissa J. Rubin and Falih Hassan",
      date: "2022-10-27",
      places: ["Baghdad", "Iraq"],
      // No organisation of the headline's capitals; the one the text says is an alliance is.
      organizations: ["Coordination Framework"],
    });
    expect(article.section).toBeUndefined();
    expect(body).toMatch(/^::: figure\nA session of Iraq’s Parliament in Baghdad on Thursday\.\n\n_Ahmad Al-Rubaye\/Agence France-Presse — Getty Images_\n:::\n\nIraq’s Parliament on Thursday approved/);
    expect(body).not.toMatch(/Read in app|Supported by|Reporting from/);
  });

  it("reads a menu with an item in lower case (`iPlayer`) as a menu, the headline below it, a caption without a credit", () => {
    const { article, body } = ingested("bbc-menu-page.txt");
    expect(article).toMatchObject({ title: "Iraq: Mosul's famous leaning minaret rises again", author: "Sebastian Usher" });
    expect(article.summary).toMatch(/^The rebuilt leaning minaret of Mosul's Great Mosque/);
    expect(body).not.toMatch(/iPlayer|Bitesize|Middle East analyst/);
    expect(body).toMatch(/^::: figure\nThe al-Hadba minaret was destroyed by IS fighters in 2017\n:::\n\nThe rebuilt leaning minaret/);
    expect(article.source).toBe("BBC"); // its copyright line's holder: nothing else names it
  });

  it("reads the time of publication from a date line that gives the update's first, and a photographer's credit", () => {
    const { article, body } = ingested("wapo-page.txt");
    expect(article).toMatchObject({
      section: "World",
      date: "2023-06-30",
      time: "05:00",
      author: "Louisa Loveluck and Mustafa Salim",
      places: expect.arrayContaining(["Nasiriyah"]),
    });
    expect(body).toMatch(/^::: figure\nFarmer Hussein Ali stands in his dried-up field near Nasiriyah\.\n\n_Alaa Al-Marjani for The Washington Post_\n:::\n\nFor three generations/);
    expect(body).not.toMatch(/Comment 212|Gift Article/);
  });

  it("reads a blog's byline above its buttons, and its lead past a counter of no words", () => {
    const { article, body } = ingested("medium-page.txt");
    expect(article).toMatchObject({ title: "Inside Iraq's Startup Scene", author: "Ahmed Hamdani", date: "2024-03-14" });
    expect(article.section).toBeUndefined();
    expect(article.summary).toBe("Baghdad's tech founders are building companies in one of the world's hardest markets.");
    expect(body).toMatch(/^Baghdad's tech founders/);
    expect(article.removed.filter((line) => /count by the page's buttons/.test(line.reason)).map((line) => line.text)).toEqual(["--", "12"]);
  });

  it("reads an outlet's credit with the agency's in brackets, and leaves out a reading time and an ad's label", () => {
    const { article, body } = ingested("france24-credit-page.txt");
    expect(article).toMatchObject({ source: "FRANCE 24", date: "2024-06-17", time: "18:42" });
    expect(article.places).not.toContain("France");
    expect(body).toMatch(/^The strikes hit a vehicle near the town of Penjwen/);
    expect(body).not.toMatch(/Reading time|Advertising|FRANCE 24/);
  });

  it("reads a caption credited to a photo agency of one word, not as the lead", () => {
    const { article, body } = ingested("toi-page.txt");
    expect(article).toMatchObject({ author: "Emanuel Fabian" });
    expect(article.summary).toMatch(/^Iran-backed militias in Iraq claimed a drone attack/);
    expect(body).toMatch(/^::: figure\nA view of the port of Eilat, southern Israel, on November 15, 2023\.\n\n_Flash90_\n:::/);
  });

  it("reads the site's name printed again below the headline as the source, not the section", () => {
    const { article } = ingested("kurdistan24-name-page.txt");
    expect(article).toMatchObject({ title: "KRG, Baghdad reach deal on public sector salaries", source: "Kurdistan24", date: "2025-07-17" });
    expect(article.section).toBeUndefined();
  });

  it("reads the headline above a newsletter's sign-up box, a caption's agency below it, and no tags or forum", () => {
    const { article, body } = ingested("independent-page.txt");
    expect(article).toMatchObject({
      title: "Iraq sandstorm sends thousands to hospital",
      summary: "More than 4,000 people treated for breathing problems as dust engulfs Baghdad",
      author: "Bel Trew",
      date: "2022-05-17",
    });
    expect(article.source).toBeUndefined(); // `(AP)` is the photo's credit
    expect(body).toMatch(/^::: figure\nA man walks in Baghdad during a sandstorm on Monday\n\n_AP_\n:::\n\nMore than 4,000/);
    expect(body.trim().split("\n\n")).toHaveLength(5); // the figure (its caption, its credit) and three paragraphs
    expect(body).not.toMatch(/Sign up|emailed|More about|Sandstorm\n|forum/);
  });

  it("reads a place and a news agency on the line above the lead as the dateline", () => {
    const { article, body } = ingested("ina-page.txt");
    expect(article).toMatchObject({ source: "INA", date: "2025-08-14", places: expect.arrayContaining(["Baghdad"]) });
    expect(body).toMatch(/^Prime Minister Mohammed Shia Al-Sudani received a phone call/);
  });

  it("reads a dateline in the place's own case, its region after a comma, and no place across its dash", () => {
    const { article, body } = ingested("rudaw-english-page.txt");
    expect(article.places).toEqual(["Erbil", "Kurdistan Region", "Iraq"]);
    expect(body).toMatch(/^At least five people were killed/);
  });

  it("reads an outlet's edition below the headline (`Rudaw English`) as the source, not a writer", () => {
    const { article } = ingested("rudaw-english-page.txt");
    expect(article.source).toBe("Rudaw English");
    expect(article.author).toBeUndefined();
  });

  it("reads an Arabic page: the publication's time before the update's, its dateline, share button and pointer left out", () => {
    const { article, body } = ingested("alarabiya-page.txt");
    // Baghdad and the outlet, as the dateline below the headline writes them (`بغداد - العربية.نت`); the summary the
    // lead's first sentence.
    expect(article).toMatchObject({ language: "ar", date: "2024-03-03", time: "14:15", source: "العربية.نت", places: ["بغداد", "Iraq", "Turkey"] });
    expect(article.summary).toMatch(/^وقع العراق وتركيا/);
    expect(body).toMatch(/^وقع العراق وتركيا/);
    expect(body).not.toMatch(/شارك|اقرأ أيضاً|تراجع مخزون المياه/);
    expect(body).toContain("وقال وزير الموارد المائية عون ذياب");
  });

  it("reads a headline of two short sentences, each with its full stop, below the section's label", () => {
    const { article, body } = ingested("sentence-headline-page.txt");
    expect(article).toMatchObject({
      section: "Middle East",
      title: "Iraq’s marshes are drying up. Its people are leaving.",
      summary: "Climate change and upstream dams have cut the flow of the Tigris and Euphrates",
      author: "Louisa Loveluck and Mustafa Salim",
      date: "2024-03-12",
      time: "05:10",
      places: expect.arrayContaining(["Chibayish"]),
    });
    expect(body).toMatch(/^The water buffalo stand/);
  });

  it("reads the page's address copied above its text as its url, and a byline of a name and a place", () => {
    const { article, body } = ingested("national-print-copy.txt");
    expect(article).toMatchObject({
      title: "Iraq opens new bridge over the Tigris in Baghdad",
      url: "https://www.thenationalnews.com/mena/iraq/2024/03/12/iraq-opens-new-bridge-over-tigris/",
      author: "Sinan Mahmoud",
      date: "2024-03-12",
      people: ["Mohammed Shia Al Sudani"], // `Mr Al Sudani`, as British style writes it, is him
      places: expect.arrayContaining(["Baghdad"]),
    });
    expect(body).toMatch(/^Iraq on Tuesday opened a new bridge/);
    const reasons = reasonsOf(article);
    expect(reasons.get(article.url!)).toBe("the page's web address, copied above its text (kept as url)");
    expect(reasons.get("Sinan Mahmoud, Baghdad")).toBe("byline and place (kept as author and place)");
  });

  it("reads the page's address pasted below its text as its url, and its date from the address, which the page says", async () => {
    const { slug, article, body } = ingested("address-below.txt");
    const url = "https://www.aljazeera.com/news/2023/6/12/iraqs-parliament-approves-three-year-budget";
    expect(article).toMatchObject({ url, date: "2023-06-12", source: "Al Jazeera", provenance: { date: "address" } });
    expect(reasonsOf(article).get(url)).toBe("the page's web address, noted below its text (kept as url)");
    expect(body).not.toContain("aljazeera.com");
    const html = parseHtml(await readFile(join(site.outDir, "articles", slug, "index.html"), "utf8"));
    const record = html.querySelectorAll(".record li").map((item) => item.textContent.replace(/\s+/g, " ").trim());
    expect(record).toContain("The date was read from the article’s web address, as the text gives none.");
    expect(record).toContain(`First published at ${url}`);
    expect(html.querySelector("time")?.getAttribute("datetime")).toBe("2023-06-12");
  });

  it("leaves out a report's running page feet, copied from its PDF between its paragraphs, and records them", () => {
    const { article, body } = ingested("report-pdf-copy.txt");
    // The issuing body's name in capitals above the report's title is its source.
    expect(article).toMatchObject({ title: "Water scarcity in southern Iraq: a report on displacement", source: "United Nations Assistance Mission for Iraq" });
    expect(reasonsOf(article).get("UNITED NATIONS ASSISTANCE MISSION FOR IRAQ")).toBe("the issuing body's name above the title (kept as source)");
    expect(body).not.toMatch(/Page \d|Water Report 2023/);
    expect(body.trim().split("\n\n")).toHaveLength(7); // three subheads and four paragraphs
    const feet = article.removed?.filter(({ reason }) => reason.startsWith("a printed page's running head or foot"));
    expect(feet?.map(({ line }) => line)).toEqual([14, 21, 27]);
  });

  it("reads a channel's post: its name above the headline and before the lead the source, its flagged headline, its date at its foot", () => {
    const { article, body } = ingested("telegram-post.txt");
    expect(article).toMatchObject({
      title: "Iraqi parliament elects Abdul Latif Rashid as the country's new president",
      source: "Shafaq News",
      date: "2022-10-13",
      time: "18:05",
      people: ["Abdul Latif Rashid", "Barham Salih", "Mohammed Shia al-Sudani"],
    });
    expect(article.section).toBeUndefined();
    expect(body).toMatch(/^The Iraqi parliament elected on Thursday/);
    const reasons = reasonsOf(article);
    expect(reasons.get("Shafaq News")).toBe("the outlet's name above the headline (kept as source)");
    expect(reasons.get("🔴 BREAKING | Iraqi parliament elects Abdul Latif Rashid as the country's new president")).toBe(
      "headline (kept as title, without the flag before it)",
    );
    expect(reasons.get("13.10.2022 18:05")).toMatch(/^a date line after the article/);
    expect(reasons.get("👁 12.3K")).toMatch(/site chrome/);
  });

  it("reads social posts copied with their text: the account's name the source, its handle or time left out", () => {
    const facebook = ingested("facebook-post.txt");
    expect(facebook.article).toMatchObject({
      title: "Iraqi parliament elected Abdul Latif Rashid as the country's new president",
      source: "Rudaw English",
      provenance: { title: "generated" },
    });
    expect(facebook.body).toMatch(/^The Iraqi parliament on Thursday elected/);
    expect(facebook.body).not.toMatch(/2h ·|comments|shares/);
    expect(reasonsOf(facebook.article).get("Rudaw English")).toBe("the social post's header (kept as source)");
    expect(reasonsOf(facebook.article).get("2h ·")).toBe("the social post's header, not article text");
    const x = ingested("x-post.txt");
    expect(x.article).toMatchObject({ source: "Shafaq News English", date: "2022-10-13", time: "18:05" });
    expect(x.body).toMatch(/^Iraq's parliament elects Kurdish politician/);
    expect(reasonsOf(x.article).get("@ShafaqNewsEng")).toBe("the social post's header, not article text");
    for (const line of ["12 Reposts", "45 Likes", "2 Bookmarks"]) expect(reasonsOf(x.article).get(line), line).toMatch(/site chrome/);
  });

  it("reads a Turkish page: its date line, its month and weekday by name, which chrono does not know, and its people", () => {
    const { article } = ingested("turkish-page.txt");
    expect(article).toMatchObject({ language: "tr", section: "Dünya", date: "2022-10-13", time: "18:05", source: "AA", places: ["Bağdat"] });
    // Names without their case endings (`Reşid'i`), after a role (`Cumhurbaşkanı Berhem Salih`), not after the
    // parliament's name the headline writes them after (`Irak Meclisi Abdullatif Reşid'i …`).
    expect(article.people).toEqual(["Abdullatif Reşid", "Berhem Salih", "Muhammed Şiya es-Sudani"]);
    expect(article.organizations).toEqual(["Irak Meclisi"]);
  });

  it("tells Sorani Kurdish from Persian, and sets its page right to left", async () => {
    const { slug, article } = ingested("rudaw-sorani-page.txt");
    expect(article).toMatchObject({ language: "ckb", date: "2022-10-13", section: "هەواڵ" });
    expect(article.title).toBe("پەرلەمانی عێراق عەبدوللەتیف ڕەشیدی وەک سەرۆک کۆمار هەڵبژارد");
    const html = parseHtml(await readFile(join(site.outDir, "articles", slug, "index.html"), "utf8"));
    expect(html.querySelector("article")?.getAttribute("lang")).toBe("ckb");
    expect(html.querySelector("article")?.getAttribute("dir")).toBe("rtl");
  });

  it("reads an Arabic outlet's name before the lead as the source, and a long line ending a sentence as a paragraph", () => {
    const { article, body } = ingested("shafaq-arabic.txt");
    expect(article).toMatchObject({ source: "شفق نيوز", provenance: { title: "generated" } });
    expect(article.title).toMatch(/^أعلنت وزارة الكهرباء العراقية/);
    expect(body).toMatch(/^أعلنت وزارة الكهرباء العراقية، [^\n]+بين البلدين\.\n\nوقال/);
    expect(body.trim().split("\n\n")).toHaveLength(3); // one paragraph a line, though each is shorter than a wrap's limit
  });

  it("reads a press release: its dateline's date, no label for a section, nothing after its end mark", () => {
    const { article, body } = ingested("press-release.txt");
    expect(article).toMatchObject({ title: "UNHCR welcomes return of displaced families to Sinjar", date: "2022-03-14" });
    expect(article.section).toBeUndefined();
    expect(article.places).toEqual(expect.arrayContaining(["Geneva", "Sinjar"]));
    expect(article.people).toEqual(["Jean-Nicolas Beuze"]);
    expect(body.trim()).toMatch(/continue to deter others from returning\.$/);
    const reasons = reasonsOf(article);
    expect(reasons.get("In Baghdad: Firas Al-Khateeb, khateeb@unhcr.org")).toMatch(/end mark/);
  });

  it("reads a byline of a name and the site's address below the date lines, between the ads' labels", () => {
    const { article, body } = ingested("ksl-page.txt");
    expect(article).toMatchObject({ author: "Emily Ashcroft", source: "KSL.com", date: "2023-08-12", time: "06:02" });
    expect(body).toMatch(/^The National Weather Service issued/);
    expect(body).not.toMatch(/ADVERTISEMENT|Emily Ashcroft|Hiker rescued/);
  });

  it("keeps a caption that ends in its credit apart from the paragraph on the line below, and leaves out the comments", () => {
    const { article, body } = ingested("guardian-comments-page.txt");
    expect(article).toMatchObject({ author: "Martin Chulov", section: "Middle East", date: "2017-09-25", time: "18:04" });
    expect(body).toContain(
      "::: figure\nA Kurdish woman casts her vote at a polling station in Erbil.\n\n_Photograph: Safin Hamed/AFP/Getty Images_\n:::\n\nIraq's prime minister",
    );
    expect(body).not.toMatch(/hundred years|mark my words|Explore more/);
  });

  it("reads a Spanish page: its share buttons left out, its countries and organisations as Spanish papers name them", () => {
    const { article, body } = ingested("elpais-page.txt");
    expect(article).toMatchObject({ language: "es", author: "Natalia Sancha", date: "2025-11-11", places: ["Iraq"] });
    expect(article.organizations).toEqual(["Comisión Electoral Independiente"]);
    expect(body).toMatch(/^Los iraquíes votaron este martes/);
    expect(body).not.toMatch(/Compartir|Archivado/);
  });

  it("reads a French page: its section below the site's name, its standfirst above the outlet, chrome and topics in French", () => {
    const { article, body } = ingested("lemonde-whole-page.txt");
    expect(article).toMatchObject({
      title: "Irak : le Parlement élit un nouveau président après un an de blocage",
      // Below the site's name, the path to the section: `International`, then `Moyen-Orient`.
      section: "Moyen-Orient",
      summary: "Abdel Latif Rachid, un Kurde de 78 ans, a été élu par les députés jeudi, ouvrant la voie à la formation d’un gouvernement.",
      source: "Le Monde",
      date: "2022-10-13",
      time: "18:05",
      language: "fr",
      topics: ["Politics"],
      // `la « zone verte » de Bagdad`: a city the gazetteer knows.
      places: ["Bagdad", "Iraq"],
    });
    expect(body).toMatch(/^Le Parlement irakien a élu jeudi/);
    expect(body.trim()).toMatch(/selon les forces de sécurité\.$/);
    const reasons = reasonsOf(article);
    for (const line of ["Aller au contenu principal", "Lecture 2 min.", "Partager", "Lire aussi"]) expect(reasons.has(line), line).toBe(true);
  });

  it("reads the outlet's name printed by the date line, or above the lead, as the source, and a dateline without agency", () => {
    const rudaw = ingested("rudaw-page.txt");
    expect(rudaw.article).toMatchObject({ source: "Rudaw", date: "2022-10-13", places: ["Erbil", "Kurdistan Region"] });
    expect(rudaw.body).toMatch(/^The Iraqi parliament on Thursday elected/);
    const reasons = reasonsOf(rudaw.article);
    expect(reasons.get("Tags: Iraqi presidency Abdul Latif Rashid")).toMatch(/site chrome/);
    expect(reasons.get("ERBIL, Kurdistan Region -")).toMatch(/^dateline/);
    const k24 = ingested("kurdistan24-page.txt");
    expect(k24.article).toMatchObject({ source: "Kurdistan 24", places: expect.arrayContaining(["Erbil"]) });
    expect(k24.article.summary).toMatch(/^The Iraqi parliament on Thursday elected/);
    expect(k24.body).not.toContain("Kurdistan 24\n");
    expect(k24.body).not.toContain("years ago");
  });

  it("reads a headline and a standfirst on lines of their own, a byline split over lines or without By, a credit", () => {
    const opening = (file: string) => ingested(file).body.trim();
    const anadolu = ingested("anadolu-page.txt").article;
    expect(anadolu).toMatchObject({
      title: "Iraqi parliament elects Abdul Latif Rashid as new president",
      summary: "Rashid wins 162 votes in 2nd round of voting, defeating incumbent Barham Salih",
      author: "Ali Jewad",
      date: "2022-10-13",
      places: ["Ankara", "Iraq"],
    });
    expect(opening("anadolu-page.txt")).toMatch(/^Iraq's parliament on Thursday elected/);
    const mee = ingested("mee-page.txt").article;
    expect(mee).toMatchObject({ title: "Iraq: Parliament elects Abdul Latif Rashid as new president", author: "MEE staff", date: "2022-10-13" });
    // The standfirst names the prime minister-designate, the text does not again; the text names the outgoing
    // president after a word for his role ("defeating incumbent Barham Salih").
    expect(mee.people).toEqual(["Abdul Latif Rashid", "Barham Salih", "Mohammed Shia al-Sudani"]);
    expect(opening("mee-page.txt")).toMatch(/^::: figure\nAbdul Latif Rashid was elected president with 162 votes\n\n_AFP_/);
    const national = ingested("national-page.txt").article;
    expect(national).toMatchObject({ summary: "Kurdish politician Rashid was a former minister of water resources", author: "Sinan Mahmoud" });
    expect(national.people).toEqual(["Abdul Latif Rashid", "Barham Salih"]);
    expect(opening("national-page.txt")).toMatch(/^::: figure\nAbdul Latif Rashid at the Iraqi parliament in Baghdad\.\n\n_Reuters_/);
    const xinhua = ingested("xinhua-page.txt").article;
    expect(xinhua).toMatchObject({ source: "Xinhua", date: "2022-10-13", places: ["Baghdad"] });
    expect(xinhua.summary).toMatch(/^Iraqi parliament on Thursday elected/);
    expect(reasonsOf(xinhua).get("Editor: huaxia")).toBe("the editor's credit: who edited the article, not article text");
  });

  it("reads a page with the site's motto above the section's label, and its player's and comments' buttons", () => {
    const { article, body } = ingested("washington-post-page.txt");
    expect(article).toMatchObject({
      title: "Iraq’s parliament elects new president after year of deadlock",
      section: "World",
      summary: "The vote clears the way for a new government, but rivalries among Shiite factions remain",
      author: "Mustafa Salim and Louisa Loveluck",
      places: ["Baghdad", "Iraq"],
    });
    expect(body).toMatch(/^::: figure\nIraqi lawmakers attend a parliamentary session in Baghdad on Thursday\.\n\n_Ahmed Saad\/Reuters_\n:::\n\nIraq’s parliament elected/);
    const reasons = reasonsOf(article);
    expect(reasons.get("Democracy Dies in Darkness")).toBe("the site's name or motto, above the section's label");
    for (const line of ["Listen", "4 min", "Comment"]) expect(reasons.get(line), line).toMatch(/site chrome/);
    // In Arabic: `المصدر : الجزيرة + وكالات` ("Source: Al Jazeera + agencies").
    expect(ingested("aljazeera-arabic-page.txt").article).toMatchObject({ source: "الجزيرة", language: "ar", date: "2022-10-13", topics: ["Politics"] });
  });

  it("reads a date line run into its time and update (`20224:44 PM`, `2022Updated`), a motto above breadcrumbs", () => {
    const reuters = ingested("reuters-page.txt");
    expect(reuters.article).toMatchObject({
      title: "Iraq's parliament elects Kurdish politician Abdul Latif Rashid as president",
      // The last of the labels below the site's motto: the path to the article's section.
      section: "Middle East",
      author: "Timour Azhari and Amina Ismail",
      date: "2022-10-13",
      time: "16:44",
      utcOffset: "+03:00",
      source: "Reuters",
      places: ["Baghdad", "Iraq"],
    });
    expect(reuters.body).toMatch(/^Iraq's parliament elected Kurdish politician/);
    const motto = "Exclusive news, data and analytics for financial market professionals";
    expect(reasonsOf(reuters.article).get(motto)).toBe("the site's name or motto, above the section's labels");
    expect(reasonsOf(reuters.article).get("World")).toBe("navigation or language menu");
    const nyt = ingested("nyt-page.txt");
    // The time printed is the update's ("Updated 4:50 p.m. ET"), not the publication's.
    expect(nyt.article).toMatchObject({ title: "Iraq Names a New President, Ending a Year of Deadlock", author: "Jane Arraf", date: "2022-10-13" });
    expect(nyt.article.time).toBeUndefined();
    expect(nyt.body.trim()).toMatch(/as prime minister-designate\.$/);
    expect(nyt.article.removed?.find(({ text }) => text.startsWith("A version of this article appears in print"))?.reason).toMatch(/site chrome/);
  });

  it("reads a standfirst in the headline's paragraph, photo credits in their page's forms, an agency's credit", () => {
    const alMonitor = ingested("al-monitor-page.txt");
    expect(alMonitor.article).toMatchObject({
      summary: "Iraqi lawmakers finally elected a president after a year of political deadlock.",
      author: "Adnan Abu Zeed",
      date: "2022-10-13",
      places: ["Baghdad", "Iraq"],
    });
    expect(alMonitor.body).toMatch(/^::: figure\nIraqi lawmakers attend a session in Baghdad, Oct\. 13, 2022\.\n\n_AHMAD AL-RUBAYE\/AFP via Getty Images_/);
    const dw = ingested("dw-page.txt");
    expect(dw.article).toMatchObject({ title: "Iraq's parliament elects Kurdish politician as president", section: "Conflicts" });
    expect(dw.body).toContain("::: figure\nAbdul Latif Rashid won the vote in the second round\n\n_Hadi Mizban/AP Photo/picture alliance_\n:::");
    expect(dw.article.removed?.find(({ text }) => text === "rc/wd (AFP, Reuters)")?.reason).toMatch(/site chrome/);
    const france24 = ingested("france24-page.txt");
    expect(france24.article).toMatchObject({ author: "News Wires", source: "AFP", date: "2022-10-13", time: "16:44" });
    expect(france24.body).toMatch(/^::: figure\nAbdul Latif Rashid won 162 votes in the second round\.\n\n_© Ahmad Al-Rubaye, AFP_/);
  });

  it("reads a wire story's dateline (place and agency) and its credits (the reporters, when no byline names them)", () => {
    const reuters = ingested("wire-reuters.txt");
    expect(reuters.article).toMatchObject({ source: "Reuters", author: "Ahmed Rasheed", date: "2021-03-03", time: "16:05" });
    expect(reuters.article.places).toEqual(["Baghdad", "Iraq"]);
    expect(reuters.article.people).toEqual(["Mohammed al-Halbousi"]);
    expect(reuters.article.summary).toMatch(/^Iraq's parliament approved the 2023 budget on Monday/);
    expect(reuters.body).not.toMatch(/Reuters|Reporting by|Our Standards/);
    const reasons = reasonsOf(reuters.article);
    expect(reasons.get("BAGHDAD (Reuters) -")).toMatch(/^dateline/);
    expect(reasons.get("Reporting by Ahmed Rasheed; Editing by Jane Merriman")).toMatch(/wire story's credits/);
    expect(reasons.get("Our Standards: The Thomson Reuters Trust Principles.")).toMatch(/site chrome/);

    const ap = ingested("wire-ap.txt");
    expect(ap.article).toMatchObject({ source: "AP", author: "Abdulrahman Zeyad" });
    expect(ap.article.places).toEqual(["Basra", "Iraq"]);
    expect(ap.body).toMatch(/^A flood barrier along the Shatt al-Arab opened on Tuesday/);

    const afp = ingested("wire-afp.txt");
    expect(afp.article).toMatchObject({ source: "AFP", date: "2023-07-14", time: "18:42" });
    expect(afp.article.places.slice(0, 2)).toEqual(["Basra", "Iraq"]);
    expect(afp.body).toMatch(/^Thousands of protesters took to the streets of Basra/);
  });

  it("keeps a scrape's lists as lists, and a wrapped line that opens with a dash or a year as text", async () => {
    const { slug, body } = ingested("lists.txt");
    expect(body.trim().split("\n\n")).toEqual([
      "The city council approved the new flood barrier on Tuesday, after a debate that ran late into the night and " +
        "ended with a vote of nine to four - well short of the unanimous support the mayor had hoped for in 2019. " +
        "The barrier will protect some four thousand homes.",
      "What the plan includes:",
      "- A two-kilometre wall along the east bank\n- New pumps at the Mill Street station\n- Work to start in the summer",
      "The mayor, Anna Berg, said the work would take two years.",
      "- Residents will be consulted in April\n- The budget is 40 million euros",
      "The council set out the order of the work:",
      "1. A survey of the east bank, which the engineers say will take most of the spring\n2. The wall itself\n3. The pumps",
      "\\* The council meets again next month.",
    ]);
    const html = parseHtml(await readFile(join(site.outDir, "articles", slug, "index.html"), "utf8"));
    const lists = html.querySelectorAll(".body ul, .body ol").map((list) => [list.tagName, list.querySelectorAll("li").length]);
    expect(lists).toEqual([["UL", 3], ["UL", 2], ["OL", 3]]);
    expect(html.querySelector(".body")!.text).toContain("* The council meets again next month.");
  });

  it("reads a Markdown text's lists by Markdown's rules: one item is a list, a change of mark starts another", async () => {
    const { slug, body } = ingested("markdown-lists.txt");
    expect(body.trim().split("\n\n").slice(1, 5)).toEqual([
      "What the plan includes:",
      "- A two-kilometre wall along the east bank\n- New pumps at the Mill Street station and at the harbour",
      "* Work to start in the summer",
      "1. A survey of the east bank\n2. The wall itself",
    ]);
    const html = parseHtml(await readFile(join(site.outDir, "articles", slug, "index.html"), "utf8"));
    const items = html.querySelectorAll(".body ul, .body ol").map((list) => list.querySelectorAll("li").map((item) => item.text));
    expect(items).toEqual([
      ["A two-kilometre wall along the east bank", "New pumps at the Mill Street station and at the harbour"],
      ["Work to start in the summer"],
      ["A survey of the east bank", "The wall itself"],
    ]);
  });

  it("reads a copied page with its labels for screen readers, reading time and audio player as its article", () => {
    const { article, openings } = basraReport("copied-page-labels.txt");
    expect(openings).toEqual(["::: figure\nThe barri", "_Getty Images_\n:::", ...BASRA_PARAGRAPHS]);
    expect(article.summary).toMatch(/^The flood barrier along the Shatt al-Arab was completed/);
    const reasons = reasonsOf(article);
    expect(reasons.get("Image source, Getty Images")).toBe("a photo's credit, kept with its caption");
    for (const line of ["5 min read", "Listen to this article", "Learn more"]) {
      expect(reasons.get(line), line).toMatch(/site chrome/);
    }
    expect(reasons.get("Image caption,")).toMatch(/the line below it is a photo's caption/);
    expect(reasons.get("BBC News, Basra")).toBe("the byline's role, outlet or place");
    expect(article.source).toBe("BBC News");
    expect(reasons.get("The BBC is not responsible for the content of external sites.")).toMatch(/site chrome/);
  });

  it("publishes a 5 MB article and a 200 KB single line whole", () => {
    expect(ingested("five-megabytes.txt").body.length).toBeGreaterThan(5_000_000);
    expect(ingested("one-long-line.txt").body.length).toBeGreaterThan(200_000);
  });

  it("keeps a headline full of YAML specials exactly", () => {
    expect(ingested("yaml-specials.txt").article.title).toBe(`Title: with # " ' --- [ ] { } & * ! | > % specials`);
  });

  it("reads a body line that is only --- as a rule between parts, not a front matter fence", () => {
    const { article, body } = ingested("dashes-line.txt");
    expect(article.title).toBe("Bridge opens after a divider");
    expect(body).toMatch(/ten years of delays for the town\.\n\n\* \* \*\n\n"This bridge joins two halves of one city,"/);
  });

  it("gives two articles with one headline two slugs, and an Arabic headline a readable one", () => {
    expect([ingested("same-title-a.txt").slug, ingested("same-title-b.txt").slug]).toEqual(["bridge-opens", "bridge-opens-2"]);
    expect(ingested("arabic-title.txt").slug).toBe("افتتاح-الجسر-الجديد");
  });

  it("keeps a file name with spaces and accents as the record of the original", () => {
    expect(ingested("name with spaces é.txt").article.original.file).toBe("name with spaces é.txt");
  });
});

describe("hostile raw inputs: nothing reaches a page as live markup", () => {
  it("renders no script, event handler or javascript: address from any article", async () => {
    for (const [path, html] of await site.pages()) {
      const document = parseHtml(html);
      for (const script of document.querySelectorAll("script")) {
        const src = script.getAttribute("src");
        const isOurs = (src !== undefined && /^\/(assets|pagefind)\//.test(src)) || script.getAttribute("type") === "application/ld+json";
        expect(isOurs, `${path}: ${script.outerHTML.slice(0, 120)}`).toBe(true);
      }
      for (const element of document.querySelectorAll("*")) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name.startsWith("on"), `${path}: <${element.tagName} ${name}>`).toBe(false);
          expect(value, `${path}: <${element.tagName} ${name}>`).not.toMatch(/^\s*(javascript|vbscript):/i);
        }
      }
      for (const element of document.querySelectorAll("a, area, img, iframe, form, object, embed")) {
        const address = element.getAttribute("href") ?? element.getAttribute("src") ?? element.getAttribute("action") ?? "";
        expect(address, `${path}: ${element.outerHTML.slice(0, 120)}`).not.toMatch(/^\s*data:/i);
      }
    }
  });

  it("shows the raw HTML and the injection attempts as the text they were", async () => {
    const pages = await site.pages();
    const page = (file: string) => pages.get(`articles/${ingested(file).slug}/index.html`)!;
    const html = parseHtml(page("html-script.txt"));
    expect(html.querySelector("h1")!.text).toBe("Bridge opens <b>bold</b> <script>alert('title')</script>");
    expect(html.querySelector("article")!.text).toContain(`<script>alert("xss")</script>`);
    const injection = parseHtml(page("markdown-injection.txt")).querySelector("article")!;
    expect(injection.text).toContain("[click me](javascript:alert(1))");
    expect(injection.text).toContain("{{ 7 * 7 }} {% raw %} ${7*7}");
    expect(injection.text).toContain("# Not a heading");
    expect(injection.querySelectorAll("a, img, h2, ul, blockquote")).toHaveLength(0);
    expect(parseHtml(page("dashes-line.txt")).querySelectorAll("article .body hr")).toHaveLength(1);
    const post = parseHtml(page("reuters-embedded-post-page.txt")).querySelector("article blockquote")!;
    expect(post.querySelectorAll("p").map((paragraph) => paragraph.text)).toEqual([
      "Sadr supporters inside the Republican Palace swimming pool",
      "— Iraq Live (@IraqLive) August 29, 2022",
    ]);
  });
});

describe("the news-archive command on hostile input", () => {
  it("says one line per bad input on stderr, without a stack trace, builds the rest, and exits 1", async () => {
    const out = join(root, "cli-site");
    const failure = await run("node", ["bin/news-archive.js", "build", "--raw", raw, "--articles", join(root, "cli-articles"), "--out", out]).catch(
      (error) => error,
    );
    expect(failure.code).toBe(1);
    const lines = failure.stderr.trim().split("\n");
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line).toMatch(new RegExp(`^error: ${raw}/[^:]+: \\S`));
    expect(failure.stderr).not.toMatch(/\n\s+at /);
    expect(failure.stdout).toContain("85 articles");
    const { slug } = ingested("utf16-bom.txt");
    expect(await readFile(join(out, "articles", slug, "index.html"), "utf8")).toContain("Bridge opens in UTF-16");
  });
});
