import { describe, expect, it } from "vitest";
import { ArticleSchema, type ArticleInput } from "../../src/article.ts";
import { buildArchive, countWords, type Archive } from "../../src/site/archive.ts";
import {
  BROWSE_KINDS,
  browseSlug,
  groupByValue,
  pageNamesAmong,
  paginate,
  timeline,
  valueListing,
  type ArchiveEntry,
} from "../../src/site/browse.ts";
import { pagesState, planUpdate } from "../../src/site/update-pages.ts";
import { citySpellings } from "../../src/ingest/city-names.ts";
import { relatedItems, VISIT_BUDGET } from "../../src/site/related.ts";

/** An archive entry from the fields a test cares about. */
function entry(slug: string, fields: Partial<ArticleInput> = {}): ArchiveEntry {
  const article = ArticleSchema.parse({
    title: slug,
    summary: "",
    topics: [],
    people: [],
    places: [],
    organizations: [],
    language: "en",
    original: { file: `${slug}.txt`, sha256: "0".repeat(64) },
    ...fields,
  });
  return { url: `/articles/${slug}/`, article, words: 100 };
}

const people = BROWSE_KINDS.find((kind) => kind.path === "people")!;

describe("browse pages of names", () => {
  it("gives spellings that differ only in case, diacritics or punctuation one page", () => {
    expect(browseSlug("people", "Mustafa Al-Kádhimi")).toBe("mustafa-al-kadhimi");
    expect(browseSlug("people", "mustafa al kadhimi")).toBe("mustafa-al-kadhimi");
    expect(browseSlug("places", "Al Qa’im")).toBe(browseSlug("places", "Al Qaim"));
    expect(browseSlug("places", "Al-Qa'im")).toBe("al-qaim");
  });

  it("gives a person whose name is transliterated two ways one page, and two names two pages", () => {
    const spellings = ["Mohammed Shia al-Sudani", "Muhammad Shia al-Sudani", "Mohamed Shiaa es-Sudani"];
    const groups = groupByValue(people, [
      entry("a", { people: [spellings[0]!] }),
      entry("b", { people: [spellings[1]!] }),
      entry("c", { people: [spellings[2]!, "Hassan Ali", "Hussein Ali"] }),
      entry("d", { people: [spellings[0]!] }),
    ]);
    expect(groups.map(({ name, url, entries }) => [name, url, entries.length])).toEqual([
      ["Hassan Ali", "/people/hassan-ali/", 1],
      ["Hussein Ali", "/people/hussein-ali/", 1],
      ["Mohammed Shia al-Sudani", "/people/mohammed-shia-al-sudani/", 4],
    ]);
  });

  it("gives a person one page whatever French, German or Turkish transliteration names them", () => {
    // Le Monde and Anadolu Ajansı, as ingest reads them; French writes `ou` for `u` and `Chia`, Turkish `ş` for `sh`.
    const spellings = ["Mohammed Shia al-Sudani", "Mohammed Chia Al-Soudani", "Muhammed Şiya es-Sudani"];
    expect(new Set(spellings.map((name) => browseSlug("people", name)))).toEqual(new Set(["mohammed-shia-al-sudani"]));
    expect(browseSlug("people", "Fuad Hüseyin")).toBe(browseSlug("people", "Fuad Hussein"));
    expect(browseSlug("people", "Hassan Rouhani")).toBe(browseSlug("people", "Hassan Ruhani"));
    // French writes `ch` for `sh`, German `sch`, in the names whose spellings the families hold.
    expect(browseSlug("people", "Abdel Latif Rachid")).toBe("abdul-latif-rashid");
    expect(new Set(["Bashar al-Assad", "Bachar al-Assad", "Baschar al-Assad"].map((name) => browseSlug("people", name)))).toEqual(
      new Set(["bashar-al-assad"]),
    );
    // Turkish's dotless i is an i, as English writes it.
    expect(browseSlug("people", "Mustafa el-Kazımi")).toBe(browseSlug("people", "Mustafa al-Kazimi"));
  });

  it("keeps apart people whose names those spellings do not make one", () => {
    const apart = [
      // `ch` is `sh` in French only, and read so only in a spelling of the families: Iraqi Chalabi is English's too,
      // and English keeps its own `ch` in a name beside an Arabic one (`Michael al-Amiri`).
      ["Ahmed Chalabi", "Ahmed Shalabi"],
      ["Michael al-Amiri", "Mishael al-Amiri"],
      ["Louis Martin", "Luis Martin"], // `ou` is `u` in a name transliterated from Arabic or Persian only
      ["Siya Kolisi", "Shia Kolisi"], // `siya` is Turkish's `Şiya`, written with its `ş`, only
      ["Hassan Ali", "Hussein Ali"],
    ];
    for (const [one, other] of apart) {
      expect(browseSlug("people", one!), `${one} and ${other}`).not.toBe(browseSlug("people", other!));
    }
    // A Turkish name English writes without its letters' marks keeps one page: `ş` is `sh` only where that makes a
    // word a spelling of the families.
    expect(browseSlug("people", "Mevlüt Çavuşoğlu")).toBe(browseSlug("people", "Mevlut Cavusoglu"));
  });

  it("folds transliterations in people's names only: a place keeps its own spelling", () => {
    expect(browseSlug("people", "Salah ad-Din Ahmed El Sayed")).toBe("salah-al-din-ahmed-al-sayed");
    // A name that opens on what would be the article inside one is named so.
    expect(browseSlug("people", "Ed Davey")).toBe("ed-davey");
    expect(browseSlug("places", "El Paso")).toBe("el-paso");
    expect(browseSlug("organisations", "Mohamed bin Zayed University")).toBe("mohamed-bin-zayed-university");
  });

  it("gives a city one page, named in English, whatever language or transliteration names it", () => {
    const places = BROWSE_KINDS.find((kind) => kind.path === "places")!;
    const groups = groupByValue(places, [
      entry("dw", { language: "de", places: ["Damaskus", "Aleppo", "Wien"] }),
      entry("france24", { language: "fr", places: ["Damas", "Téhéran"] }),
      entry("faz", { language: "de", places: ["Teheran", "Wien", "Sulaimaniya"] }),
      entry("efe", { language: "es", places: ["Estambul", "Viena"] }),
      entry("rudaw", { places: ["Sulaimani", "Dohuk"] }),
      entry("mem", { places: ["Duhok", "Sulaymaniyah", "Istanbul", "Diyarbakır"] }),
      entry("nos", { language: "nl", places: ["Dohuk", "Diyarbakir"] }),
    ]);
    const articles = (entries: ArchiveEntry[]) => entries.map(({ url }) => url.split("/")[2]);
    expect(groups.map(({ name, url, entries }) => [name, url, articles(entries)])).toEqual([
      ["Aleppo", "/places/aleppo/", ["dw"]],
      ["Damascus", "/places/damascus/", ["dw", "france24"]],
      ["Diyarbakir", "/places/diyarbakir/", ["mem", "nos"]],
      ["Duhok", "/places/duhok/", ["rudaw", "mem", "nos"]],
      ["Istanbul", "/places/istanbul/", ["efe", "mem"]],
      ["Sulaymaniyah", "/places/sulaymaniyah/", ["faz", "rudaw", "mem"]],
      ["Tehran", "/places/tehran/", ["france24", "faz"]],
      ["Vienna", "/places/vienna/", ["dw", "faz", "efe"]],
    ]);
  });

  it("knows each of a city's names for that city alone, and leaves other places' names as they are", () => {
    for (const [spelling, english] of citySpellings()) {
      expect(browseSlug("places", spelling), spelling).toBe(browseSlug("places", english));
    }
    const cities = new Set(citySpellings().map(([, english]) => browseSlug("places", english)));
    expect(cities.size).toBe(new Set(citySpellings().map(([, english]) => english)).size);
    // A town of France is no exonym of Vienna's, and a place not in the table keeps its own page.
    expect(browseSlug("places", "Vienne")).toBe("vienne");
    expect(browseSlug("places", "Autonomen Region Kurdistan")).toBe("autonomen-region-kurdistan");
  });

  it("keeps letters of other scripts, and gives a name with no letter a page of its own", () => {
    expect(browseSlug("places", "بغداد")).toBe("بغداد");
    expect(browseSlug("people", "!!")).toBe("u21-21");
    expect(browseSlug("people", "?")).not.toBe(browseSlug("people", "!"));
  });

  it("names a page by the spelling most articles use, and counts an article once however it spells the name", () => {
    const groups = groupByValue(people, [
      entry("a", { people: ["Florence Parly", "florence parly"] }),
      entry("b", { people: ["Florence Parly"] }),
      entry("c", { people: ["FLORENCE PARLY"] }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ name: "Florence Parly", url: "/people/florence-parly/" });
    expect(groups[0]!.entries.map(({ url }) => url)).toEqual(["/articles/a/", "/articles/b/", "/articles/c/"]);
  });

  it("lists the names of a kind in alphabetical order, whatever their case", () => {
    const groups = groupByValue(people, [entry("a", { people: ["zoe", "Adam", "ben"] })]);
    expect(groups.map(({ name }) => name)).toEqual(["Adam", "ben", "zoe"]);
  });
});

/** The listing of a topic's articles, before it is cut into pages. */
const listing = {
  url: "/topics/floods/",
  heading: "Floods",
  kind: "Topic",
  trail: [{ name: "Topics", url: "/topics/" }],
  about: "about Floods",
};

describe("pages of a listing", () => {
  const entries = Array.from({ length: 45 }, (_, index) => entry(`a${index}`));

  it("cuts a listing into pages of 20 at stable addresses, each linking to its neighbours", () => {
    const pages = paginate(listing, entries);
    expect(pages.map(({ url, entries: onPage }) => [url, onPage.length])).toEqual([
      ["/topics/floods/", 20],
      ["/topics/floods/page/2/", 20],
      ["/topics/floods/page/3/", 5],
    ]);
    expect(pages[1]).toMatchObject({
      previousUrl: "/topics/floods/",
      nextUrl: "/topics/floods/page/3/",
      title: "Topic: Floods (page 2 of 3)",
      description: "45 articles about Floods.",
    });
    expect(pages[0]).not.toHaveProperty("previousUrl");
    expect(pages[2]).not.toHaveProperty("nextUrl");
  });

  it("gives a short listing one page, titled without a page number", () => {
    const [only, ...rest] = paginate(listing, entries.slice(0, 1));
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ title: "Topic: Floods", description: "1 article about Floods.", pageCount: 1 });
  });
});

