import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle, type Article } from "../../src/article.ts";
import { parseArticleFile } from "../../src/article-file.ts";
import { ingestDirectory, type IngestReport } from "../../src/ingest/ingest-fs.ts";

/**
 * The five seed articles, ingested as the CLI does. Each expected file in tests/golden/seeds/ is named after its raw
 * file in content/raw/ and holds what an editor would publish: front matter and body. Set UPDATE_GOLDEN=1 to rewrite
 * them, then read the diff before committing it.
 */
const RAW = "content/raw";
const GOLDEN = "tests/golden/seeds";

let out: string;
let report: IngestReport;
const articles = new Map<string, { text: string; data: Article; body: string }>();

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "news-archive-seeds-"));
  report = await ingestDirectory({ rawDir: RAW, articlesDir: out, entitiesFile: "content/entities.yaml" });
  for (const entry of report.articles) {
    const text = await readFile(join(out, `${entry.slug}.md`), "utf8");
    const { data, body } = parseArticleFile(text);
    const parsed = parseArticle(data, entry.slug);
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    articles.set(entry.file, { text, data: parsed.article, body });
  }
});
afterAll(() => rm(out, { recursive: true, force: true }));

const seed = (prefix: string) => {
  const found = [...articles].find(([file]) => file.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found[1];
};

describe("ingesting the five seed articles", () => {
  it("ingests every seed and rejects none", async () => {
    const raws = (await readdir(RAW)).filter((name) => name.endsWith(".txt"));
    expect(report.rejected).toEqual([]);
    expect(report.articles.map((a) => a.file).sort()).toEqual(raws.sort());
  });

  it("writes what the golden files expect, front matter and body", async () => {
    for (const [file, { text }] of articles) {
      const golden = join(GOLDEN, file.replace(/\.txt$/, ".md"));
      const actual = text.replace(/^checksum: .*\n/m, "");
      if (process.env.UPDATE_GOLDEN) await writeFile(golden, actual);
      expect(actual, `${file} differs from ${golden}`).toBe(await readFile(golden, "utf8"));
    }
  });

  it("reads title, date, author and source the way the text gives them", () => {
    expect(seed("000").data).toMatchObject({ title: "France stands with Iraq in its fight against ISIS", section: "Iraq News", author: "Khalid al-Taie", source: "Diyaruna" });
    expect(seed("000").data.date).toBeUndefined();
    expect(seed("001").data).toMatchObject({ title: "The cabinet: France and Iraq relations extend many years", source: "Shafaq News" });
    expect(seed("002").data).toMatchObject({ title: "Iraq Says French Troops Have Left The Country", date: "2020-06" });
    expect(seed("003").data).toMatchObject({ title: "Iraq, UK sign anti-ISIS military cooperation MoU", date: "2019-08-24", time: "00:25", source: "Baghdad Post" });
  });

  it("never resolves a bare weekday against the day ingest runs", () => {
    // 001 and 004 only say "on Thursday" and "today": no year, so no date.
    expect(seed("001").data.date).toBeUndefined();
    expect(seed("004").data.date).toBeUndefined();
  });

  it("writes a headline from the lead for the article that has none, and marks it generated", () => {
    const article = seed("004").data;
    expect(article.title).toBe("French Minister of Armies Florence Parly met with senior Iraqi officials in Baghdad");
    expect(article.provenance.title).toBe("generated");
  });

  it("keeps the headline out of the body, even where the site printed it twice", () => {
    for (const { data, body } of articles.values()) expect(body).not.toContain(data.title);
  });

  it("drops the reader comments, comment forms, widgets and trending lists that follow the article", () => {
    const bodies = [...articles.values()].map((a) => a.body).join("\n");
    for (const chrome of ["Comment(s)", "Comment Policy", "Hand martyrs", "Do you like this article", "Shafaq Live", "Radio radio icon", "TRENDING", "Latest News Today", "Videos and Photos", "froggies", "Zionism", "All Text here", "عربي"]) {
      expect(bodies).not.toContain(chrome);
    }
  });

  it("records every line it leaves out, with a reason", async () => {
    for (const [file, { data, body }] of articles) {
      const raw = (await readFile(join(RAW, file), "utf8")).split(/\r\n|\r|\n/);
      const removed = new Map(data.removed.map((line) => [line.line, line]));
      for (const [index, line] of raw.entries()) {
        const text = line.trim();
        if (text === "" || removed.has(index + 1)) continue;
        // every other line is in the body, give or take escaping and the white space of broken or glued lines
        const squeeze = (value: string) => value.replace(/[\s\\]/g, "");
        expect(squeeze(body), `${file}:${index + 1} "${text}"`).toContain(squeeze(text).slice(0, 40));
      }
      for (const line of data.removed) expect(line.reason.length).toBeGreaterThan(0);
    }
  });

  it("turns photo captions into figures with their credits and subheads into headings", () => {
    expect(seed("000").body).toContain("::: figure\nFrench soldiers teach their Iraqi counterparts");
    expect(seed("000").body).toContain("_Photo courtesy of the Iraqi Ministry of Defence_");
    expect(seed("000").body).toContain("## Strengthening the military partnership");
    expect(seed("004").body).toContain("_Reuters_");
  });

  it("rejoins lines the scrape broke and splits sentences it glued", () => {
    const body = seed("003").body;
    expect(body).toContain("Iraq signed a memorandum of understanding (MoU) with the United Kingdom’s Ministry of Defense (MoD) on Thursday");
    expect(body).toContain("insurgency.\n\nDefense minister Najah al-Shammari");
    expect(body).not.toMatch(/\p{Ll}\.\p{Lu}/u);
  });

  it("finds the people in the news, without titles, fragments or punctuation", () => {
    expect(seed("000").data.people).toEqual(["Khaled Abdul-Illah", "Saeed al-Jayashi", "Yahya Rasul"]);
    expect(seed("002").data.people).toEqual(["Abdul Karim Khalaf"]);
    expect(seed("003").data.people).toEqual(["Adil Abd al-Mahdi", "Ben Wallace", "Najah al-Shammari"]);
    expect(seed("004").data.people).toEqual(["Barham Salih", "Florence Parly", "Jean-Yves Le Drian", "Jumah Anad", "Mustafa Al-Kadhimi"]);
  });

  it("merges the two spellings of the Iraqi prime minister through the alias file", () => {
    expect(seed("001").data.people).toContain("Mustafa Al-Kadhimi");
    expect(seed("004").data.people).toContain("Mustafa Al-Kadhimi");
    expect(seed("004").data.people).not.toContain("Mustafa Al-Kazemi");
  });

  it("gives the two reports of the Parly visit one story, and no other pair one", () => {
    const stories = [...articles].map(([file, { data }]) => [file.slice(0, 3), data.story]);
    expect(seed("001").data.story).toBeDefined();
    expect(seed("004").data.story).toBe(seed("001").data.story);
    expect(stories.filter(([, story]) => story !== undefined).map(([file]) => file)).toEqual(["001", "004"]);
  });

  it("detects English and writes a summary of one or two sentences from the lead", () => {
    for (const { data } of articles.values()) {
      expect(data.language).toBe("en");
      expect(data.summary.length).toBeGreaterThan(40);
      expect(data.summary.match(/[.!?]["”]?(\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it("changes nothing when run a second time", async () => {
    const before = await Promise.all(report.articles.map((a) => readFile(join(out, `${a.slug}.md`), "utf8")));
    const again = await ingestDirectory({ rawDir: RAW, articlesDir: out, entitiesFile: "content/entities.yaml" });
    expect(again.articles.map((a) => a.status)).toEqual(report.articles.map(() => "unchanged"));
    const after = await Promise.all(report.articles.map((a) => readFile(join(out, `${a.slug}.md`), "utf8")));
    expect(after).toEqual(before);
  });
});