describe("pages of a value named in more articles than five pages hold", () => {
  /** `count` articles of each year, newest first, a day apart from the end of the year; `undated` undated. */
  const articles = (counts: Record<string, number>, undated = 0) => [
    ...Object.entries(counts)
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .flatMap(([year, count]) =>
        Array.from({ length: count }, (_, day) => entry(`${year}-${day}`, { date: dayOf(year, day) })),
      ),
    ...Array.from({ length: undated }, (_, index) => entry(`undated-${index}`)),
  ];
  const dayOf = (year: string, day: number) => new Date(Date.UTC(Number(year), 11, 31 - day)).toISOString().slice(0, 10);

  it("shows the newest on the value's page with its years, and cuts each year's articles into pages of its own", () => {
    const pages = valueListing(listing, articles({ 2024: 85, 2023: 20 }, 2));
    expect(pages.map(({ url, entries: onPage }) => [url, onPage.length])).toEqual([
      ["/topics/floods/", 20],
      ["/topics/floods/2024/", 20],
      ["/topics/floods/2024/page/2/", 20],
      ["/topics/floods/2024/page/3/", 20],
      ["/topics/floods/2024/page/4/", 20],
      ["/topics/floods/2024/page/5/", 5],
      ["/topics/floods/2023/", 20],
      ["/topics/floods/undated/", 2],
    ]);
    const [first, , , , , lastOf2024, of2023, undated] = pages;
    expect(first).toMatchObject({
      title: "Topic: Floods",
      description: "107 articles about Floods.",
      nextUrl: "/topics/floods/2024/page/2/",
      byYear: {
        name: "Floods",
        years: [
          { name: "2024", url: "/topics/floods/2024/", count: 85 },
          { name: "2023", url: "/topics/floods/2023/", count: 20 },
          { name: "Date unknown", url: "/topics/floods/undated/", count: 2 },
        ],
      },
    });
    expect(first).not.toHaveProperty("previousUrl");
    expect(lastOf2024).toMatchObject({
      heading: "Floods, 2024",
      title: "Topic: Floods, 2024 (page 5 of 5)",
      description: "85 articles about Floods from 2024.",
      trail: [
        { name: "Topics", url: "/topics/" },
        { name: "Floods", url: "/topics/floods/" },
      ],
      previousUrl: "/topics/floods/2024/page/4/",
      nextUrl: "/topics/floods/2023/",
    });
    expect(lastOf2024!.byYear!.years.filter((year) => year.current).map(({ name }) => name)).toEqual(["2024"]);
    expect(lastOf2024!.byYear!.years.some((year) => "count" in year)).toBe(false);
    expect(of2023).toMatchObject({ previousUrl: "/topics/floods/2024/page/5/", nextUrl: "/topics/floods/undated/" });
    expect(undated).toMatchObject({
      heading: "Floods, date unknown",
      description: "2 articles about Floods whose date is unknown.",
      previousUrl: "/topics/floods/2023/",
    });
    expect(undated).not.toHaveProperty("nextUrl");
  });

  it.each([
    [{ 2024: 145 }, "/topics/floods/2024/page/2/"],
    [{ 2024: 20, 2023: 101 }, "/topics/floods/2023/"],
    [{ 2024: 5, 2023: 130 }, "/topics/floods/2023/"],
    [{ 2024: 5, 2023: 10, 2022: 100 }, "/topics/floods/2022/"],
    [{ 2024: 5, 2023: 16, 2022: 100 }, "/topics/floods/2023/"],
  ])("goes on from the value's page to the page with the 21st newest article (%o)", (counts, nextUrl) => {
    expect(valueListing(listing, articles(counts))[0]).toMatchObject({ nextUrl });
  });

  it("gives a value named in up to five pages' worth of articles those pages, with no years", () => {
    const pages = valueListing(listing, articles({ 2024: 50, 2023: 50 }));
    expect(pages.map(({ url }) => url)).toEqual([1, 2, 3, 4, 5].map((n) => `/topics/floods/${n === 1 ? "" : `page/${n}/`}`));
    expect(pages.some((page) => "byYear" in page)).toBe(false);
  });

  it("renders, when an article is added, the value's page and its own year's pages, not the other years'", () => {
    const before = articles({ 2024: 30, 2023: 30, 2022: 30, 2021: 30 }).map((item) => ({
      ...item,
      article: { ...item.article, topics: ["Floods"] },
    }));
    const state = pagesState(new Map(before.map((item) => [item.url, { entry: item, digest: item.url }])));
    const added = entry("added", { date: "2022-06-15", topics: ["Floods"] });
    const update = planUpdate(state, new Map([[added.url, { entry: added, digest: "added" }]]))!;
    expect([...update.pages.paginated].filter((url) => url.startsWith("/topics/floods/")).sort()).toEqual([
      "/topics/floods/",
      "/topics/floods/2022/",
      "/topics/floods/2022/page/2/",
    ]);
  });
});

describe("the timeline", () => {
  it("puts an article in its year and month, one dated by the year alone in no month, and undated ones apart", () => {
    const dates = timeline([
      entry("day", { date: "2020-06-15" }),
      entry("month", { date: "2020-06" }),
      entry("year", { date: "2020" }),
      entry("older", { date: "2019-01-02" }),
      entry("undated"),
    ]);
    expect(
      dates.years.map(({ name, url, entries, withoutMonth }) => [name, url, entries.length, withoutMonth]),
    ).toEqual([
      ["2020", "/dates/2020/", 3, 1],
      ["2019", "/dates/2019/", 1, 0],
    ]);
    expect(dates.years[0]!.months.map(({ name, url, entries }) => [name, url, entries.length])).toEqual([
      ["June 2020", "/dates/2020/06/", 2],
    ]);
    expect(dates.undated).toMatchObject({ name: "Date unknown", url: "/dates/undated/" });
    expect(dates.undated.entries.map(({ url }) => url)).toEqual(["/articles/undated/"]);
  });
});

describe("related articles", () => {
  it("ranks the articles sharing the rarest names first, and leaves out those sharing only one", () => {
    const features = [
      ["place:iraq", "person:parly", "org:army"],
      ["place:iraq", "person:parly", "org:army"],
      ["place:iraq", "org:army"],
      ["place:iraq", "topic:floods"],
    ];
    expect(relatedItems(features, 3).related).toEqual([[1, 2], [0, 2], [0, 1], []]);
  });

  it("leaves out what the caller excludes, such as other coverage of the same story", () => {
    const features = [
      ["a", "b"],
      ["a", "b"],
      ["a", "b"],
    ];
    expect(relatedItems(features, 3, (item, other) => item + other === 1).related).toEqual([[2], [2], [0, 1]]);
  });

  it("finds them only for the articles a part of the site renders, from every article", () => {
    const features = [["a", "b"], ["a", "b"], ["a", "b"], ["c"]];
    const all = relatedItems(features, 3);
    const part = relatedItems(features, 3, undefined, (item) => item === 2);
    expect(part.related).toEqual([[], [], all.related[2], []]);
    expect(part.related[2]).toEqual([0, 1]);
    expect(part.visits).toBeLessThan(all.visits);
  });

  it("still relates articles by a rare name when one name is shared by tens of thousands", () => {
    const features = Array.from({ length: 30_000 }, (_, index) => ["place:iraq", "topic:war", `person:${index}`]);
    features[7] = ["place:iraq", "topic:war", "person:parly", "org:army"];
    features[29_000] = ["place:iraq", "topic:war", "person:parly", "org:army"];
    const { related } = relatedItems(features, 3);
    expect(related[7]).toEqual([29_000]);
    expect(related[29_000]).toEqual([7]);
  });

  it("looks at a bounded number of other articles per article, however common its names are", () => {
    for (const n of [5_000, 50_000]) {
      // Every article names Iraq and the war; comparing every pair would be n² visits: 25 million at 5,000.
      // Each three articles in a row also share a person and an organisation.
      const group = (i: number) => Math.floor(i / 3);
      const features = Array.from({ length: n }, (_, i) => ["place:iraq", "topic:war", `person:${group(i)}`, `org:${group(i)}`]);
      const { related, visits } = relatedItems(features, 3);
      expect(visits, `${n} articles`).toBeLessThanOrEqual(n * VISIT_BUDGET);
      expect(visits, `${n} articles`).toBeLessThan((n * n) / 10);
      expect([related[0], related[4]]).toEqual([
        [1, 2],
        [3, 5],
      ]);
    }
  });
});

describe("the archive", () => {
  const archive = buildArchive([
    entry("old", { date: "2019-05", source: "Gazette", story: "visit", people: ["Parly"], places: ["Baghdad"] }),
    entry("new", { date: "2020-01-02", source: "Courier", story: "visit", people: ["Parly"], places: ["Baghdad"] }),
    entry("undated", { source: "gazette", people: ["Parly"], places: ["Baghdad"] }),
  ]);

  it("orders articles newest first, undated last", () => {
    expect(archive.entries.map(({ url }) => url)).toEqual(["/articles/new/", "/articles/old/", "/articles/undated/"]);
  });

  it("groups the reports of a story, counting a source once however it is spelled", () => {
    expect(archive.stories.map(({ id, entries, sources }) => [id, entries.length, sources])).toEqual([
      ["visit", 2, ["Courier", "Gazette"]],
    ]);
    expect(archive.byUrl["/articles/old/"]!.otherCoverage.map(({ url }) => url)).toEqual(["/articles/new/"]);
  });

  it("links dated articles to their neighbours in time, and an undated article to the undated listing", () => {
    const old = archive.byUrl["/articles/old/"]!;
    expect([old.newer?.url, old.older?.url, old.period.url]).toEqual(["/articles/new/", undefined, "/dates/2019/05/"]);
    const undated = archive.byUrl["/articles/undated/"]!;
    expect([undated.newer, undated.older, undated.period.url]).toEqual([undefined, undefined, "/dates/undated/"]);
  });

  it("relates articles of other stories only", () => {
    expect(archive.byUrl["/articles/undated/"]!.related.map(({ url }) => url)).toEqual([
      "/articles/new/",
      "/articles/old/",
    ]);
    expect(archive.byUrl["/articles/new/"]!.related.map(({ url }) => url)).toEqual(["/articles/undated/"]);
  });

  it("orders articles of the same day and headline by address, whatever order they come in", () => {
    const twins = [entry("talks"), entry("talks-2"), entry("talks-3")].map((twin) => ({
      ...twin,
      article: { ...twin.article, title: "Talks continue", date: "2020-01-02" },
    }));
    for (const order of [twins, [...twins].reverse()]) {
      expect(buildArchive(order).entries.map(({ url }) => url)).toEqual([
        "/articles/talks/",
        "/articles/talks-2/",
        "/articles/talks-3/",
      ]);
    }
  });

  it("makes a listing page for every value, year, month and the undated articles", () => {
    expect(archive.listings.map(({ url }) => url).sort()).toEqual(
      [
        "/dates/2020/",
        "/dates/2020/01/",
        "/dates/2019/",
        "/dates/2019/05/",
        "/dates/undated/",
        "/sources/courier/",
        "/sources/gazette/",
        "/people/parly/",
        "/places/baghdad/",
      ].sort(),
    );
  });

  it("names each value for search filters as its page does, whatever the article's spelling", () => {
    const names = archive.byUrl["/articles/undated/"]!.pageNames;
    expect([names.sources, names.people, names.places]).toEqual([["Gazette"], ["Parly"], ["Baghdad"]]);
  });

  it("names a city for search filters in English, as its page does, whatever language the article names it in", () => {
    const cities = buildArchive([
      entry("faz", { language: "de", date: "2026-03-01", places: ["Teheran", "Wien"] }),
      entry("rfi", { language: "fr", date: "2026-03-02", places: ["Téhéran"] }),
    ]);
    expect(cities.byUrl["/articles/faz/"]!.pageNames.places).toEqual(["Tehran", "Vienna"]);
    expect(cities.byUrl["/articles/rfi/"]!.pageNames.places).toEqual(["Tehran"]);
    const tehran = cities.kinds.find(({ kind }) => kind.path === "places")!.groups.find(({ slug }) => slug === "tehran");
    expect([tehran?.name, tehran?.entries.length]).toEqual(["Tehran", 2]);
    // An update names the page alike.
    expect(pageNamesAmong(cities.entries, new Set(["places:tehran"]))).toEqual(new Map([["places:tehran", "Tehran"]]));
  });

  it("renders, when an added article makes another spelling the one most used, every article that names the value", () => {
    // Articles that share nothing else, so that nothing else of their pages changes.
    const before = [entry("a", { source: "Shafaq News" }), entry("b", { source: "Shafaq-News" })];
    const state = pagesState(new Map(before.map((item) => [item.url, { entry: item, digest: item.url }])));
    expect(state.archive.byUrl["/articles/b/"]!.pageNames.sources).toEqual(["Shafaq News"]);
    const added = entry("c", { source: "Shafaq-News" });
    const update = planUpdate(state, new Map([[added.url, { entry: added, digest: "added" }]]))!;
    expect(update.files).toEqual(["/articles/a/", "/articles/b/", "/articles/c/"]);
    expect(update.archive.byUrl["/articles/a/"]!.pageNames.sources).toEqual(["Shafaq-News"]);
    // A spelling already the one most used stays so: only the new article's page renders.
    const again = entry("d", { source: "Shafaq-News" });
    expect(planUpdate(update.after, new Map([[again.url, { entry: again, digest: "again" }]]))!.files).toEqual(["/articles/d/"]);
  });

  it("built from an earlier archive, has the listings it would have built afresh, and reuses those that did not change", () => {
    const added = entry("later", { date: "2020-02-03", source: "Courier", people: ["Parly", "Salih"], places: ["Erbil"] });
    const entries = [added, ...archive.entries];
    const fresh = buildArchive(entries);
    const reusing = buildArchive(entries, undefined, archive);
    expect(reusing.listings).toEqual(fresh.listings);
    const pageOf = (built: Archive, url: string) => built.listings.find((listing) => listing.url === url);
    expect(pageOf(reusing, "/sources/gazette/")).toBe(pageOf(archive, "/sources/gazette/"));
    expect(pageOf(reusing, "/places/baghdad/")).toBe(pageOf(archive, "/places/baghdad/"));
    for (const changed of ["/sources/courier/", "/people/parly/"]) {
      expect(pageOf(reusing, changed)).not.toBe(pageOf(archive, changed));
    }
  });
});

describe("reading time", () => {
  it("counts words as a reader does, joined by apostrophes and hyphens, in any script", () => {
    expect(countWords("Al-Kadhimi's government, 2020 — أعيد افتتاح السوق.")).toBe(6);
  });
});
