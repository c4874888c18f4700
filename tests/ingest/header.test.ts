import { describe, expect, it } from "vitest";
import { readDateLine } from "../../src/ingest/dates.ts";
import { headlineFromLead } from "../../src/ingest/headline.ts";
import { reasonsOf } from "../support/removed-lines.ts";
import { STORY, article, withBody } from "../support/ingest-text.ts";

describe("reading the header", () => {
  it("reads a wiki's title above its tagline, whatever its shape, the tagline naming the site, and its page tools as chrome", () => {
    const page = [
      "Portal:Current events/2026 December 3",
      "From Wikipedia, the free encyclopedia",
      "< December 2\tDecember 3, 2026 (2026-12-03) (Thursday)\tDecember 4 >",
      "edit history watch",
      "Armed conflicts and attacks",
      "Iraq insurgency",
      "Two Iraqi soldiers are killed and a third is wounded in an attack on an army checkpoint near Tarmiyah. (Shafaq News)",
      "Disasters and accidents",
      "A fire at a hospital in Nasiriyah, Iraq, kills three patients and injures eleven others.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "Portal:Current events/2026 December 3", source: "Wikipedia", date: "2026-12-03" });
    expect(frontMatter.summary).toMatch(/^Two Iraqi soldiers are killed/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("From Wikipedia, the free encyclopedia")).toBe("the wiki's tagline below the page's title (the site's name kept as source)");
    expect(reasons.get("edit history watch")).toMatch(/^site chrome/);
    // A part's heading over its first subsection's is a subhead too.
    expect(body).toMatch(/^## Armed conflicts and attacks\n\n## Iraq insurgency\n\nTwo Iraqi soldiers/);
  });

  it("reads a Turkish section label in capitals as the menu's (`KÜRDİSTAN`), the logo's name again below the headline, and the time below the date", () => {
    const menu = "RUDAW\nKürdistan\nIrak\nTürkiye\nİran\nDünya\nKÜRDİSTAN";
    const lead = "ERBİL - Kürdistan Bölgesi Başkanı Neçirvan Barzani, pazartesi günü Irak Başbakanı ile Peşmerge maaşlarını görüştü.";
    const page = `${menu}\nBarzani ve Sudani, Peşmerge maaşlarını görüştü\nRudaw\n07-12-2026\n12:34\n${lead}\nİki taraf, maaşların zamanında ödenmesi gerektiği konusunda hemfikir.\n`;
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ section: "Kürdistan", source: "Rudaw", date: "2026-12-07", time: "12:34", places: expect.arrayContaining(["Erbil"]) });
    expect(frontMatter.organizations ?? []).toEqual([]);
    expect(reasonsOf(frontMatter).get("12:34")).toBe("the time of the date line above it (kept as date)");
    expect(body).toMatch(/^Kürdistan Bölgesi Başkanı Neçirvan Barzani/);
    // The time alone below an English date line too: the date's, no subhead.
    const timed = article(STORY.replace("12 March 2021", "12 March 2021\n10:30"));
    expect(timed.frontMatter).toMatchObject({ date: "2021-03-12", time: "10:30" });
    expect(timed.body).toMatch(/^The minister of transport/);
  });

  it("reads a place before the date on the date line as where the story was filed, not a weekday", () => {
    const dated = (line: string) => article(STORY.replace("12 March 2021", line)).frontMatter;
    expect(dated("Baghdad, 12 March 2021")).toMatchObject({ date: "2021-03-12", places: ["Baghdad"] });
    expect(dated("Erbil, Kurdistan Region, 12 March 2021").places).toEqual(["Erbil", "Kurdistan Region"]);
    expect(reasonsOf(dated("Baghdad, 12 March 2021")).get("Baghdad, 12 March 2021")).toBe(
      "dateline: where and when the story was filed (kept as places and date)",
    );
    expect(dated("Friday, 12 March 2021")).toMatchObject({ date: "2021-03-12", places: [] });
    // A wire dateline in capitals, its country after a comma, a dash, then the date.
    expect(dated("TOKYO — March 12, 2021")).toMatchObject({ date: "2021-03-12", places: ["Tokyo"] });
    expect(dated("NEW YORK — Friday, March 12, 2021")).toMatchObject({ date: "2021-03-12", places: ["New York"] });
    const dubai = dated("DUBAI, United Arab Emirates — March 12, 2021");
    expect(dubai).toMatchObject({ date: "2021-03-12", places: ["Dubai", "United Arab Emirates"] });
  });

  it("reads a standfirst printed right below the headline, above a lead that opens on a dateline", () => {
    const lead =
      "BAGHDAD, 4 May 2026 – The Ministry of Health, with the support of UNICEF and the World Health Organization (WHO), today " +
      "launched a ten-day measles and rubella vaccination campaign targeting more than 520,000 children.\n\n" +
      "The campaign comes after 1,180 suspected measles cases were reported in the first quarter of 2026.\n";
    const headline = "Half a million children in Iraq to be vaccinated against measles in nationwide campaign";
    const standfirst = "UNICEF and WHO support the Ministry of Health in ten-day campaign";
    for (const between of ["\n", "\n\n"]) {
      const { frontMatter, body } = article(`Press release\n${headline}${between}${standfirst}\n\n${lead}`);
      expect(frontMatter).toMatchObject({ title: headline, summary: standfirst, date: "2026-05-04", section: "Press release" });
      expect(frontMatter.provenance?.title).toBeUndefined();
      expect(body.startsWith("The Ministry of Health, with the support")).toBe(true);
    }
  });

  it("reads a section's label before a bar in the page's title as the section, the headline after it the title", () => {
    const headline = "Turkish Drone Strike Kills Four in Northern Iraq, Kurdish Officials Say";
    const page =
      `Today’s Paper\nMiddle East|${headline}\nhttps://www.nytimes.com/2026/07/21/world/middleeast/iraq-turkey-drone-strike.html\n\n` +
      `${headline}\n\nBy Jane Arraf\n\nJuly 21, 2026\n\nA Turkish drone strike on a car near Sinjar killed four people on Monday.\n`;
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: headline, section: "Middle East", author: "Jane Arraf", date: "2026-07-21" });
    expect(reasonsOf(frontMatter).get("Today’s Paper")).toBe("navigation or language menu");
    expect(body.trim()).toBe("A Turkish drone strike on a car near Sinjar killed four people on Monday.");
  });

  it("reads the site's name from the page's first line, printed again right below the headline, as the source", () => {
    const headline = "Erbil edge Al-Zawraa 2-1 to reach Iraq FA Cup semi-finals";
    const page =
      "Kurdistan24\nKurdistan\nIraq\nMiddle East\nWorld\nEconomy\nSports\n\n" +
      `Sports\n${headline}\nKurdistan24\n\nErbil SC reached the semi-finals of the Iraq FA Cup for the first time in nine years.\n`;
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: headline, section: "Sports", source: "Kurdistan24" });
    expect(body.trim()).toBe("Erbil SC reached the semi-finals of the Iraq FA Cup for the first time in nine years.");
  });

  it("reads a menu's label printed again below the headline as the section, and a place and the outlet by the date line", () => {
    // Alsumaria's (through a translator): the site's name, its menu, the headline, `Security` again, `Basra - Alsumaria News`.
    const headline = "Basra Operations Command announces arrest of gang that kidnapped a child";
    const page = ["Show original", "Alsumaria News", "Security", "Politics", "Economy", headline, "Security", "Basra - Alsumaria News", "12/04/2026 13:05"];
    const lead = "Basra Operations Command announced on Friday the arrest of a gang that kidnapped a child in Zubair district.";
    const { frontMatter, body } = article([...page, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, section: "Security", source: "Alsumaria News", date: "2026-12-04" });
    expect(frontMatter.places).toContain("Basra");
    expect(body.trim()).toBe(lead);
  });

  it("reads an organisation's name in capitals above a report's title as its source, and no headline in capitals so", () => {
    const report = (top: string, title: string) =>
      article(`${top}\n\n${title}\n\n12 March 2023\n\nThe ministry published its yearly report on the rivers on Sunday.\n`).frontMatter;
    expect(report("MINISTRY OF WATER RESOURCES", "Annual Report on the Tigris and Euphrates 2022")).toMatchObject({
      title: "Annual Report on the Tigris and Euphrates 2022",
      source: "Ministry of Water Resources",
    });
    // `Water Scarcity in Southern Iraq` above a date line is no byline of a name and a place.
    expect(report("UNITED NATIONS ASSISTANCE MISSION FOR IRAQ", "Water Scarcity in Southern Iraq")).toMatchObject({
      title: "Water Scarcity in Southern Iraq",
      source: "United Nations Assistance Mission for Iraq",
    });
    const headline = report("IRAQI ARMY RETAKES MOSUL", "The army said on Sunday it had driven the last fighters out.");
    expect(headline.title).toBe("IRAQI ARMY RETAKES MOSUL");
    expect(headline.source).toBeUndefined();
  });

  it("reads an interview: its interviewer's byline, and its questions as paragraphs, not headings", () => {
    const interview =
      "Basra farmers speak out\n\nInterview by Layla Hassan\n\n14 July 2023\n\nWe spoke to Kadhim Jabbar, 61, who farms dates near the river.\n\n" +
      "Q: How bad is it this year?\n\nA: The worst I have seen. The river is salt now. Half my palms are dead.\n\n" +
      "Q: What has the government done?\n\nA: Nothing. They came, they took pictures, they left.\n";
    const { frontMatter, body } = article(interview);
    expect(frontMatter).toMatchObject({ title: "Basra farmers speak out", author: "Layla Hassan", people: ["Kadhim Jabbar"] });
    expect(body).toContain("\n\nQ: How bad is it this year?\n\nA: The worst I have seen.");
    expect(body).not.toContain("#");
    // A reader's short question, signed with their name and town, is no heading either.
    const signed = "Q: What can ordinary people do? – Anonymous, Zakho\n\nA: Many families have turned to private-sector work or small businesses of their own.\n";
    expect(article(`${interview}\n${signed}`).body).not.toContain("#");
    for (const byline of ["Words by Layla Hassan", "Written by Layla Hassan", "Story by Layla Hassan"]) {
      expect(article(interview.replace("Interview by Layla Hassan", byline)).frontMatter.author, byline).toBe("Layla Hassan");
    }
  });

  it("takes the last label of the path to the article's section above the headline as its section", () => {
    for (const trail of ["Home › News › Middle East", "Home > World > Middle East > Iraq", "News / World / Middle East"]) {
      const { frontMatter } = article(STORY.replace("World\n\n", `${trail}\n\n`));
      expect(frontMatter, trail).toMatchObject({ title: "Minister opens new bridge over the river", section: trail.split(/ [›>/] /).at(-1) });
      expect(reasonsOf(frontMatter).get(trail), trail).toBe("the path to the article's section (its last label kept as section)");
    }
    // Two labels between slashes are one kicker.
    expect(article(STORY.replace("World\n\n", "Iraq / Iran\n\n")).frontMatter.section).toBe("Iraq / Iran");
  });

  it("dates an article by its publication's date line, not its update's, and says which line gave the date", () => {
    const dated = (lines: string) => article(STORY.replace("12 March 2021", lines)).frontMatter;
    const updatedLater = dated("Published March 12, 2021\nUpdated March 13, 2021 at 10:05 AM");
    expect(updatedLater).toMatchObject({ date: "2021-03-12" });
    expect(updatedLater.time).toBeUndefined();
    expect(reasonsOf(updatedLater).get("Published March 12, 2021")).toBe("publication date line (kept as date)");
    expect(reasonsOf(updatedLater).get("Updated March 13, 2021 at 10:05 AM")).toBe(
      "the date the page was updated, not kept: another line gives the date",
    );
    // The update's date where no other line gives one.
    const onlyUpdated = dated("Last modified on Sat 13 Mar 2021 09.12 GMT");
    expect(onlyUpdated).toMatchObject({ date: "2021-03-13", time: "09:12", utcOffset: "+00:00" });
    expect(reasonsOf(onlyUpdated).get("Last modified on Sat 13 Mar 2021 09.12 GMT")).toBe("the date the page was updated (kept as date)");
    // Of two publication date lines, the more precise; one that says less of the same date is kept too, as its part.
    const twice = dated("March 2021\n12 March 2021, 10:30");
    expect(twice).toMatchObject({ date: "2021-03-12", time: "10:30" });
    expect(reasonsOf(twice).get("March 2021")).toBe("publication date line (kept as date)");
    const differ = dated("12 March 2021\n11 March 2021, 10:30");
    expect(differ).toMatchObject({ date: "2021-03-11", time: "10:30" });
    expect(reasonsOf(differ).get("12 March 2021")).toBe("publication date line, not kept: another line gives the date");
  });

  it("reads a timeline's years below its opening paragraph as the headings of its parts, not as date lines", () => {
    const timeline = [
      "Twenty years after the US-led invasion, Iraq is still rebuilding. Here are the key moments.",
      "2003",
      "US-led forces invade Iraq and topple Saddam Hussein in three weeks.",
      "2014",
      "Islamic State fighters seize Mosul and declare a caliphate.",
    ].join("\n\n");
    const expected = `${timeline.replace(/\n(\d{4})\n/g, "\n## $1\n")}\n`;
    for (const header of ["Timeline: Two decades of conflict in Iraq\n\nBy Jane Doe\n\n12 March 2023", "Timeline: Two decades of conflict in Iraq"]) {
      const { frontMatter, body } = article(`${header}\n\n${timeline}\n`);
      expect(body).toBe(expected);
      expect(frontMatter.date).toBe(header.includes("March") ? "2023-03-12" : undefined);
    }
  });

  it("reads a section, headline, byline and a dated line", () => {
    const { frontMatter, body } = article(STORY);
    expect(frontMatter).toMatchObject({ section: "World", title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
    expect(body.startsWith("The minister of transport")).toBe(true);
  });

  it("reads a news agency's name above the headline, as a site running the agency's copy prints it, as the source", () => {
    const { frontMatter, body } = article(STORY.replace("World\n", "Associated Press\n").replace("\"This bridge", "Story continues\n\n\"This bridge"));
    expect(frontMatter).toMatchObject({ source: "Associated Press", title: "Minister opens new bridge over the river" });
    expect(frontMatter.section).toBeUndefined();
    expect(body).not.toContain("Story continues");
  });

  it("takes the holder of the page's copyright for its source when nothing else names one, not a company", () => {
    const source = (line: string) => article(`${STORY}\n${line}\n`).frontMatter.source;
    expect(source("Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.")).toBe("BBC");
    expect(source("© 2024 The Associated Press")).toBe("The Associated Press");
    expect(source("Copyright © 2023 Bonneville International Corporation. All rights reserved.")).toBeUndefined();
    expect(source("© 2024 All rights reserved")).toBeUndefined();
    expect(article(`${STORY.replace("By Jane Doe", "By Jane Doe | AFP")}\n© 2024 The Courier\n`).frontMatter.source).toBe("AFP");
    // As European and Arabic sites print theirs: no year, or the year after the holder; the holder after its kind.
    expect(source("© Le Monde")).toBe("Le Monde");
    expect(source("© DER SPIEGEL 2026")).toBe("DER SPIEGEL");
    expect(source("(c) Agencia EFE")).toBe("Agencia EFE");
    expect(source("كل الحقوق محفوظة لوكالة شفق نيوز © 2026")).toBe("شفق نيوز");
    // A company (its suffix says so), the words that reserve the rights, a photo's agency without a year: no source.
    expect(source("© 2026 PÚBLICO Comunicação Social SA")).toBeUndefined();
    expect(source("Alle Rechte vorbehalten. © Frankfurter Allgemeine Zeitung GmbH 2026")).toBeUndefined();
    // A publication's name with its company's legal form after it: the publication.
    expect(source("Copyright The Financial Times Limited 2026. All rights reserved.")).toBe("The Financial Times");
    expect(source("Copyright © 2026 Bonneville International Corporation 2026.")).toBeUndefined();
    expect(source("Copyright 2026 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati")).toBeUndefined();
    expect(source("© RIPRODUZIONE RISERVATA")).toBeUndefined();
    expect(source("© Reuters")).toBeUndefined();
    expect(article(`${STORY}\n(c) Agencia EFE\n`).body).not.toContain("Agencia EFE");
    // A credit line in another language: `Quelle: F.A.Z.`, the abbreviation's last full stop its name's.
    expect(source("Quelle: F.A.Z.")).toBe("F.A.Z.");
  });

  it("takes the copyright's holder with the word after the sign and a dash before the rights reserved, as France 24 prints it", () => {
    const { frontMatter, body } = article(`${STORY}\n© 2026 Copyright The Town Courier - All rights reserved\n`);
    expect(frontMatter.source).toBe("The Town Courier");
    expect(body).not.toContain("Copyright");
  });

  it("reads the site's name on a page's first line, above its menu, as the source when its copyright or address names it", () => {
    const menu = ["World", "Business", "Opinion"];
    const page = (site: string, end: string) => article([site, ...menu, STORY.replace("World\n\n", ""), end, ""].join("\n")).frontMatter;
    const national = page("The National", "Copyright © 2022 The National. All rights reserved.");
    expect(national).toMatchObject({ source: "The National", title: "Minister opens new bridge over the river" });
    expect(reasonsOf(national).get("The National")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // Its web address below the text: `arabnews.com`, `al-monitor.com`.
    expect(page("Arab News", "https://www.arabnews.com/node/2180001/middle-east").source).toBe("Arab News");
    expect(page("Al-Monitor", "https://www.al-monitor.com/originals/2024/03/iraq-sudani-gulf").source).toBe("Al-Monitor");
    // Its name printed again in the footer, above a copyright that names its owner (Corriere's).
    const footer = "Newsletter\nCorriere della Sera\nCopyright 2026 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati";
    // A logo in capitals is given as the footer writes the name.
    expect(page("CORRIERE DELLA SERA", footer).source).toBe("Corriere della Sera");
    // A first line the page names nowhere else is still a menu's.
    const unnamed = page("Arab News", "https://www.example.com/2024/03/story");
    expect(unnamed.source).toBeUndefined();
    expect(reasonsOf(unnamed).get("Arab News")).toBe("navigation or language menu");
  });

  it("reads the publication of a copyright held by its company, without the company's legal form or the year", () => {
    const { frontMatter, body } = article(`${STORY}\nCopyright The Town Courier Limited 2026. All rights reserved.\n`);
    expect(frontMatter.source).toBe("The Town Courier");
    expect(body).not.toContain("Copyright");
  });

  it("reads the publication a copyright's company is named after, and a logo's text run together with its link's", () => {
    const page = (top: string, end: string) => article(`${top}\n${STORY}\n${end}\n`).frontMatter;
    // The New York Times' footer: the company is the publication's name and `Company`.
    expect(page("Skip to contentSkip to site index", "Site Index\n© 2026 The New York Times Company\nNYTCo\nContact Us").source).toBe(
      "The New York Times",
    );
    // The Guardian's logo, its text and its link's run together, above a copyright of `Guardian News & Media Limited`.
    const guardian = page(
      "Skip to main content\nSign in\nThe Guardian - Back to homeThe Guardian\nNews\nOpinion\nSport",
      "About us\nHelp\n© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)",
    );
    expect(guardian.source).toBe("The Guardian");
    expect(reasonsOf(guardian).get("The Guardian - Back to homeThe Guardian")).toBe(
      "the site's name, on the page's first line above its menu (kept as source)",
    );
    // A company's name without the "The" names no publication of its own.
    expect(page("Menu", "© 2026 Bonneville Group").source).toBeUndefined();
  });

  it("reads the name on top as the source when the page prints it again as a name: in capitals in a line, or in quotes", () => {
    const page = (top: string, end: string) => article(`${top}\nInternacional\nOriente Próximo\n${STORY}\n${end}\n`).frontMatter;
    // El País' note on its writer below the article.
    expect(page("EL PAÍS", "Jane Doe\nEs corresponsal de EL PAÍS en el Golfo.").source).toBe("El País");
    // NOS' footer.
    expect(page("NOS", "Meer over dit onderwerp:\nIrak\nNOS Nieuws\nPrivacy\nCookies").source).toBe("NOS");
    // اندبندنت عربية's disclaimer names the site in quotes.
    const disclaimer = 'يحتوي هذا المقال على رسائل تعبر عن رأي كاتبيها ولا تعبر بالضرورة عن رأي "اندبندنت عربية"';
    expect(page("اندبندنت عربية", disclaimer).source).toBe("اندبندنت عربية");
    // A label on top printed again within a word is no name.
    expect(page("NEWS", "Sign up for NEWSLETTERS and more\nAbout us\nContact\nHelp").source).toBeUndefined();
  });

  it("reads the site's name on top as the source when the page names it again as a publisher: in full, without an edition's words, or by a shorter name", () => {
    const menu = ["Research", "Analysis", "Events", "Podcasts"];
    const page = (top: string, below: string[]) => article([top, ...menu, STORY.replace("World\n\n", ""), ...below, ""].join("\n")).frontMatter;
    // A podcast's host names the show; the WHO's page names the organisation in its citable reference.
    expect(page("Middle East Matters", ["Jane Doe: Welcome to Middle East Matters. I'm Jane Doe."]).source).toBe("Middle East Matters");
    const citation = "Citable reference: World Health Organization (12 March 2021). Minister opens new bridge over the river.";
    expect(page("World Health Organization", [citation]).source).toBe("World Health Organization");
    // Middle East Eye's French edition, named without the edition's words in the site's note below the article.
    const mee = page("Middle East Eye édition française", ["Cet article est disponible en anglais sur Middle East Eye."]);
    expect(mee.source).toBe("Middle East Eye");
    expect(reasonsOf(mee).get("Middle East Eye édition française")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // The Washington Institute, as the box about the writer names it; the name in full is the source.
    const institute = "The Washington Institute for Near East Policy";
    expect(page(institute, ["About the Author", "Jane Doe is a senior fellow at The Washington Institute."]).source).toBe(institute);
    // Iraq's parliament, its name in Arabic and in English on top, the English one in the footer.
    const parliament = page("مجلس النواب العراقي\nCouncil of Representatives of Iraq", ["Media Directorate", "Council of Representatives", "Print", "Share"]);
    expect(parliament.source).toBe("Council of Representatives of Iraq");
    // Named only within a longer name, or nowhere again, the name on top is no source; a copyright's holder is.
    expect(page(institute, ["Jane Doe is a senior fellow at The Washington Post."]).source).toBeUndefined();
    expect(page("Middle East Eye édition française", []).source).toBeUndefined();
    expect(page("Middle East Matters", ["Welcome to Middle East Matters.", "© 2026 Town Radio Ltd"]).source).toBe("Town Radio");
  });

  it("reads a logo's picture label on top (`The Times logo`) as the site's name the date line ends on, and a section path between bars", () => {
    const top = ["The Times logo", "Sign in", "Subscribe", "News", "World", "Business", "Sport", "WORLD | MIDDLE EAST"];
    const header = ["Minister opens new bridge over the river", "Jane Doe, Middle East Correspondent", "Friday March 12 2021, 12.01am GMT, The Times"];
    const lead = "The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.";
    const { frontMatter, body } = article([...top, ...header, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ source: "The Times", section: "Middle East", author: "Jane Doe", date: "2021-03-12" });
    expect(reasonsOf(frontMatter).get("WORLD | MIDDLE EAST")).toBe("the path to the article's section (its last label kept as section)");
    expect(body.trim()).toBe(lead);
    // A bar between two labels the menu above names neither of is no path to a section.
    expect(article([...top.slice(0, -1), "IRAQ | SYRIA", ...header, lead, ""].join("\n")).frontMatter.section).toBeUndefined();
  });

  it("reads a writer's own newsletter: its name on top the source, not the section, the copyright the writer's", () => {
    const post = `Musings on Iraq\nSubscribe\nSign in\n${STORY.replace("World\n\n", "").replace("By Jane Doe", "Jane Doe")}\n© 2026 Jane Doe\n`;
    const { frontMatter } = article(post);
    expect(frontMatter).toMatchObject({ source: "Musings on Iraq", author: "Jane Doe" });
    expect(frontMatter.section).toBeUndefined();
    expect(reasonsOf(frontMatter).get("Musings on Iraq")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // Another's copyright is the publication's, as before.
    expect(article(post.replace("© 2026 Jane Doe", "© 2026 The Town Courier")).frontMatter.source).toBe("The Town Courier");
  });

  it("reads the site's licence, naming the site, as its copyright: the site's name on the page's first line is the source", () => {
    const licence = "The Town Courier by TTC is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.";
    const page = `The Town Courier\nCreating New Perspectives since 2009\nHome\nNews\nWorld\n${STORY.replace("World\n\n", "")}\nCreative Commons License\n${licence}\n`;
    const { frontMatter, body } = article(page);
    expect(frontMatter.source).toBe("The Town Courier");
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    // A licence of the text alone names no site.
    const wiki = article(`${STORY}\nText is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.\n`);
    expect(wiki.frontMatter.source).toBeUndefined();
    expect(wiki.body.trimEnd()).toMatch(/at the ceremony\.$/);
  });

  it("reads a byline of the outlet's initials (`By JT`) as the site's name on top that they spell out, not a source of their own", () => {
    const lead =
      "AMMAN — Jordan and Iraq on Sunday signed a memorandum of understanding to keep negotiations on the long-delayed Basra-Aqaba oil " +
      "pipeline going until the end of 2027, officials said.";
    const said = "Kharabsheh told The Jordan Times that the project \"remains a strategic priority for both countries\".";
    const menu = ["Tuesday, Dec 8, 2026", "Local", "Region", "Business", "Opinion", "Sports", "Search", "Region"];
    const headline = "Iraq, Jordan sign deal to extend Basra-Aqaba pipeline talks to 2027";
    const page = (site: string, byline: string) =>
      article([site, ...menu, headline, byline, "- Dec 06,2026 - Last updated at Dec 06,2026", lead, said, ""].join("\n")).frontMatter;
    const jordan = page("The Jordan Times", "By JT");
    expect(jordan).toMatchObject({ source: "The Jordan Times", section: "Region", date: "2026-12-06" });
    expect(reasonsOf(jordan).get("The Jordan Times")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // Its small words' letters too (`TOI`).
    expect(page("The Times of India", "By TOI").source).toBe("The Times of India");
    // Initials the name on top does not spell, and a news agency's, are the source as printed.
    expect(page("Amman Daily", "By JT").source).toBe("JT");
    expect(page("Iraqi News Agency", "By INA").source).toBe("INA");
  });

  it.each([
    ["Source: Al Mayadeen English + Agencies", "Al Mayadeen English"],
    ["Source: Al Mayadeen English / agencies", "Al Mayadeen English"],
    ["Source: Al Mayadeen English with AFP", "Al Mayadeen English"],
    ["Source: AFP and Reuters", "AFP and Reuters"],
  ])("reads the outlet of a credit line that names the wires whose copy it ran too (%s)", (credit, source) => {
    const site = "Al Mayadeen English";
    const menu = ["Live", "News", "Politics", "Opinion", "Analysis", "Culture", "Sports", "Video", `Follow ${site}`, "Politics"];
    const text = [
      "A US drone strike on Saturday killed a senior commander of the Popular Mobilization Forces (PMU) and two of his companions near " +
        "Jurf al-Nasr, south of Baghdad, security sources told Al Mayadeen.",
      "Iraq's Joint Operations Command described the strike as \"a flagrant violation of Iraqi sovereignty\".",
    ];
    const page = [site, ...menu, "US drone strike kills PMU commander in Jurf al-Nasr", credit, "Today 14:32", "2 Min Read", ...text, ""];
    const { frontMatter, body } = article(page.join("\n"));
    expect(frontMatter.source).toBe(source);
    expect(body).toMatch(/^A US drone strike/);
  });

  it("reads the outlet whose web address the page gives as the source, named as its text writes it", () => {
    const quote = "Mohammad Ali Khatibi, a former Iranian representative to OPEC, told IranWire that the system was \"expensive but reliable.\"";
    const page = (url: string, said = quote) => article(`${url}\n${STORY.replace("World\n\n", "")}\n${said}\n`).frontMatter;
    const iranwire = page("https://iranwire.com/en/features/2026/12/06/kharg-island-exports-sanctions/");
    expect(iranwire).toMatchObject({ source: "IranWire", url: "https://iranwire.com/en/features/2026/12/06/kharg-island-exports-sanctions/" });
    // The host's name before its country's domain, not a subdomain's; its words spaced as the text spaces them.
    expect(page("https://www.bbc.co.uk/news/world-middle-east-67523081", "A spokesman told the BBC that talks would go on.").source).toBe("BBC");
    expect(page("https://english.alarabiya.net/News/middle-east/2026/12/06/talks", "A spokesman told Al Arabiya that talks would go on.").source).toBe("Al Arabiya");
    // A host whose name the text does not write gives none.
    expect(page("https://www.example.com/2026/12/06/kharg-island").source).toBeUndefined();
  });

  it("reads the outlet a note on the writer below the article names as theirs as the source, where nothing else names one", () => {
    const page = (note: string) => article(`${STORY}\nNotes\n1. Kpler and Vortexa data, accessed December 4, 2026.\n${note}\n`).frontMatter;
    const noted = page("Jane Doe is IranWire's energy correspondent.");
    expect(noted).toMatchObject({ source: "IranWire", author: "Jane Doe" });
    expect(reasonsOf(noted).get("Jane Doe is IranWire's energy correspondent.")).toBe("a note about the writer, after the article");
    expect(page("Jane Doe is The Times’s Baghdad bureau chief.").source).toBe("The Times");
    // A note on another writer names no outlet of this article's.
    expect(page("John Smith is IranWire's energy correspondent.").source).toBeUndefined();
  });

  it("leaves out the standfirst printed again above the article's text, below the byline and the photo", () => {
    const standfirst = "DÉCRYPTAGE - Après des mois de négociations, les Forces démocratiques syriennes ont accepté de fondre leurs unités dans l'armée.";
    const page = [
      "International",
      "Syrie : les Kurdes et Damas signent un accord sur l'intégration des FDS dans l'armée",
      standfirst,
      "Par Georges Malbrunot",
      "Publié le 02/12/2026 à 18:45",
      "Des combattants des Forces démocratiques syriennes (FDS) à Raqqa, en 2025. DELIL SOULEIMAN / AFP",
      standfirst,
      "C'est un accord que beaucoup jugeaient impossible il y a encore un an, disent les diplomates réunis à Damas mardi.",
      "Selon une source diplomatique française, le document prévoit un commandement régional dans le nord-est du pays.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter.summary).toBe(standfirst.replace("DÉCRYPTAGE - ", ""));
    expect(body).not.toContain("Après des mois");
    expect(body).toMatch(/\n\nC'est un accord que beaucoup/);
    expect(frontMatter.removed?.filter(({ text }) => text === standfirst).map(({ reason }) => reason)).toEqual([
      "standfirst (kept as summary, without the label of the article's kind)",
      "the standfirst printed again, above the article's text",
    ]);
  });

  it("reads a byline and its date on one line after the outlet's initials, the family name in capitals as a name", () => {
    const page = (byline: string) =>
      article(
        [
          "MOYEN-ORIENT - Irak",
          "À Bagdad, les factions pro-iraniennes face au dilemme d'un désarmement",
          "Sous la pression de Washington, le gouvernement de Mohammad Chia el-Soudani tente de convaincre les Hachd al-Chaabi de rendre leurs armes lourdes.",
          byline,
          "Les factions armées irakiennes proches de l'Iran accepteront-elles un jour de rendre leurs armes ? La question, longtemps taboue à Bagdad, est désormais posée ouvertement.",
          "« Il ne s'agit pas d'un désarmement, mais d'une réorganisation », assure Fadel al-Fatlawi, député de l'alliance Fateh.",
        ].join("\n"),
      );
    // L'Orient-Le Jour's.
    const { frontMatter, body } = page("OLJ / Par Caroline HAYEK, le 06 décembre 2026 à 00h00");
    expect(frontMatter).toMatchObject({ author: "Caroline Hayek", date: "2026-12-06", language: "fr" });
    expect(frontMatter.summary).toMatch(/^Sous la pression de Washington/);
    expect(frontMatter.organizations).not.toEqual(expect.arrayContaining(["OLJ"]));
    expect(body).not.toMatch(/OLJ|HAYEK/);
    // Without the initials; the date on a line of its own; two writers, each family name in capitals.
    expect(page("Par Caroline Hayek, le 06 décembre 2026 à 00h00").frontMatter).toMatchObject({ author: "Caroline Hayek", date: "2026-12-06" });
    expect(page("Par Jean-Pierre PERRIN et Caroline HAYEK\nle 06 décembre 2026").frontMatter).toMatchObject({
      author: "Jean-Pierre Perrin et Caroline Hayek",
      date: "2026-12-06",
    });
  });

  it("reads a lone `Comment` over the headline of an opinion page as its kicker, below the section the menu names again", () => {
    const menu = "The National\nUAE\nWorld\nBusiness\nOpinion\nSport\nSubscribe\n";
    const page = (labels: string) => article(`${menu}\n${labels}\n\n${STORY.replace("World\n\n", "")}`);
    const { frontMatter } = page("Opinion\nComment");
    expect(frontMatter).toMatchObject({ section: "Opinion", title: "Minister opens new bridge over the river" });
    expect(reasonsOf(frontMatter).get("Comment")).toBe("the kicker above the headline, below the section's label");
    // A comment section's controls stay chrome.
    const controls = article(`${STORY}\nComments (12)\nLeave a comment\n`);
    expect(controls.body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(controls.frontMatter).get("Comments (12)")).toBeDefined();
  });

  it("gives a logo in capitals as the page writes the name in its text or footer, else a name of words in title case", () => {
    const page = (footer: string) => article(`CORRIERE DELLA SERA\nMenu\nCerca\nEsteri\nEsteri\n${STORY.replace("World\n\n", "")}\n${footer}`).frontMatter;
    expect(page("Corriere della Sera\n© RIPRODUZIONE RISERVATA\n").source).toBe("Corriere della Sera");
    expect(page("Newsletter\n").source).toBe("Corriere Della Sera");
    expect(page("The minister told the Corriere della Sera that the bridge was paid for.\n").source).toBe("Corriere della Sera");
    // The line is recorded as the page prints it.
    expect(page("Newsletter\n").removed?.[0]).toMatchObject({ text: "CORRIERE DELLA SERA", reason: expect.stringMatching(/kept as source/) });
    // One word in capitals may be the name itself.
    expect(article(`BBC\nMenu\nSearch\nWorld\nWorld\n${STORY.replace("World\n\n", "")}`).frontMatter.source).toBe("BBC");
  });

  it("reads the site's name from a logo that prints its tagline after it, the words that spell the host's name", () => {
    const capture = "The Wayback Machine - https://web.archive.org/web/20261130142211/https://www.iom.int/news/bridge";
    const page = (logo: string) => article(`${capture}\n${logo}\nWho We Are\nOur Work\nNews\n${STORY.replace("World\n\n", "")}`).frontMatter;
    const { source, removed } = page("IOM UN Migration");
    expect(source).toBe("IOM");
    expect(removed?.find(({ text }) => text === "IOM UN Migration")?.reason).toBe(
      "the site's name, on the page's first line above its menu (kept as source)",
    );
    // A label whose first words spell no host's name is no logo.
    expect(page("Migration News Today").source).toBeUndefined();
  });

  it("reads the site's name on the page's first line right above its controls (`Menu`, `Sign in`) as the source", () => {
    const page = (top: string) => article(`${top}\nMenu\nWeekly edition\nSearch\n${STORY}`).frontMatter;
    expect(page("The Economist")).toMatchObject({ source: "The Economist", title: "Minister opens new bridge over the river" });
    expect(reasonsOf(page("The Economist")).get("The Economist")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // A label of more than a name's words, or a line below which no control stands, is still a menu's.
    expect(page("Read the latest news from the region").source).toBeUndefined();
    expect(article(`The Economist\nWeekly edition\n${STORY}`).frontMatter.source).toBeUndefined();
    // A label the header reads as the article's section stays its section.
    const section = article(`Politics\nMenu\n${STORY.replace("World\n\n", "")}`).frontMatter;
    expect(section).toMatchObject({ section: "Politics" });
    expect(section.source).toBeUndefined();
  });

  it("reads the badge of the outlet whose story a portal carries (`The Independent` / `Follow` above the headline) as the source", () => {
    const portal = (badge: string, lead: string) =>
      [
        ...["Microsoft Start", "Feedback", "Sign in", "News", "Money", "Weather", badge, "Follow"],
        "Iraq's marshes dry up as Tigris flow hits record low",
        "Story by Bel Trew",
        "• 5h • 4 min read",
        lead,
        "Water levels in the central marshes have fallen by more than a metre since the spring, the water directorate said.",
        "Trending Now",
        "Taylor Swift announces new world tour dates",
        '"We used to fish here all year round. Now there is nothing left," said Raad Hashim, a fisherman.',
        "Continue reading",
        "More for You",
        "Sponsored Content",
        "Seniors Are Ditching Their Phone Plans For This Cheap Alternative",
        "Comments",
      ].join("\n");
    const lead = "Fishermen in the Chibayish marshes of southern Iraq say they have never seen the water so low.";
    const { frontMatter, body } = article(portal("The Independent", lead));
    expect(frontMatter).toMatchObject({ source: "The Independent", author: "Bel Trew", summary: lead });
    expect(reasonsOf(frontMatter).get("The Independent")).toBe("the badge of the outlet whose story the portal carries (kept as source)");
    // The portal's line of the story's age and reading time, its trending headline and its boxes below are its own.
    expect(body).toMatch(/^Fishermen in the Chibayish marshes/);
    expect(body).not.toMatch(/min read|Taylor Swift|More for You|Seniors/);
    expect(body.trimEnd()).toMatch(/said Raad Hashim, a fisherman\.$/);
    // A wire story's dateline, the dash against the lead's first word as Reuters prints it, names the agency too.
    const wire = article(portal("Reuters", "BAGHDAD (Reuters) -Iraq's central bank will cap daily dollar sales to banks, it said on Monday.")).frontMatter;
    expect(wire).toMatchObject({ source: "Reuters", summary: "Iraq's central bank will cap daily dollar sales to banks, it said on Monday." });
    // Below the headline, a name with a follow button is the writer's: no outlet's badge.
    const medium = article(`Iraq's marshes dry up as Tigris flow hits record low\nBel Trew\nFollow\n${lead}\n`).frontMatter;
    expect(medium.source).toBeUndefined();
  });

  it("reads the outlet's name the page prints on top over its copyright's company, and no word of a footer's link", () => {
    const page = (top: string, end: string) => article(`${top}\n${STORY}\n${end}\n`).frontMatter;
    // Above its controls, the company that holds the copyright named after it or not.
    expect(page("Haaretz\nSubscribe\nLog in", "© Haaretz Daily Newspaper Ltd. All Rights Reserved").source).toBe("Haaretz");
    expect(page("Axios\nSign in", "© 2026 Axios Media").source).toBe("Axios");
    // Named again in the footer, above its links and the owner's copyright.
    const sabah = page("DAILY SABAH\nPolitics\nEconomy", "DAILY SABAH\nABOUT US\nCONTACT\nTERMS OF USE\n© Turkuvaz Haberleşme ve Yayıncılık 2026");
    // Its logo in capitals, named as a reader writes it (logoAsWritten).
    expect(sabah.source).toBe("Daily Sabah");
    // The logo's address on top, the name it spells below it.
    const gulf = page("gulfnews.com\nMenu\nGulf News\nHome\nUAE", "© Al Nisr Publishing LLC 2026. All rights reserved.");
    expect(gulf.source).toBe("Gulf News");
    // The same name written two ways: the copyright's.
    expect(page("ARAB NEWS\nMenu", "Copyright © 2026 Arab News. All rights reserved.").source).toBe("Arab News");
    // A logo in capitals over its company's name in capitals (`PVT LTD`), which names no publication: the logo's name
    // as the text writes it.
    const told = "Several of the workers told The Hindu that their passports had been held by the employer.";
    const copyright = "Copyright© 2026, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.";
    const masthead = ["THE HINDU", "e-Paper", "Subscribe", "Sign in", "India", "World", "Business", "Home / News / World"];
    const headline = "Iraqi Kurdistan: 42 Indian workers stranded without pay return home";
    const dateLine = "Published - February 03, 2026 09:05 pm IST - NEW DELHI";
    const lead = "Forty-two Indian workers stranded in Iraq's Kurdistan region without pay for seven months returned home on Tuesday.";
    const hindu = article([...masthead, headline, dateLine, "Suhasini Haidar", lead, told, copyright, ""].join("\n")).frontMatter;
    expect(hindu).toMatchObject({ title: headline, author: "Suhasini Haidar", source: "The Hindu" });
    // A footer's link to the site's terms names no holder.
    expect(article(`${STORY}\nContact Us\nPrivacy Policy\nCopyright Information\nFOIA\n`).frontMatter.source).toBeUndefined();
  });

  it("reads the site's name on top, above its menu, as the source when the footer's copyright names the company after it", () => {
    const page = (top: string, end: string) => article(`${top}\nMundo\nMédio Oriente\n${STORY}\nFicha técnica\n${end}\n`).frontMatter;
    expect(page("PÚBLICO", "© 2026 PÚBLICO Comunicação Social SA").source).toBe("PÚBLICO");
    expect(page("Frankfurter Allgemeine\nZeitung für Deutschland", "Alle Rechte vorbehalten. © Frankfurter Allgemeine Zeitung GmbH 2026").source).toBe(
      "Frankfurter Allgemeine",
    );
    expect(page("Коммерсантъ", "© АО «Коммерсантъ», 2026").source).toBe("Коммерсантъ");
    // Whole words only: a company whose name runs on from the label's letters names another.
    expect(page("Publi", "© 2026 Publicidade Editorial SA").source).toBeUndefined();
  });

  it("reads a government site's name above its banner, a holder after the reserved rights, a name above a log-in in Polish", () => {
    const banner = "An official website of the United States government\nHere's how you know\nHome\nAbout";
    expect(article(`U.S. Central Command\n${banner}\n${STORY}`).frontMatter.source).toBe("U.S. Central Command");
    expect(article(`U.S. Department of State\n${banner}\n${STORY}`).frontMatter.source).toBe("U.S. Department of State");
    const irna = article(`${STORY}\nAbout us\nAll rights reserved for Islamic Republic News Agency. Copyright 2026\n`);
    expect(irna.frontMatter.source).toBe("Islamic Republic News Agency");
    expect(irna.body).not.toContain("rights reserved");
    const polish = article(`Rzeczpospolita\nZaloguj się\nSubskrybuj\nKraj\nŚwiat\n${STORY}\n© Copyright by Gremi Media SA\n`);
    expect(polish.frontMatter.source).toBe("Rzeczpospolita");
  });

  it("reads a channel's name above its count of subscribers as the post's header, an outlet's the source", () => {
    const post = "Erbil International Airport suspended all flights for two hours on Friday night after a drone was spotted.\n";
    const { frontMatter, body } = article(`Rudaw English\n12.4K subscribers\n${post}`);
    expect(frontMatter.source).toBe("Rudaw English");
    expect(body).toBe(post);
    expect(reasonsOf(frontMatter).get("12.4K subscribers")).toBe("the social post's header, not article text");
  });

  it("reads a section's label printed again in capitals above the headline as the section, as the menu writes it", () => {
    const menu = "TASS\nRussian News Agency\nPolitics\nWorld\nBusiness & Economy\nMilitary & Defense\nScience & Space\nSports\nWORLD\n";
    const { frontMatter } = article(`${menu}${STORY.replace("World\n\n", "")}`);
    expect(frontMatter).toMatchObject({ section: "World", title: "Minister opens new bridge over the river" });
    expect(reasonsOf(frontMatter).get("WORLD")).toBe("section label (kept as section)");
  });

  it("reads the section from the menu's path over a longer kicker, one set apart below the site's name, or a path in one label", () => {
    const headline = STORY.replace("World\n\n", "");
    // tagesschau's menu, then the path `Ausland` / `Asien`, the date, and the kicker above the headline.
    const menu = "tagesschau\nStartseite\nInland\nAusland\nWirtschaft\nWissen\nAusland\nAsien\nStand: 05.12.2026 14:22 Uhr\n";
    const tagesschau = article(`${menu}Türkische Luftangriffe im Nordirak\n${headline}`).frontMatter;
    expect(tagesschau.section).toBe("Asien");
    expect(reasonsOf(tagesschau).get("Türkische Luftangriffe im Nordirak")).toBe("the kicker above the headline, below the path to the section");
    // Arab News' name, its page's short address, and the section right above the headline.
    expect(article(`Arab News\nhttps://arab.news/p7x3k\nMiddle-East\n${headline}`).frontMatter.section).toBe("Middle-East");
    // L'Orient-Le Jour's menu, then `MOYEN-ORIENT - Irak` above the headline: the menu's section, then its own.
    const lorient = "L'Orient-Le Jour\nLiban\nMoyen-Orient\nMonde\nÉconomie\nMOYEN-ORIENT - Irak\n";
    expect(article(`${lorient}${headline}`).frontMatter.section).toBe("Irak");
  });

  it("reads the section a menu ends on, printed again below it, not the tag or series after it", () => {
    const headline = STORY.replace("World\n\n", "");
    // The Guardian's menu ending on `Obituaries`, then `Obituaries` again and the series `Iraq` above the headline.
    const menu = "The Guardian\nNews\nOpinion\nSport\nCulture\nWorld\nUK\nBusiness\nObituaries\n\nObituaries\nIraq\n";
    const guardian = article(`${menu}${headline}`).frontMatter;
    expect(guardian.section).toBe("Obituaries");
    expect(reasonsOf(guardian).get("Iraq")).toBe("a tag or series of the article's, below its section's label");
    // Reuters' menu, then `World` again and `Middle East`: the path to the section, its last label the section.
    const reuters = "Reuters home\nWorld\nBusiness\nMarkets\nSustainability\nLegal\nMore\n\nWorld\nMiddle East\n";
    expect(article(`${reuters}${headline}`).frontMatter.section).toBe("Middle East");
  });

  it("reads no section from a menu that names an item again at its end, its search and sign-in between it and the headline", () => {
    const menu = "Live\nNews\nMiddle East\nAfrica\nOpinion\nSport\nMore\nLive\nSearch\nSign up\nClick here to search\n";
    const { frontMatter } = article(`${menu}${STORY.replace("World\n\n", "")}`);
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    expect(frontMatter.section).toBeUndefined();
    // Set apart from the menu, its label is the section, a control between it and the headline or not.
    const apart = "The National\nUAE\nWorld\nOpinion\nSport\nSubscribe\n\nOpinion\nComment\n\n";
    expect(article(`${apart}${STORY.replace("World\n\n", "")}`).frontMatter.section).toBe("Opinion");
  });

  it("reads no section from a blogging platform's buttons above the headline (`Sign up`, `Write`)", () => {
    const medium = `Open in app\nSign up\nSign in\nWrite\nMember-only story\n${STORY.replace("World\n\n", "")}`;
    const { frontMatter } = article(medium);
    expect(frontMatter.section).toBeUndefined();
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
  });

  it("leaves out the Wayback Machine's toolbar above a page it archived: its capture dates no date, the page's address the url", () => {
    const toolbar = [
      "The Wayback Machine - https://web.archive.org/web/20261130142211/https://www.courier.example/news/bridge",
      "Go",
      "NOV\tDEC\tJAN",
      "30",
      "2025\t2026\t2027",
      "3 captures",
      "28 Nov 2026 - 02 Dec 2026",
      "About this capture",
      "COLLECTED BY",
      "Organization: Archive Team",
      "Formed in 2009, the Archive Team is a rogue archivist collective dedicated to saving copies of rapidly dying or deleted websites.",
      "TIMESTAMPS",
    ].join("\n");
    const { frontMatter, body } = article(`${toolbar}\n${STORY}`);
    expect(frontMatter).toMatchObject({
      title: "Minister opens new bridge over the river",
      section: "World",
      date: "2021-03-12",
      url: "https://www.courier.example/news/bridge",
    });
    expect(body).toMatch(/^The minister of transport/);
    expect(reasonsOf(frontMatter).get("COLLECTED BY")).toBe("the Wayback Machine's toolbar above the page it archived, not article text");
  });

  it("reads a forwarded newsletter: its subject after its name the title, the name on top the section, the sender the source, and its items' headlines as subheads", () => {
    const item = (headline: string, text: string) => `${headline}\n${text}\nRead more\n`;
    const email = [
      "---------- Forwarded message ---------",
      "From: Kurdistan24 Newsletter <newsletter@kurdistan24.net>",
      "Date: Thu, Feb 19, 2026 at 7:02 AM",
      "Subject: Morning Brief: KRG cabinet approves 2026 budget plan",
      "To: <archive@example.org>",
      "",
      "Kurdistan24",
      "MORNING BRIEF",
      "Thursday, February 19, 2026",
      "",
      "Good morning. Here is what you need to know today.",
      "",
      item("KRG cabinet approves 2026 budget plan", "The Council of Ministers on Wednesday approved the draft 2026 budget plan and sent it to Baghdad."),
      item("Erbil International Airport to double capacity", "Erbil International Airport will begin construction of a second terminal in April, its director said."),
    ].join("\n");
    const { frontMatter, body } = article(email);
    expect(frontMatter).toMatchObject({ title: "KRG cabinet approves 2026 budget plan", section: "Morning Brief", source: "Kurdistan24" });
    expect(reasonsOf(frontMatter).get("Kurdistan24")).toBe("the email's sender, printed on top of its text as a masthead (the header gives the source)");
    expect(body).toContain("## Erbil International Airport to double capacity\n\nErbil International Airport will begin");
    expect(body).not.toContain("Read more");
    // A pointer's label between an article's paragraphs still points to the headline below it.
    const pointer = article(`${STORY}\nRead more\nIraq's water reserves fall to a century's low\n\nThe ministry said the bridge cost $40 million.\n`);
    expect(pointer.body).not.toContain("water reserves");
  });

  it("reads a newsletter's plain-text part: its links' addresses and tracking pixel out, its banner not the headline, its footer chrome", () => {
    const email = [
      "From: Al-Monitor <newsletters@al-monitor.com>",
      "Date: Tue, Dec 1, 2026 at 7:02 AM",
      "Subject: Gulf Briefing: Saudi Arabia courts Baghdad as Iraq's new government takes shape",
      "To: archive@newsarchive.example",
      "",
      "View in browser <https://click.al-monitor.com/?qs=8f2a1c9e4b7d>",
      "",
      "AL-MONITOR",
      "GULF BRIEFING",
      "Tuesday, December 1, 2026",
      "By Elizabeth Hagedorn",
      "",
      "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Baghdad on Monday for his first visit since the new cabinet was approved.",
      "Saudi officials are keen to offer Baghdad alternatives to Iranian gas and electricity. <https://click.al-monitor.com/?qs=1b4e7c2a>",
      "",
      "Know someone who would like this newsletter? Forward it, or they can sign up here <https://click.al-monitor.com/?qs=7d1a4e9b>",
      "",
      "Follow us",
      "Twitter <https://click.al-monitor.com/?qs=3f8c> | Facebook <https://click.al-monitor.com/?qs=6a2d>",
      "",
      "Unsubscribe <https://click.al-monitor.com/?qs=4c9f> | Manage preferences <https://click.al-monitor.com/?qs=1d6a>",
      "Al-Monitor, 1150 18th Street NW, Suite 700, Washington, DC 20036",
      "<https://click.al-monitor.com/open?qs=e3b9a7c1>",
    ].join("\n");
    const { frontMatter, body } = article(email);
    expect(frontMatter).toMatchObject({
      title: "Saudi Arabia courts Baghdad as Iraq's new government takes shape",
      section: "Gulf Briefing",
      source: "Al-Monitor",
      author: "Elizabeth Hagedorn",
      date: "2026-12-01",
    });
    expect(body).toBe(
      "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Baghdad on Monday for his first visit since the new cabinet was approved.\n\n" +
        "Saudi officials are keen to offer Baghdad alternatives to Iranian gas and electricity.\n",
    );
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("GULF BRIEFING")).toBe("the newsletter's name on top of its text, as the email's subject opens with it (kept as section)");
    expect(reasons.get("<https://click.al-monitor.com/open?qs=e3b9a7c1>")).toMatch(/^a link's address alone in the email's text/);
  });

  it("reads a press release's kind and issuer above its title, and its number in the issuer's series, as neither title nor section", () => {
    const release = [
      "HUDOC - European Court of Human Rights",
      "English",
      "Français",
      "Search",
      "Advanced search",
      "Press releases",
      "ECHR 318 (2026)",
      "01.12.2026",
      "Press release issued by the Registrar of the Court",
      "Removal from office of elected Kurdish mayors breached the Convention",
      "In today’s Chamber judgment in the case of Bucak and Others v. Türkiye the European Court of Human Rights held, unanimously, that there had been a violation of Article 3 of Protocol No. 1.",
      "The case concerned the removal from office of 14 mayors elected in the March 2024 local elections in south-eastern Türkiye.",
      "Press contacts",
      "echrpress@echr.coe.int | tel.: +33 3 90 21 42 08",
      "Neil Connolly (tel: + 33 3 90 21 48 05)",
    ].join("\n");
    const { frontMatter, body } = article(release);
    expect(frontMatter.title).toBe("Removal from office of elected Kurdish mayors breached the Convention");
    expect(frontMatter.section).not.toMatch(/ECHR/i);
    expect(frontMatter.date).toBe("2026-12-01");
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Press release issued by the Registrar of the Court")).toBe("what the document is and who issued it, above its title");
    expect(reasons.get("ECHR 318 (2026)")).toBe("the release's number in its issuer's series, above its title");
    expect(body).toMatch(/^In today’s Chamber judgment/);
    expect(body).not.toMatch(/Press contacts|echrpress|Connolly/);
  });

  it("reads a court's press release: the court its number names the source, `no.` before a number no sentence end, no note's mark in a word", () => {
    const lead =
      "In today’s Chamber judgment1 in the case of Demir v. Turkey, which concerned the pre-trial detention of a journalist " +
      "(application no. 23456/20), the European Court of Human Rights held, unanimously, that there had been a violation of Article 10.";
    const note = "1 Chamber judgments are not final. During the three-month period following a Chamber judgment’s delivery, any party may request that the case be referred to the Grand Chamber.";
    const release = [
      "ECHR 312 (2026)",
      "01.12.2026",
      "Press release issued by the Registrar of the Court",
      "Detention of journalist after coup attempt breached his freedom of expression",
      lead,
      "The Court found, as Art. 5 § 1 (c) requires and paras. 45-47 of its judgment in Alpay v. Turkey (no. 16538/17) set out, no reasonable suspicion.",
      "The European Court of Human Rights was set up in Strasbourg by the Council of Europe Member States in 1959 to deal with alleged violations of the 1950 European Convention on Human Rights.",
      note,
    ].join("\n\n");
    const { frontMatter, body } = article(release);
    const unmarked = lead.replace("judgment1", "judgment");
    expect(frontMatter.summary).toBe(unmarked);
    // The court its release number's initials abbreviate, as the text names it.
    expect(frontMatter.source).toBe("European Court of Human Rights");
    expect(body.startsWith(unmarked)).toBe(true);
    expect(body).toContain("paras. 45-47 of its judgment in Alpay v. Turkey (no. 16538/17) set out");
    // The note is kept, its number and all.
    expect(body.trimEnd().endsWith(note)).toBe(true);
    // Without the note at the end, a digit run into a word is the text's.
    expect(article(release.replace(`\n\n${note}`, "")).frontMatter.summary).toBe(lead);
    // `no.` before anything but a number ends its sentence.
    const answer = "Asked whether Baghdad would pay the region's salaries before the holiday, the minister of finance said no.";
    expect(article(withBody(`${answer} The Kurdistan Region's ministry said it would borrow to pay them.`)).frontMatter.summary).toBe(answer);
  });

  it("reads a story's draft: its headline below the desk's status, the desk its section, and the editors' comments and web notes left out", () => {
    const draft = [
      "Draft — Kirkuk council vote — DO NOT PUBLISH before editor sign-off",
      "Last edited by Dana Taib Menmy on 9 Dec 2026",
      "",
      "Kirkuk council elects Arab governor as Kurdish parties walk out",
      "",
      "Slug: kirkuk-governor-vote",
      "Desk: Iraq",
      "Words: 740",
      "Status: copy edited (SH)",
      "",
      "By Dana Taib Menmy",
      "",
      "The Kirkuk provincial council on Tuesday elected Rakan Saeed al-Jubouri as governor for a second time, after Kurdish members boycotted the session.",
      "",
      "[Comment: Dana, can we confirm the 9 of 16? Rudaw says 9, Shafaq 10. — SH]",
      "[Reply: confirmed with council secretary, 9. — DTM]",
      "",
      "[Suggestion: add line on Article 140 — SH]",
      "Article 140 of Iraq's constitution, which provides for a census and referendum on Kirkuk, has never been implemented.",
      "",
      "---",
      "Notes for web:",
      "SEO title: Kirkuk governor vote: Arab candidate elected as Kurds boycott",
      "Tags: Kirkuk, KDP, PUK, Iraq",
    ].join("\n");
    const { frontMatter, body } = article(draft);
    expect(frontMatter).toMatchObject({ title: "Kirkuk council elects Arab governor as Kurdish parties walk out", section: "Iraq", author: "Dana Taib Menmy" });
    expect(body).toBe(
      "The Kirkuk provincial council on Tuesday elected Rakan Saeed al-Jubouri as governor for a second time, after Kurdish members boycotted the session.\n\n" +
        "Article 140 of Iraq's constitution, which provides for a census and referendum on Kirkuk, has never been implemented.\n",
    );
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("[Reply: confirmed with council secretary, 9. — DTM]")).toBe("an editor's comment on the draft, not article text");
    expect(reasons.get("Words: 740")).toBe("the draft's facts for the desk (slug, length, status), not article text");
    expect(reasons.get("SEO title: Kirkuk governor vote: Arab candidate elected as Kurds boycott")).toMatch(/^the draft's notes for the web desk/);
    expect(frontMatter.organizations ?? []).not.toContain("SH");
  });

  it("reads a draft's note of its photo, the caption and the credit after it, as the photo's caption", () => {
    const draft = [
      "Draft — Sinjar road clashes — DO NOT PUBLISH before editor sign-off",
      "Last edited by Sara Mendes on 3 Dec 2026",
      "",
      "Kurdish forces close Sinjar road after clashes",
      "",
      "Slug: sinjar-road-clashes",
      "Desk: Iraq",
      "Words: 520",
      "",
      "By Sara Mendes",
      "",
      "Photo: Kurdish Peshmerga at a checkpoint. Credit: Safin Hamed/AFP",
      "",
      "Kurdish Peshmerga forces closed the main road between Duhok and Sinjar on Wednesday after overnight clashes with a local armed group, officials said.",
      "",
      "[Comment: which armed group? can we name it? — HK]",
      "",
      "The clashes began late on Tuesday near a checkpoint outside the town of Snuny and lasted several hours, according to two security officials.",
    ].join("\n");
    const { frontMatter, body } = article(draft);
    expect(frontMatter).toMatchObject({ title: "Kurdish forces close Sinjar road after clashes", section: "Iraq", author: "Sara Mendes" });
    expect(body).toMatch(/^::: figure\nKurdish Peshmerga at a checkpoint\.\n\n_Safin Hamed\/AFP_\n:::\n\nKurdish Peshmerga forces closed/);
    expect(frontMatter.summary).toMatch(/^Kurdish Peshmerga forces closed the main road/);
    expect(frontMatter.removed?.some(({ text }) => text.startsWith("Photo:"))).toBe(false);
  });

  it("reads a photo agency's page of one photo: its title, the caption the text, the photographer and agency from the credit", () => {
    const page = [
      "Getty Images",
      "Creative",
      "Editorial",
      "Search editorial images",
      "News Photo",
      "Syrian Kurds Mark Anniversary Of Kobani Defence",
      "KOBANI, SYRIA - DECEMBER 01: Syrian Kurdish women hold portraits of fighters killed in the battle for Kobani during a commemoration at the Martyrs' Cemetery on December 1, 2026 in Kobani, Syria. Hundreds gathered in the northern Syrian town near the Turkish border to mark the anniversary. (Photo by Delil Souleiman/AFP via Getty Images)",
      "Delil Souleiman / Contributor",
      "Editorial #: 2198745631",
      "Collection: AFP",
      "Date created: December 01, 2026",
      "License type: Rights-managed",
      "Purchase a license",
      "Small \t$175",
      "Add to cart",
      "Similar images",
      "Keywords",
      "Kobani",
      "Syria",
      "DESCRIPTION",
      "Syrian Kurdish women hold portraits of YPJ fighters at the Martyrs' Cemetery in Kobani.",
      "Get help",
      "Terms of use",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "Syrian Kurds Mark Anniversary Of Kobani Defence",
      author: "Delil Souleiman",
      source: "AFP via Getty Images",
      date: "2026-12-01",
    });
    expect(body).toBe(
      "Syrian Kurdish women hold portraits of fighters killed in the battle for Kobani during a commemoration at the Martyrs' Cemetery on December 1, 2026 in Kobani, Syria. Hundreds gathered in the northern Syrian town near the Turkish border to mark the anniversary.\n\n" +
        "Syrian Kurdish women hold portraits of YPJ fighters at the Martyrs' Cemetery in Kobani.\n",
    );
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Add to cart")).toMatch(/^the photo agency's page below the caption/);
    expect(reasons.get("(Photo by Delil Souleiman/AFP via Getty Images)")).toBe("the photo agency's page (kept as author)");
    // The photographer again with their role at the agency: who took the photo, not the catalogue's.
    expect(reasons.get("Delil Souleiman / Contributor")).toBe("the photo agency's page (kept as author)");
    // The agency's credit without a seller names the agency alone; another's name with a role is the catalogue's.
    const own = article(page.replace("AFP via Getty Images)", "Getty Images)").replace("Delil Souleiman / Contributor", "John Moore / Staff"));
    expect(own.frontMatter).toMatchObject({ author: "Delil Souleiman", source: "Getty Images" });
    expect(reasonsOf(own.frontMatter).get("John Moore / Staff")).toMatch(/^the photo agency's page below the caption/);
  });

  it("reads an email's header only with a sender and a subject: a text may open on `From: …`", () => {
    const email = article(`From: "The Courier" <news@courier.example>\nDate: Tue, 14 May 2024 09:02:00 +0000\nSubject: Bridge news\n\n${STORY}`);
    expect(email.frontMatter).toMatchObject({ source: "The Courier", date: "2021-03-12", title: "Minister opens new bridge over the river" });
    const letter = article(`From: the editors\n\n${STORY}`).frontMatter;
    expect(letter.source).toBeUndefined();
    expect(letter.removed?.some((line) => /email/.test(line.reason))).toBe(false);
  });

  it("reads the header of an email passed on below the forwarding mark, its subject without `Fwd:`, no link to its web copy", () => {
    const forwarded =
      "---------- Forwarded message ---------\nFrom: Iraq Business News <newsletter@iraq-businessnews.com>\n" +
      "Date: Thu, Oct 13, 2022 at 6:05 PM\nSubject: Fwd: Iraqi Parliament Elects New President\nTo: <archive@example.org>\n\n\n" +
      "The Iraqi parliament on Thursday elected Abdul Latif Rashid as the country's new president.\n";
    const { frontMatter, body } = article(forwarded);
    expect(frontMatter).toMatchObject({
      title: "Iraqi Parliament Elects New President",
      source: "Iraq Business News",
      date: "2022-10-13",
      time: "18:05",
    });
    expect(body).toMatch(/^The Iraqi parliament on Thursday/);
    expect(reasonsOf(frontMatter).get("---------- Forwarded message ---------")).toBe("the email's header, not article text");
    // A newsletter's link to its copy on the web above its text is no headline, with `your` or without.
    for (const link of ["View in browser", "View this email in your browser"]) {
      const linked = article(forwarded.replace("\n\n\n", `\n\n\n${link}\n\n`));
      expect(linked.frontMatter.title, link).toBe("Iraqi Parliament Elects New President");
      expect(linked.body).not.toContain(link);
    }
    // Its foot: where to follow the sender, and why the reader gets it.
    const foot = "Follow us\nFacebook | X | Instagram | YouTube | Telegram\n\nYou are receiving this email because you subscribed to the Iraq Business News newsletter.\nUnsubscribe | Update preferences\n";
    expect(article(`${forwarded}\n${foot}`).body).toBe("The Iraqi parliament on Thursday elected Abdul Latif Rashid as the country's new president.\n");
  });

  it("reads a social post's header: an outlet's account the source, a person's the author, the day it gives the date", () => {
    const post = "The Iraqi parliament on Thursday elected a new president, ending a year of deadlock.\n";
    const reporter = article(`Jane Arraf ✓\n@janearraf · Oct 13, 2022\n\n${post}`).frontMatter;
    expect(reporter).toMatchObject({ author: "Jane Arraf", date: "2022-10-13" });
    expect(reporter.source).toBeUndefined();
    const page = article(`Rudaw English\nOctober 13, 2022 at 6:05 PM ·\n${post}`).frontMatter;
    expect(page).toMatchObject({ source: "Rudaw English", date: "2022-10-13", time: "18:05" });
    // An organisation's page, its time this year without the year (no date read), a flag before the post's headline.
    const headline = "🇮🇶 Foreign Minister receives UN Special Envoy for Syria";
    const ministry = article(`Ministry of Foreign Affairs - Republic of Iraq\nDecember 2 at 7:15 PM ·\n${headline}\n${post}`).frontMatter;
    expect(ministry).toMatchObject({ source: "Ministry of Foreign Affairs - Republic of Iraq", title: "Foreign Minister receives UN Special Envoy for Syria" });
    expect(ministry.summary).toMatch(/^The Iraqi parliament/);
    expect(ministry).not.toHaveProperty("date");
    expect(ministry).not.toHaveProperty("author");
  });

  it("reads a chat's message passed on: its time the date where the text gives none, its sender no writer, its bold headline", () => {
    const message =
      "[13/10/2022, 18:05] Ali Hassan: *Iraqi parliament elects Abdul Latif Rashid as president*\n\n" +
      "The Iraqi parliament on Thursday elected Abdul Latif Rashid as the country's new president.\n";
    const { frontMatter, body } = article(message);
    expect(frontMatter).toMatchObject({ title: "Iraqi parliament elects Abdul Latif Rashid as president", date: "2022-10-13", time: "18:05" });
    expect(frontMatter.author).toBeUndefined();
    expect(frontMatter.provenance).toEqual({});
    expect(body).toBe("The Iraqi parliament on Thursday elected Abdul Latif Rashid as the country's new president.\n");
    expect(reasonsOf(frontMatter).get("[13/10/2022, 18:05] Ali Hassan:")).toBe("the chat message's time and sender (kept as date)");
    // A date line in the text is the article's; the message was sent when it was.
    const dated = article(message.replace("\n\nThe Iraqi", "\n\nOctober 12, 2022\n\nThe Iraqi")).frontMatter;
    expect(dated.date).toBe("2022-10-12");
  });

  it("reads an outlet's staff above the date line as the byline, the outlet as the source", () => {
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n\n12 March 2021", "Middle East Eye staff\n12 March 2021"));
    expect(frontMatter).toMatchObject({ author: "Middle East Eye staff", source: "Middle East Eye", date: "2021-03-12" });
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads an outlet's readers above the date line, a letters page's byline, as the author, not a subhead", () => {
    const { frontMatter, body } = article(STORY.replace("World", "Letters").replace("By Jane Doe\n\n12 March 2021", "Guardian readers\n\nFri 12 Mar 2021 18.00 GMT"));
    expect(frontMatter).toMatchObject({ author: "Guardian readers", date: "2021-03-12" });
    expect(reasonsOf(frontMatter).get("Guardian readers")).toBe("byline (kept as author)");
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads an Azerbaijani date line, its month by name, and the writer above it; `Paylaş` is a share label", () => {
    const page =
      "Report.az\nSiyasət\nİqtisadiyyat\nDünya\nDünya\nAzərbaycan və İraq arasında birbaşa aviareys açılır\nAynur Məmmədova\n08 sentyabr 2026 11:27\n" +
      "Paylaş\nFacebook\nX\nTelegram\n" +
      "\"Azərbaycan Hava Yolları\" (AZAL) oktyabrın 15-dən etibarən Bakı ilə Bağdad arasında birbaşa müntəzəm reyslərə başlayacaq.\n" +
      "Bu barədə \"Report\"a AZAL-ın mətbuat xidmətindən məlumat verilib. Reyslər həftədə iki dəfə, çərşənbə və bazar günləri həyata keçiriləcək.\n";
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ date: "2026-09-08", time: "11:27", author: "Aynur Məmmədova" });
    expect(reasonsOf(frontMatter).get("Paylaş")).toBe("a prompt to share or react, not article text");
    expect(body).toMatch(/^"Azərbaycan Hava Yolları"/);
    expect(readDateLine("Cümə, 12 dekabr 2025")).toEqual({ date: "2025-12-12" });
  });

  it("reads a newsroom's desk above the date line as the byline, not the article's first paragraph", () => {
    const page =
      "NEWS\nCoast guard rescues 47 migrants off Lesvos\nEight children among those picked up in pre-dawn operation\nWeb desk\n20.01.2026 • 10:42\n" +
      "Greek coast guard vessels picked up 47 migrants from an inflatable dinghy that was taking on water off the island of Lesvos early on Tuesday, authorities said.\n" +
      "Eight children and eleven women were among those rescued, the coast guard said in a statement.\n";
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ author: "Web desk", date: "2026-01-20", summary: "Eight children among those picked up in pre-dawn operation" });
    expect(reasonsOf(frontMatter).get("Web desk")).toBe("byline (kept as author)");
    expect(body).toMatch(/^Greek coast guard/);
  });

  it("names the outlet of a staff byline as its masthead and copyright print it, the staff credit kept as the author", () => {
    const page = (byline: string) =>
      article(`The Times of Malta\nMenu\nSubscribe\n${STORY.replace("By Jane Doe", byline)}\n© 2021 The Times of Malta. All rights reserved.\n`).frontMatter;
    expect(page("By Times of Malta Staff")).toMatchObject({ author: "Times of Malta Staff", source: "The Times of Malta" });
    expect(page("By TOM Staff")).toMatchObject({ author: "TOM Staff", source: "The Times of Malta" });
    // An outlet other than the page's keeps its own name: an agency's staff.
    expect(page("By AFP Staff")).toMatchObject({ source: "AFP" });
  });

  it("reads the publication from a republished article's credit and an agency's notice after the article", () => {
    const source = (line: string) => article(`${STORY}\n${line}\n`);
    const republished = source("This article was originally published on The Conversation. Read the original article.").frontMatter;
    expect(republished.source).toBe("The Conversation");
    expect(republished.removed?.at(-1)?.reason).toMatch(/credit line naming the publication/);
    const notice = "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.";
    expect(source(notice)).toMatchObject({ frontMatter: { source: "Anadolu Agency", organizations: [] } });
    // France 24's signature, with one agency or more.
    expect(source("(FRANCE 24 with AFP and Reuters)").frontMatter).toMatchObject({ source: "FRANCE 24", places: [] });
  });

  it("reads a byline a copy broke before its last writer's name (`and Falih Hassan` on the line below)", () => {
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n", "By Jane Doe\nand Falih Hassan\n"));
    expect(frontMatter).toMatchObject({ author: "Jane Doe and Falih Hassan", date: "2021-03-12" });
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads a label of a word or two below the headline, above the byline or date, as the section", () => {
    const below = article(STORY.replace("World\n\n", "").replace("By Jane Doe", "Environment\n\nBy Jane Doe"));
    expect(below).toMatchObject({ frontMatter: { section: "Environment", author: "Jane Doe" } });
    expect(below.body).toMatch(/^The minister of transport/);
    // One above the headline is the section: the label below goes back to the text.
    expect(article(STORY.replace("By Jane Doe", "Environment\n\nBy Jane Doe")).frontMatter.section).toBe("World");
    // A news agency's name there is the source.
    const agency = article(STORY.replace("World\n\n", "").replace("By Jane Doe", "Reuters\n\nBy Jane Doe")).frontMatter;
    expect(agency).toMatchObject({ source: "Reuters", author: "Jane Doe" });
    expect(agency).not.toHaveProperty("section");
  });

  it("reads a byline that names the writer's role or outlet after a comma, keeping the name as the author", () => {
    expect(article(STORY.replace("By Jane Doe", "By Jane Doe, Middle East correspondent")).frontMatter.author).toBe("Jane Doe");
  });

  it("reads a columnist's name below the headline, above the standfirst, as the writer, not the section", () => {
    const standfirst = "Three years after the protests began, the regime has changed its tactics but not its goal";
    const page = ["Opinion", "Iran’s women are still refusing to be silenced", "Simon Tisdall", standfirst, "Sat 13 Sep 2025 09.00 BST"];
    const { frontMatter } = article([...page, "The morality police vans have gone from the streets of Tehran.", ""].join("\n\n"));
    expect(frontMatter).toMatchObject({ author: "Simon Tisdall", summary: standfirst, section: "Opinion" });
  });

  it("reads a report's writers one a line above its date, and leaves out its ISBN, DOI and download link", () => {
    const standfirst = "Upstream dams, climate change and poor management threaten Iraq’s water security, the paper finds.";
    const page = ["Iraq’s water crisis: From scarcity to cooperation", standfirst, "Renad Mansour", "Zainab Mehdi", "Published 12 March 2024"];
    const chrome = ["ISBN: 978-1-78413-591-2", "DOI: 10.55317/9781784135912", "Download PDF"];
    const lead = "Iraq is often described as the land between two rivers, but its rivers are shrinking.";
    const { frontMatter, body } = article([...page, ...chrome, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ author: "Renad Mansour and Zainab Mehdi", date: "2024-03-12", summary: standfirst });
    expect(body.trim()).toBe(lead);
  });

  it("reads a page's facts, each label above its value, as its source and date, not as its headline (ReliefWeb's)", () => {
    const headline = "Iraq: Flash Floods - Flash Update No. 2 (as of 27 November 2026)";
    const top = ["ReliefWeb", "Informing humanitarians worldwide 24/7 — a service provided by UN OCHA", "Updates", "Countries", "Disasters", "Topics", ""];
    const facts = ["Format", "Situation Report", "Source", "OCHA", "Posted", "28 Nov 2026", "Originally published", "28 Nov 2026", "Origin", "View original"];
    const files = ["", "Attachments", "Download Report (PDF | 412.58 KB)", ""];
    const lead = "Heavy rainfall between 24 and 26 November caused flash flooding in northern Iraq, killing 11 people.";
    const { frontMatter, body } = article([...top, "Iraq + 1 more", headline, ...facts, ...files, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, date: "2026-11-28", source: "OCHA" });
    expect(frontMatter.section).toBeUndefined();
    expect(body.trim()).toBe(lead);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Situation Report")).toBe("the page's facts about the article, a label above each value, not article text");
    expect(reasons.get("OCHA")).toBe("the page's facts about the article, a label above each value (kept as source)");
    expect(reasons.get("Download Report (PDF | 412.58 KB)")).toMatch(/^site chrome/);
  });

  it("reads the last of a stack of labels, above a longer line, as the section, and that line as the headline", () => {
    const menu = ["Secretary-General", "General Assembly", "Security Council", "Economic and Social Council", "Press Briefings"];
    const headline = "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General";
    const lead = "The following is a near-verbatim transcript of today’s noon briefing by the Spokesman for the Secretary-General.";
    const page = `United Nations\nWelcome to the United Nations\n\nMeetings Coverage and Press Releases\n${menu.join("\n")}\n\n${headline}\n12 February 2026\n\n${lead}\n`;
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: headline, section: "Press Briefings", date: "2026-02-12" });
    expect(body.trim()).toBe(lead);
    // The label the menu's end marked is no section, now the one right above the headline is.
    expect(reasonsOf(frontMatter).get("Security Council")).toBe("navigation or language menu");
  });

  it("reads a writer's name above a note about them as the byline, and leaves the note out", () => {
    const note = "Hassan Hassan is a columnist for The National and the editor-in-chief of New Lines magazine";
    const standfirst = "A peaceful transfer of power in Baghdad is not a small thing in a region of strongmen";
    const lead = "Three weeks after Iraqis voted, the country has a parliament in which no single bloc can dictate terms.";
    const page = ["Opinion", "Iraq's election taught its neighbours a lesson they would rather ignore", standfirst, `Hassan Hassan\n${note}`, "December 05, 2026", lead];
    const { frontMatter, body } = article(`${page.join("\n\n")}\n`);
    expect(frontMatter).toMatchObject({ author: "Hassan Hassan", summary: standfirst, date: "2026-12-05", people: [] });
    expect(body.trim()).toBe(lead);
    expect(reasonsOf(frontMatter).get(note)).toBe("a note about the writer, below the byline");
    // Below a byline with its "By" too.
    const signed = article(STORY.replace("By Jane Doe", "By Jane Doe\nJane Doe is a correspondent based in Berlin."));
    expect(signed.frontMatter).toMatchObject({ author: "Jane Doe", people: ["Anna Berg"] });
    expect(signed.body).not.toContain("correspondent");
  });

  it("reads a report's title in quotes and its subtitle below it as one title, not a section and a headline", () => {
    const page = "HUMAN RIGHTS WATCH\n\"Everyone Must Leave\"\nForced Returns of Displaced Families in Iraq\n\nSummary\n" +
      "Since 2017, the Iraqi government has closed most camps for displaced people, often with little notice.\n";
    const { frontMatter } = article(page);
    expect(frontMatter).toMatchObject({ title: '"Everyone Must Leave": Forced Returns of Displaced Families in Iraq', source: "Human Rights Watch" });
    expect(frontMatter.section).toBeUndefined();
  });

  it("reads GOV.UK's labels over who issued a page and when, each label alone on its line", () => {
    const standfirst = "The UK will provide £88 million in aid to Yemen this year, the Foreign Secretary announced today.";
    const issuer = "Foreign, Commonwealth & Development Office and The Rt Hon Andrew Hale MP";
    const page = ["UK announces more aid for Yemen", standfirst, "From:", issuer, "Published", "27 February 2023"];
    const lead = "The funding will provide food assistance to around 400,000 people, the office said.";
    const { frontMatter, body } = article([...page, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ date: "2023-02-27", source: "Foreign, Commonwealth & Development Office", summary: standfirst });
    expect(body.trim()).toBe(lead);
    expect(reasonsOf(frontMatter).get(issuer)).toBe("who issued it (the first kept as source)");
  });

  it("reads a GOV.UK page whole, its cookie notice, menu buttons and path to the section above the headline", () => {
    const cookies = [
      "Cookies on GOV.UK",
      "We use some essential cookies to make this website work.",
      "We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
      "Accept additional cookies",
      "Reject additional cookies",
      "View cookies",
    ];
    const menu = ["Skip to main content", "GOV.UK", "Navigation menu", "Menu", "Search GOV.UK", "", "Home", "International", "Foreign affairs", ""];
    const headline = "UK announces £15 million to support returns to Sinjar";
    const standfirst = "The UK will provide £15 million to help displaced Yazidis and other communities return to Sinjar, Iraq.";
    const page = ["Press release", headline, standfirst, "", "From:", "Foreign, Commonwealth & Development Office", "Published", "3 August 2026", ""];
    const lead = "The minister announced the funding during a visit to Duhok and Sinjar on 3 August.";
    const { frontMatter, body } = article([...cookies, ...menu, ...page, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, summary: standfirst, date: "2026-08-03" });
    expect(body.trim()).toBe(lead);
  });

  it("leaves out a cookie notice with its label run in and its `OK` button between the menu and the headline", () => {
    const menu = ["Hürriyet Daily News", "LOG IN", "TURKEY", "WORLD", "ECONOMY", "OPINION", "LIFE", "SPORTS", "MORE", "Search"];
    const notice = "Cookie Policy: We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Details";
    const headline = "Türkiye, Iraq agree to extend Development Road talks, water deal";
    const standfirst = "Türkiye and Iraq have agreed to set up a joint technical committee to speed up the Development Road project, Fidan said on Dec. 3.";
    const lead = "Speaking at a joint press conference with his Iraqi counterpart Fuad Hussein in Ankara, Fidan said the two had taken concrete steps.";
    const page = [...menu, notice, "OK", "TURKEY", headline, "ANKARA", standfirst, "December 03 2026 18:45:00", lead, ""];
    const { frontMatter, body } = article(page.join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, section: "Turkey", date: "2026-12-03", time: "18:45", summary: standfirst });
    expect(body.trim()).toBe(lead);
    expect(reasonsOf(frontMatter).get("OK")).toBe("the button that closes the cookie notice above it, not article text");
  });

  it("keeps a section's initials in capitals among the menu's labels in mixed case (`MENA`), and title-cases a shouted one", () => {
    const menu = ["The National", "UAE", "Gulf News", "MENA", "World", "Business", "Opinion", "Sport", "MENA"];
    const headline = "Iraq bans single-use plastic bags in Baghdad from next year";
    const standfirst = "Environment ministry says shops face fines as capital struggles with waste and flooding";
    const lead = "Iraq's Ministry of Environment said on Tuesday that shops in Baghdad will be fined for handing out single-use plastic bags.";
    const page = (labels: string[]) => article([...labels, headline, standfirst, "Sinan Mahmoud", "Dec 02, 2026", lead, ""].join("\n")).frontMatter;
    expect(page(menu).section).toBe("MENA");
    // The same word the menu writes in mixed case, printed in capitals above the headline: the page's style of its section.
    expect(page([...menu.slice(0, -1), "WORLD"]).section).toBe("World");
    // A menu all in capitals shouts its labels, a word of the lexicon's or not.
    expect(page(["The National", "UAE", "MENA", "KURDISTAN", "WORLD", "KURDISTAN"]).section).toBe("Kurdistan");
  });

  it("reads past a cookie-consent wall copied before the page, and an outlet's byline with the agencies whose copy it ran", () => {
    // Euronews's page behind the IAB's consent wall: its heading, its text, its buttons, then the logo in small letters.
    const wall = [
      "We value your privacy",
      "We and our 892 partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content.",
      "Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.",
      "MORE OPTIONS",
      "DISAGREE",
      "AGREE",
    ];
    const headline = "Turkey arrests 120 in raids on suspected Islamic State cells ahead of New Year";
    const lead = "Turkish police detained 120 people in raids across 28 provinces on Saturday, Interior Minister Ali Yerlikaya said.";
    const page = ["euronews.", "Europe", "World", "Business", "World", "Middle East", headline, "Updated: 05/12/2026 - 12:08 GMT+1", "By Euronews with AP, AFP", lead, "Euronews", "About", "Contact", "Copyright © euronews 2026", ""];
    const { frontMatter, body } = article([...wall, ...page].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, date: "2026-12-05", time: "12:08", source: "Euronews", section: "Middle East", summary: lead });
    expect(frontMatter.author).toBeUndefined();
    expect(body.trim()).toBe(lead);
    const reasons = reasonsOf(frontMatter);
    for (const line of wall) expect(reasons.get(line)).toBe("a cookie-consent wall copied before the page: its heading, its text and its buttons, not article text");
    expect(reasons.get("By Euronews with AP, AFP")).toBe("byline naming the outlet (kept as source)");
    // Without the byline, the logo the footer names again is the source, as the logo writes it, without its full stop.
    expect(article([...wall, ...page.filter((line) => !line.startsWith("By "))].join("\n")).frontMatter.source).toBe("euronews");
    // A page that opens on an article about consent to cookies keeps it: no button follows its text.
    const privacy = "Regulators say partners of the site stored cookies and processed personal data without the readers' consent.";
    expect(article(`Privacy regulators fine news site\n\n${privacy}\n\nThe fine is the largest of its kind.\n`).frontMatter.summary).toBe(privacy);
  });

  it("reads past a U.S. government site's banner, the issuing office above the headline and the page's kind below it", () => {
    const banner = ["U.S. Department of State", "An official website of the United States Government", "Here's how you know", "Home"];
    const headline = "Secretary Rubio's Call with Iraqi Prime Minister al-Sudani";
    const page = [...banner, "Office of the Spokesperson", headline, headline, "Readout", "December 3, 2026"];
    const note = "The following is attributable to Spokesperson Tammy Bruce:";
    const lead = "Secretary of State Marco Rubio spoke today with Iraqi Prime Minister Mohammed Shia al-Sudani.";
    const { frontMatter, body } = article([...page, note, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, section: "Office of the Spokesperson", date: "2026-12-03", summary: lead });
    expect(body.trim()).toBe(`${note}\n\n${lead}`);
    expect(reasonsOf(frontMatter).get("Here's how you know")).toBe("the banner a government's site prints above its own, not article text");
  });

  it("reads a byline below the date lines: a name and role, a place dash name, or a name alone below the photo", () => {
    const headline = "Kirkuk governor survives no-confidence vote after three-hour session";
    const standfirst = "Arab and Kurdish blocs split over oil revenue allocation";
    const dates = ["Published: December 01, 2026 17:05", "Last updated: December 01, 2026 19:40"];
    const caption = "Kirkuk council members during Monday's session. (AFP)";
    const lead = "The governor of Kirkuk province survived a no-confidence vote in the provincial council on Monday after a heated session.";
    const signed = (byline: string) => article(["Iraq", headline, standfirst, ...dates, byline, caption, lead, ""].join("\n"));
    const roled = signed("Bassam Al Mahdi, Correspondent");
    expect(roled.frontMatter).toMatchObject({ title: headline, author: "Bassam Al Mahdi", date: "2026-12-01", summary: standfirst });
    expect(roled.body).not.toContain("Bassam");
    const placed = signed("Damascus - Kamal Sheikho");
    expect(placed.frontMatter).toMatchObject({ author: "Kamal Sheikho", places: expect.arrayContaining(["Damascus"]) });
    expect(placed.body).not.toContain("Kamal Sheikho");
    // Rzeczpospolita's: the photo and its credit between the date lines and the writer's name.
    const polish = ["Świat", "Irak: polscy żołnierze zostają w Erbilu. Rząd przedłuża misję", "Publikacja: 03.12.2026 16:12"];
    const photo = ["Polscy żołnierze podczas szkolenia kurdyjskich peszmergów w okolicach Erbilu", "Foto: Sztab Generalny WP"];
    const text = "Prezydent podpisał we wtorek postanowienie o przedłużeniu użycia Polskiego Kontyngentu Wojskowego w Republice Iraku.";
    const below = article([...polish, ...photo, "Jakub Kowalczyk", text, ""].join("\n"));
    expect(below.frontMatter).toMatchObject({ author: "Jakub Kowalczyk", date: "2026-12-03" });
    expect(below.body).not.toContain("Jakub Kowalczyk");
  });

  it("reads a Polish date line that opens on its weekday in small letters, and a byline above it, none of the headline", () => {
    const headline = "Irak: atak dronów na pole gazowe w Kurdystanie";
    const lead =
      "Atak dronów na pole gazowe Chor Mor w irackim Kurdystanie wstrzymał w niedzielę dostawy gazu do elektrowni w regionie – poinformowały władze.";
    const page = (...header: string[]) => article(["Świat", headline, ...header, lead, ""].join("\n"));
    // Polish writes a weekday in small letters, as a headline a scrape wrapped goes on.
    for (const dateLine of ["poniedziałek, 7 grudnia 2026, 14:32", "poniedziałek, 7 grudnia 2026 r."]) {
      expect(page(dateLine).frontMatter).toMatchObject({ title: headline, section: "Świat", date: "2026-12-07" });
    }
    expect(page("dzisiaj, 14:32").frontMatter.title).toBe(headline);
    // `Jan`, a first name, is the short name of January too.
    for (const byline of ["Jan Kowalski", "Autor: Jan Kowalski"]) {
      const { frontMatter, body } = page(byline, "7 grudnia 2026, 14:32");
      expect(frontMatter).toMatchObject({ title: headline, author: "Jan Kowalski", date: "2026-12-07", time: "14:32", people: [] });
      expect(body.trim()).toBe(lead);
    }
  });

  it("reads ANF's dateline in capitals above the byline and its date in Kurmanji, below the standfirst", () => {
    const headline = "Ji bo vegera koçberên Şengalê banga lezgîn";
    const standfirst = "Meclisa Xweser a Êzidxanê diyar kir ku zêdetirî 2 hezar malbatên êzidî dixwazin vegerin Şengalê.";
    const lead = "Hevserokê Meclisa Xweser a Êzidxanê Xeyrî Hesen di daxuyaniyekê de got ku malbat dixwazin vegerin.";
    const page = ["Kurdistan", headline, standfirst, "ŞENGAL", "Hêvî Mizgîn", "Sêşem, 2 Kanûn 2026, 14:35", lead, ""];
    const { frontMatter, body } = article(page.join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, author: "Hêvî Mizgîn", date: "2026-12-02", time: "14:35", summary: standfirst });
    expect(frontMatter.places).toContain("Şengal");
    expect(frontMatter.organizations).not.toContain("ŞENGAL");
    expect(body.trim()).toBe(lead);
  });

  it("reads a byline naming the outlet and the agency whose copy it ran as no writer's", () => {
    const headline = "Turkish intelligence 'neutralizes' senior PKK figure in northern Iraq's Sulaymaniyah";
    const lead = "The Turkish National Intelligence Organization (MIT) neutralized a senior member of the PKK, security sources said on Tuesday.";
    const { frontMatter } = article(["MIDEAST", headline, "by DAILY SABAH WITH AA", "ISTANBUL Dec 02, 2026 - 11:24 am GMT+3", lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, source: "Daily Sabah", date: "2026-12-02" });
    expect(frontMatter.author).toBeUndefined();
  });

  it("reads no section off a page's id number above the headline, and the menu's label above the date line", () => {
    const menu = ["IRNA English", "Home", "Politics", "Economy", "Society", "World", "Politics", "Dec 3, 2026, 2:15 PM", "News ID: 85312904"];
    const headline = "Araghchi, Kurdistan Region president discuss border security in Tehran";
    const lead = "Iranian Foreign Minister Seyed Abbas Araghchi and the President of the Kurdistan Region have discussed bilateral ties.";
    const { frontMatter, body } = article([...menu, headline, lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, section: "Politics", date: "2026-12-03" });
    expect(body.trim()).toBe(lead);
  });

  it("reads a print view: the site's name and address above the headline, a byline with outlet and date between bars", () => {
    const top = ["Stars and Stripes", "https://www.stripes.com/theaters/middle_east/2026-12-02/harir-drone-attack-iraq-18842231.html", "Print this page"];
    const headline = "Drone attack on Kurdish base is third in a week, officials say; no US troops hurt";
    const byline = "By CHAD GARLAND | STARS AND STRIPES | Published: December 2, 2026";
    const lead = "A one-way attack drone was shot down near an air base in northern Iraq that hosts U.S. troops, U.S. officials said Tuesday.";
    const last = "No group has claimed responsibility for Tuesday's attack, officials said.";
    const contacts = ["garland.chad@stripes.com", "Twitter: @chadgarland"];
    const { frontMatter, body } = article([...top, headline, byline, lead, last, ...contacts, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, author: "Chad Garland", source: "Stars and Stripes", date: "2026-12-02", summary: lead });
    expect(body.trim()).toBe(`${lead}\n\n${last}`);
  });

  it("reads on past a language menu, each language's name in its own words on a line of its own", () => {
    const languages = ["العربية", "中文", "English", "Français", "Русский", "Español"];
    const headline = "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General";
    const lead = "The following is a near-verbatim transcript of today’s noon briefing by the Spokesman for the Secretary-General.";
    const { frontMatter, body } = article(["United Nations", ...languages, "", headline, "12 February 2026", "", lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, date: "2026-02-12" });
    expect(body.trim()).toBe(lead);
    for (const language of languages) expect(reasonsOf(frontMatter).get(language), language).toBe("navigation or language menu");
  });

  it("reads an organisation's menu items about itself (`Where we work`) as its menu, not as the headline", () => {
    const menu = ["Skip to main content", "UNICEF", "For every child", "Search", "Donate", "What we do", "Research and reports"];
    const more = ["Stories", "Press releases", "Where we work", "", "Press release"];
    const headline = "Half a million children in Iraq to be vaccinated against measles in nationwide campaign";
    const standfirst = "UNICEF and WHO support the Ministry of Health in ten-day campaign";
    const lead = "BAGHDAD, 4 May 2026 – The Ministry of Health today launched a ten-day measles and rubella vaccination campaign.";
    const { frontMatter } = article([...menu, ...more, headline, standfirst, "", lead, ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, summary: standfirst, date: "2026-05-04" });
  });

  it("reads two lines of their own right above a lead on a dateline as the standfirst, and the lead's dateline", () => {
    const headline = "Syria's interim government signs deal with SDF on Deir Ezzor oil fields";
    const points = [
      "The agreement hands management of the Al-Omar and Tanak fields to the state oil company",
      "Revenues are to be shared under a formula that has not been made public",
    ];
    const lead = "DAMASCUS: Syria's interim government and the SDF signed an agreement on Saturday on the oil fields of Deir Ezzor.";
    const more = "The deal covers the Al-Omar field, the country's largest, and the Tanak field.";
    const page = ["Arab News", "Middle-East", headline, "AFP", "November 29, 2026 18:40", headline, ...points, lead, more, ""];
    const { frontMatter, body } = article(page.join("\n"));
    expect(frontMatter.summary).toBe(`${points[0]}. ${points[1]}.`);
    expect(body.trim()).toBe(`${lead.replace("DAMASCUS: ", "")}\n\n${more}`);
    expect(frontMatter.places).toContain("Damascus");
  });

  it("reads the byline with its 'By' below the headline, not a menu's labels above a date line, as the writer", () => {
    const menu = ["BBC News", "Home", "World", "Middle East", "14 March 2023", "Aid trickles into Syria's rebel-held north-west"];
    const lead = "Anger is growing in north-western Syria over the slow arrival of aid, five weeks after the earthquakes.";
    const bbc = article([...menu, "By Tom Ashworth", "Middle East correspondent, Idlib", lead, "", "Aid workers said so on Monday.", ""].join("\n"));
    expect(bbc.frontMatter).toMatchObject({ author: "Tom Ashworth", summary: lead });
    expect(bbc.frontMatter.removed).toContainEqual(expect.objectContaining({ text: "Middle East", reason: "navigation or language menu" }));
    // AP's menu, its labels a name's shape, and its writers in capitals; its name, above its `Menu`, the source.
    const ap = ["AP", "Menu", "World News", "U.S. News", "Politics", "Iran says it has restored some oil exports"];
    const writers = article([...ap, "By REZA HOSSEINI and JOHN CARVER", "Updated 8:15 AM GMT+4, March 14, 2023", lead, ""].join("\n"));
    expect(writers.frontMatter).toMatchObject({ author: "Reza Hosseini and John Carver", date: "2023-03-14", source: "AP" });
    // Haaretz's menu, labels an outlet's shape (`Israel News` over `Middle East News`): the writer is below.
    const haaretz = ["Haaretz", "Israel News", "Middle East News", "Opinion", "Saudi Arabia's Vision 2030 Is Quietly Being Scaled Back"];
    const standfirst = "The kingdom has slashed the budget for Neom, its flagship desert megacity, as oil revenues fall short";
    const scaled = article([...haaretz, standfirst, "Zvi Bar'el", "Jan 18, 2025", lead, ""].join("\n"));
    expect(scaled.frontMatter).toMatchObject({ author: "Zvi Bar'el", date: "2025-01-18" });
  });

  it("reads a byline with its place or agency, a staff byline, an agency's and an outlet's, without their 'By'", () => {
    // The agency a byline names is the article's source.
    const bylines = {
      "By Kate Connolly in Berlin": ["Kate Connolly", undefined],
      "By Layla Hassan | AFP": ["Layla Hassan", "AFP"],
      "By Layla Hassan • AFP": ["Layla Hassan", "AFP"],
      // An aggregator's byline, with how long ago it was posted.
      "Story by Jane Doe • 3h": ["Jane Doe", undefined],
      "By Layla Hassan, Reuters": ["Layla Hassan", "Reuters"],
      // Three writers or more, as a list; a role after the name is no writer.
      "By Rania Khoury, Shirin Tabrizi and Michael Henley": ["Rania Khoury, Shirin Tabrizi and Michael Henley", undefined],
      "BY RANIA KHOURY, SHIRIN TABRIZI AND MICHAEL HENLEY": ["Rania Khoury, Shirin Tabrizi and Michael Henley", undefined],
      "By Ali al-Hashimi, Omar Said, and Sara Ahmed": ["Ali al-Hashimi, Omar Said, and Sara Ahmed", undefined],
      "By Jane Doe, Foreign Affairs and Defence Editor": ["Jane Doe", undefined],
      // Reach's papers, the "By" run into the name, the role after it without a comma.
      "ByTom Pritchard Local Democracy Reporter": ["Tom Pritchard", undefined],
      "By Staff Writer": ["Staff Writer", undefined],
      // An agency's byline alone: its copy, no writer named.
      "By AFP": [undefined, "AFP"],
      "By Reuters": [undefined, "Reuters"],
      "By Staff": ["Staff", undefined],
      // The outlet's own writers: the outlet is the source.
      "By Al Jazeera Staff": ["Al Jazeera Staff", "Al Jazeera"],
      "By Middle East Eye staff": ["Middle East Eye staff", "Middle East Eye"],
      // A byline that names the outlet by its name's shape: the source, not a writer.
      "By Shafaq News": [undefined, "Shafaq News"],
      "By Kurdistan24": [undefined, "Kurdistan24"],
      // A byline of one word the lexicon does not know (no first name, no noun): an outlet's, as a writer gives more.
      "By Rudaw": [undefined, "Rudaw"],
    };
    for (const [byline, [author, source]] of Object.entries(bylines)) {
      const { frontMatter, body } = article(STORY.replace("By Jane Doe", byline));
      expect(frontMatter.author, byline).toBe(author);
      expect(frontMatter.source, byline).toBe(source);
      expect(body, byline).not.toContain("By ");
    }
    // An agency's roundup: the wire's credits below it name its reporters, the author.
    const credits = "(Reporting by Ahmed Rasheed in Baghdad and Suleiman Al-Khalidi in Amman; Editing by Alison Williams)";
    const roundup = article(`${STORY.replace("By Jane Doe", "By Reuters")}\n${credits}\n`).frontMatter;
    expect(roundup).toMatchObject({ author: "Ahmed Rasheed and Suleiman Al-Khalidi", source: "Reuters" });
    // A name, the outlet and the place on one line, below the headline.
    const bbc = article(STORY.replace("By Jane Doe", "Sarah Johnson, BBC News, Mosul"));
    expect(bbc.frontMatter).toMatchObject({ author: "Sarah Johnson", source: "BBC News", places: expect.arrayContaining(["Mosul"]) });
    expect(bbc.frontMatter.summary).not.toContain("Sarah Johnson");
    // A byline's label (Rudaw's `Author:`), and France 24's `Text by:` over the writer, each line a block of its own.
    expect(article(STORY.replace("By Jane Doe", "Author: Jane Doe")).frontMatter.author).toBe("Jane Doe");
    const wires = article(STORY.replace("By Jane Doe\n\n", "Text by:\n\nNEWS WIRES\n\n"));
    expect(wires.frontMatter.author).toBe("News Wires");
    expect((wires.frontMatter.removed ?? []).filter(({ text }) => /^(?:Text by:|NEWS WIRES)$/.test(text))).toEqual([
      expect.objectContaining({ reason: "byline (kept as author)" }),
      expect.objectContaining({ reason: "byline (kept as author)" }),
    ]);
    // In French, a space before its colon: a writer's name below `Texte par :`; RFI's own, its outlet, the source.
    expect(article(STORY.replace("By Jane Doe\n\n", "Texte par :\nSiavosh Ghazi\n\n")).frontMatter.author).toBe("Siavosh Ghazi");
    const rfi = article(STORY.replace("By Jane Doe\n\n", "Texte par :\nRFI\n\n")).frontMatter;
    expect([rfi.author, rfi.source]).toEqual([undefined, "RFI"]);
    // Two writers, each where they wrote from, with "By" or without (the Guardian's).
    const guardian = "Hannah Whitlock in Jerusalem and Daniel Aharoni in Tel Aviv";
    for (const writers of [guardian, `By ${guardian}`]) {
      const placed = article(STORY.replace("By Jane Doe", writers)).frontMatter;
      expect(placed, writers).toMatchObject({ author: "Hannah Whitlock and Daniel Aharoni", title: "Minister opens new bridge over the river" });
      expect(placed.places, writers).toEqual(expect.arrayContaining(["Jerusalem", "Tel Aviv"]));
    }
    // A name and the agency after a bar, no "By", as Zawya prints a wire story's byline.
    const wire = article(STORY.replace("By Jane Doe", "Reem Al-Sayegh | Reuters"));
    expect(wire.frontMatter).toMatchObject({ author: "Reem Al-Sayegh", source: "Reuters" });
    // A byline and the date on one line, the name with its "By" or without.
    for (const byline of ["By Omar Khalid | 14 May 2024", "Omar Khalid | 14 May 2024", "By Omar Khalid, 14 May 2024"]) {
      expect(article(STORY.replace("By Jane Doe\n\n12 March 2021", byline)).frontMatter, byline).toMatchObject({ author: "Omar Khalid", date: "2024-05-14" });
    }
    // Anadolu's: the name and its bar on a line of their own, the date line below them, below the standfirst.
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const anadolu = article(STORY.replace("By Jane Doe\n\n12 March 2021", `${standfirst}\nHaydar Karaalp   |\n01.12.2026 - Güncelleme : 01.12.2026`));
    expect(anadolu.frontMatter).toMatchObject({ author: "Haydar Karaalp", date: "2026-12-01", summary: standfirst });
    expect(anadolu.body).toMatch(/^The minister of transport/);
    // The site's web address below the headline, as a read-it-later app prints it.
    const saved = article(STORY.replace("By Jane Doe", "www.thecourier.co.uk\nBy Jane Doe")).frontMatter;
    expect(saved).toMatchObject({ title: "Minister opens new bridge over the river", source: "thecourier.co.uk", author: "Jane Doe" });
    // A browser's reader view: the site's address, the outlet's staff and the reading time below the headline.
    const reader = article(STORY.replace("By Jane Doe\n\n12 March 2021", "thecourier.co.uk\nThe Courier Staff\n4–5 minutes")).frontMatter;
    expect(reader).toMatchObject({ source: "The Courier", author: "The Courier Staff" });
    expect(reasonsOf(reader).get("4–5 minutes")).toMatch(/site chrome/);
    expect(reasonsOf(reader).get("thecourier.co.uk")).toBe("the site's web address (the byline names the outlet)");
    // The outlet and the date on one line, as a feed reader prints them.
    const feed = article(STORY.replace("By Jane Doe\n\n12 March 2021", "Shafaq News · May 14, 2024 18:05")).frontMatter;
    expect(feed).toMatchObject({ source: "Shafaq News", date: "2024-05-14", time: "18:05" });
    expect(feed.author).toBeUndefined();
    // The outlet's name alone above the date line, in Arabic script too (Rudaw's `ڕووداو دیجیتاڵ`, Rudaw Digital).
    for (const outlet of ["Rudaw Digital", "ڕووداو دیجیتاڵ", "شفق نيوز"]) {
      const named = article(STORY.replace("By Jane Doe\n\n12 March 2021", `${outlet}\n05-12-2026 - 10:30`)).frontMatter;
      expect(named, outlet).toMatchObject({ source: outlet, date: "2026-12-05", summary: expect.stringMatching(/^The minister of transport/) });
    }
    // A name and the outlet alone, by its name's shape or its web address, below the date line too.
    for (const [byline, source] of [["Emily Ashcroft, KSL.com", "KSL.com"], ["Emily Ashcroft, Kurdistan 24", "Kurdistan 24"]]) {
      const below = article(STORY.replace("By Jane Doe\n\n12 March 2021", `12 March 2021\n\n${byline}`));
      expect(below.frontMatter, byline).toMatchObject({ author: "Emily Ashcroft", source, date: "2021-03-12" });
      expect(below.body, byline).toMatch(/^The minister of transport/);
    }
  });

  it("reads bylines and date lines in French, German, Spanish and Arabic", () => {
    const cases = [
      ["Par Claire Martin", "Publié le 14 mars 2023 à 10h30", "Claire Martin", { date: "2023-03-14", time: "10:30" }],
      ["Von Anna Schmidt", "Aktualisiert am 14.03.2023, 10:30 Uhr", "Anna Schmidt", { date: "2023-03-14", time: "10:30" }],
      ["Por Laura Gómez", "14 de marzo de 2023", "Laura Gómez", { date: "2023-03-14" }],
      ["بقلم ليلى حسن", "الثلاثاء 14 مارس 2023", "ليلى حسن", { date: "2023-03-14" }],
      // Le Monde's: where and as what the writer wrote, in brackets after the name.
      ["Par Hélène Sallon (Mossoul, Irak, envoyée spéciale)", "Publié le 14 mars 2023 à 10h30", "Hélène Sallon", { date: "2023-03-14" }],
      // Asharq Al-Awsat's: where the writer filed from, a colon, the writer.
      ["بغداد: فاضل النشمي", "نشر: 22:15-29 نوفمبر 2026 م", "فاضل النشمي", { date: "2026-11-29", places: expect.arrayContaining(["بغداد"]) }],
    ] as const;
    for (const [byline, dateLine, author, published] of cases) {
      const { frontMatter, body } = article(STORY.replace("By Jane Doe", byline).replace("12 March 2021", dateLine));
      expect(frontMatter, byline).toMatchObject({ author, ...published });
      expect(body.startsWith("The minister of transport"), byline).toBe(true);
    }
    const vonDer = article(STORY.replace("Minister opens new bridge over the river", "Von der Leyen Opens Bridge")).frontMatter;
    expect(vonDer).toMatchObject({ title: "Von der Leyen Opens Bridge", author: "Jane Doe" });
  });

  it("reads a byline without \"By\" that names the agency's desk after a slash, as AFP's fact-checkers sign", () => {
    const { frontMatter, body } = article(STORY.replace("By Jane Doe", "Kamaran Aziz / AFP Iraq"));
    expect(frontMatter).toMatchObject({ author: "Kamaran Aziz", source: "AFP", date: "2021-03-12" });
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads no section from a site's menu of pages about itself below its name (`Methodology`, `Contact`, `About us`)", () => {
    const page = (menu: string) => `Fact Check Weekly\nThe Town Courier\n${menu}\n\n${STORY.replace("World\n\n", "")}`;
    const { frontMatter, body } = article(page("Methodology\nContact\nAbout us"));
    expect(frontMatter.section).toBeUndefined();
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe" });
    expect(body).toMatch(/^The minister of transport/);
    // The path to the article's section there still gives it.
    expect(article(page("News\nWorld\nPolitics")).frontMatter.section).toBe("Politics");
  });

  it("reads a byline without \"By\" above the writer's outlet, a broadcaster's service (`BBC World Service`)", () => {
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n\n12 March 2021", "Jane Doe\nBBC World Service"));
    expect(frontMatter.author).toBe("Jane Doe");
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).toMatch(/^The minister of transport/);
  });

  it("takes the update's number off the headline, as Al Jazeera prints it before the headline (`Update 3:`)", () => {
    const { frontMatter } = article(STORY.replace("Minister opens", "Update 3: Minister opens"));
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    expect(reasonsOf(frontMatter).get("Update 3: Minister opens new bridge over the river")).toBe(
      "headline (kept as title, without the update's number before it)",
    );
  });

  it("reads past the site's name in lower case on the page's first line, as the tagesschau's logo prints it", () => {
    const { frontMatter, body } = article(`tagesschau\nStartseite\nInland\nAusland\n\n${STORY}`);
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads a site's name in small letters on the page's first line, above its menu, as the site's, not the headline", () => {
    // dpa's English service: its logo in small letters, the menu, the path to the section, the headline, the date.
    const page = [
      "dpa international",
      "News",
      "Politics",
      "Economy",
      "Photos",
      "About dpa",
      "Contact",
      "Iraq / Germany / Migration",
      "Germany deports 38 Iraqis on charter flight to Baghdad",
      "06 December 2026, 15:48 UTC",
      "Berlin/Baghdad (dpa) - Germany deported 38 Iraqi nationals on a charter flight from Leipzig to Baghdad on Saturday, the Interior Ministry in Berlin said.",
      "All those on board were men who had been convicted of criminal offences in Germany, a ministry spokeswoman told dpa.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "Germany deports 38 Iraqis on charter flight to Baghdad", date: "2026-12-06", time: "15:48", section: "Migration" });
    expect(reasonsOf(frontMatter).get("dpa international")).toBe("the site's name, above the section's labels");
    // Its dateline of two places in the places' own case, a slash between them: the places, and dpa the source.
    expect(body).toMatch(/^Germany deported/);
    expect(frontMatter.source).toBe("dpa");
    expect(frontMatter.places).toEqual(expect.arrayContaining(["Berlin", "Baghdad"]));
    // A hyphen in it, or a word in capitals after it, as n-tv and bne IntelliNews write theirs.
    for (const name of ["n-tv", "bne IntelliNews"]) {
      expect(article(page.replace("dpa international", name)).frontMatter.title).toBe("Germany deports 38 Iraqis on charter flight to Baghdad");
    }
  });

  it("reads a masthead whose article is in small letters (`la Repubblica`, `de Volkskrant`) as the site's name, and the header below it", () => {
    // la Repubblica's: the logo, its buttons, the menu, the section again, the headline, standfirst, byline and date.
    const headline = 'Siria, il ritorno dei profughi da Idlib: "Le nostre case non esistono più"';
    const standfirst = "A un anno dalla caduta di Assad, oltre un milione di siriani è rientrato dai campi del nord";
    const lead = "Abu Khaled indica un cumulo di blocchi di cemento e tondini arrugginiti. \"Questa era la cucina\", dice.";
    const top = ["la Repubblica", "Abbonati", "Accedi", "Politica", "Economia", "Esteri", "Cronaca", "Esteri"];
    const byline = ["dal nostro inviato Giampaolo Cadalanu", "05 Dicembre 2026 alle 16:10", "3 minuti di lettura"];
    const repubblica = article([...top, headline, standfirst, ...byline, `MAARAT AL-NUMAN (Siria) – ${lead}`, ""].join("\n"));
    expect(repubblica.frontMatter).toMatchObject({ title: headline, summary: standfirst, author: "Giampaolo Cadalanu", source: "la Repubblica", section: "Esteri", date: "2026-12-05", time: "16:10" });
    // The country in brackets after the dateline's place is no agency's name.
    expect(repubblica.frontMatter.places).toEqual(expect.arrayContaining(["Syria"]));
    expect(repubblica.body.trim()).toBe(lead);
    expect(reasonsOf(repubblica.frontMatter).get("3 minuti di lettura")).toMatch(/^site chrome/);
    // de Volkskrant's: labels of two words with an ampersand between them, its buttons after its menu, the writer's name
    // and the date on one line.
    const menu = "de Volkskrant\nNieuws & Achtergrond\nColumns & Opinie\nWetenschap\nInloggen\nAbonneer";
    const title = "In Diyarbakir hoopt men op vrede, maar de burgemeesters zitten nog altijd vast";
    const dek = "Ruim anderhalf jaar na de ontbinding van de PKK wachten Koerden in Zuidoost-Turkije op hun burgemeesters.";
    const text = "Op het stadhuis van Diyarbakir hangt nog altijd het portret van Atatürk, en daaronder dat van president Erdogan.";
    const { frontMatter, body } = article(`${menu}\n${title}\n${dek}\nRolf Bos 28 november 2026, 17:00\nBeluister dit artikel\n${text}\n`);
    expect(frontMatter).toMatchObject({ title, summary: dek, author: "Rolf Bos", source: "de Volkskrant", date: "2026-11-28", time: "17:00" });
    expect(reasonsOf(frontMatter).get("Rolf Bos 28 november 2026, 17:00")).toBe("byline and publication date line (kept as author and date)");
    expect(body).toMatch(/^Op het stadhuis/);
  });

  it("leaves out a ticker of the latest news between the site's menu and the article's section and headline", () => {
    // Baghdad Today's English page: `Breaking` and the story it runs, another article's, above the section's label.
    const page = [
      "Baghdad Today",
      "Home",
      "Politics",
      "Security",
      "Economy",
      "Search",
      "Breaking",
      "Parliament postpones vote on 2027 budget tables",
      "Politics",
      "Coordination Framework split over Finance Ministry candidate, sources say",
      "2026-12-06 09:14",
      "A split has emerged within the ruling Coordination Framework over the candidate to head the Finance Ministry, two political sources told Baghdad Today on Sunday.",
      "The State of Law Coalition has insisted on nominating a former deputy minister, while the Fatah Alliance prefers an independent technocrat.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "Coordination Framework split over Finance Ministry candidate, sources say",
      section: "Politics",
      date: "2026-12-06",
      time: "09:14",
    });
    const ticker = "a ticker of the latest news above the headline, its label and another article's headline (site chrome)";
    expect(reasonsOf(frontMatter).get("Breaking")).toBe(ticker);
    expect(reasonsOf(frontMatter).get("Parliament postpones vote on 2027 budget tables")).toBe(ticker);
    expect(body).toMatch(/^A split has emerged/);
    // In Arabic, `عاجل`; right above the headline, with nothing but a label below, the label flags the headline itself.
    expect(article(page.replace("Breaking", "عاجل")).frontMatter.title).toBe("Coordination Framework split over Finance Ministry candidate, sources say");
    const flagged = article(["Home", "Politics", "Economy", "BREAKING", "Parliament postpones vote on 2027 budget tables", "2026-12-06 09:14", ...page.split("\n").slice(-2)].join("\n"));
    expect(flagged.frontMatter.title).toBe("Parliament postpones vote on 2027 budget tables");
  });

  it("reads a date line that prints a label and the time before the day, and the label as the section where the menu names it", () => {
    // Yonhap's page: `All News 16:05 December 06, 2026` below the headline.
    const page = [
      "Yonhap News Agency",
      "NATIONAL",
      "N. KOREA",
      "ECONOMY",
      "CULTURE",
      "WORLD",
      "Search",
      "All Headlines",
      "KOREAN 한국어",
      "Hanwha E&C wins US$1.4 bln contract to build housing in Iraq's Bismayah",
      "All News 16:05 December 06, 2026",
      "SEOUL, Dec. 6 (Yonhap) -- Hanwha Engineering & Construction Corp. said Sunday it has signed a US$1.4 billion deal to resume work on the Bismayah New City housing project.",
      "Under the deal with Iraq's National Investment Commission, Hanwha will build about 10,000 more housing units, the company said.",
    ].join("\n");
    const { frontMatter } = article(page);
    expect(frontMatter).toMatchObject({ title: "Hanwha E&C wins US$1.4 bln contract to build housing in Iraq's Bismayah", date: "2026-12-06", time: "16:05" });
    expect(frontMatter.section).toBeUndefined();
    expect(frontMatter.summary).toMatch(/^Hanwha Engineering & Construction Corp\. said Sunday/);
    expect(reasonsOf(frontMatter).get("All News 16:05 December 06, 2026")).toBe("a label, the time and the date on one line (kept as date)");
    const national = article(page.replace("All News", "National")).frontMatter;
    expect(national).toMatchObject({ section: "National", date: "2026-12-06", time: "16:05" });
  });

  it("reads a photo essay's credits: the text's writer as the author, the photographer's credit left out, the date below them", () => {
    const page = [
      "PHOTOS",
      "In pictures: Mosul's Old City rises again, one stone at a time",
      "Nine years after the battle against Islamic State, craftsmen are rebuilding the Al-Nuri mosque quarter by hand.",
      "Photographs by Zaid al-Obeidi",
      "Text by Sara Mendes",
      "December 6, 2026",
      "A stonemason shapes a block of Mosul marble, known locally as farsh, in a workshop near the Al-Nuri mosque. (Zaid al-Obeidi)",
      "The rebuilt al-Hadba minaret, which Islamic State fighters blew up in June 2017, seen from Faruq Street. (Zaid al-Obeidi)",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "In pictures: Mosul's Old City rises again, one stone at a time",
      author: "Sara Mendes",
      date: "2026-12-06",
      summary: "Nine years after the battle against Islamic State, craftsmen are rebuilding the Al-Nuri mosque quarter by hand.",
    });
    expect(reasonsOf(frontMatter).get("Photographs by Zaid al-Obeidi")).toBe(
      "the photographs' credit, below the headline: who took them, not who wrote the text",
    );
    expect(body).toMatch(/^A stonemason shapes/);
    expect(body).not.toContain("## ");
  });

  it("reads past the site's address on the page's first line, and a credit line naming the source above the headline", () => {
    // Xinhua's page: its address as the logo prints it, the menu in one line, `Source: Xinhua`, the date, the headline.
    const page = [
      "english.news.cn",
      "Home | China | World | Business | Tech | Sports",
      "Source: Xinhua",
      "2026-12-04 21:15:08",
      "Iraq's parliament approves new electoral commission board",
      "BAGHDAD, Dec. 4 (Xinhua) -- The Iraqi parliament on Thursday approved a new board of commissioners for the electoral commission.",
      "The parliament voted to approve nine judges nominated by the Supreme Judicial Council, according to its media office.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "Iraq's parliament approves new electoral commission board", date: "2026-12-04", source: "Xinhua" });
    expect(frontMatter.section).toBeUndefined();
    expect(body).toMatch(/^The Iraqi parliament on Thursday/);
    // Below the address, a few labels are the path to the article's section, as below the site's name.
    const ksl = article(`ksl.com\nNews\nUtah\nWeather\n\n${STORY.replace("World\n\n", "")}`).frontMatter;
    expect(ksl).toMatchObject({ title: "Minister opens new bridge over the river", section: "Weather", author: "Jane Doe" });
  });

  it("reads a date line that names the day by the day the page was shown as one, never as the headline", () => {
    // NOS's: the headline, a photo's caption with its agency on the line below, the writer and role, `Vandaag, 14:12`.
    const page = [
      "Buitenland",
      "Honderden Yezidi's na tien jaar nog altijd vermist: 'We blijven zoeken'",
      "Een Yezidische vrouw bij een herdenking in Sinjar, augustus 2024",
      "AFP",
      "Marieke de Vries",
      "correspondent Midden-Oosten",
      "Vandaag, 14:12",
      "Ruim tien jaar na de aanval van Islamitische Staat op Sinjar zijn nog altijd zo'n 2600 Yezidi's vermist. Dat meldt het bureau in Dohuk.",
      "Familieleden klagen dat de Iraakse regering te weinig doet om hen te vinden, zegt een woordvoerder van het kamp bij Zakho.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "Honderden Yezidi's na tien jaar nog altijd vermist: 'We blijven zoeken'", author: "Marieke de Vries" });
    expect(frontMatter.summary).toMatch(/^Ruim tien jaar/);
    expect(frontMatter.source).toBeUndefined();
    expect(reasonsOf(frontMatter).get("Vandaag, 14:12")).toMatch(/^date line/);
    expect(body).not.toMatch(/Vandaag|^AFP$/m);
    for (const line of ["Today at 2:12 PM", "Heute, 14:12 Uhr", "Сегодня, 14:12", "Hier à 18h05"]) {
      expect(article(STORY.replace("12 March 2021", line)).frontMatter, line).toMatchObject({ title: "Minister opens new bridge over the river" });
    }
  });

  it("leaves out the page's tags above the headline, short labels between commas", () => {
    // RIA Novosti's: the section's label, the tags, the headline.
    const ria = article(STORY.replace("World\n\n", "В мире\nВ мире, Ирак, Багдад, Турция\n")).frontMatter;
    expect(ria).toMatchObject({ title: "Minister opens new bridge over the river", section: "В мире", author: "Jane Doe" });
    expect(reasonsOf(ria).get("В мире, Ирак, Багдад, Турция")).toMatch(/tags/);
    // In English too, with no section's label above.
    expect(article(STORY.replace("World\n\n", "Iraq, Syria, Turkey\n")).frontMatter.title).toBe("Minister opens new bridge over the river");
  });

  it("leaves out an audio player's times, one a line below its label, and its prompt to subscribe to hear it", () => {
    // Público's, below the date line.
    const player = "Ouça este artigo\n00:00\n05:31\nExclusivo Gostaria de Ouvir? Assine já\n";
    const { frontMatter, body } = article(STORY.replace("12 March 2021\n", `12 de Novembro de 2026, 7:15\n${player}`));
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2026-11-12" });
    expect(frontMatter.section).not.toBe("05:31");
    expect(body).toMatch(/^The minister of transport/);
    expect(body).not.toMatch(/05:31|Assine/);
  });

  it("leaves out an update's time without its date in the other languages, its zone in brackets", () => {
    // Al Jazeera Arabic's, below the date line: `last updated: 15:40 (Mecca time)`.
    for (const line of ["آخر تحديث: 15:40 (توقيت مكة)", "Updated 4:50 p.m. ET", "Aktualisiert um 14:12"]) {
      const { frontMatter, body } = article(STORY.replace("12 March 2021\n", `12 March 2021\n${line}\n`));
      expect(frontMatter.summary, line).toMatch(/^The minister of transport/);
      expect(body, line).not.toContain(line);
    }
  });

  it("reads a date line in the Solar Hijri calendar as the Gregorian day it is", () => {
    // BBC Persian's, right below the headline, in Persian digits.
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n\n12 March 2021", "۱۴ آذر ۱۴۰۵"));
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", date: "2026-12-05" });
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).not.toContain("آذر");
    expect(readDateLine("1 فروردین 1403")).toEqual({ date: "2024-03-20" });
  });

  it("reads the outlet's newsroom as the byline, and a photo's caption that ends on its copyright as the photo's", () => {
    // ANSA's: `Redazione ANSA`, the place in capitals, the date line, the caption.
    const header = "Redazione ANSA\nTEHERAN\n06 dicembre 2026, 11:12\nManifestazione per Pakhshan Azizi a Roma - RIPRODUZIONE RISERVATA";
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n\n12 March 2021", header));
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", section: "World", source: "ANSA", date: "2026-12-06" });
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).toMatch(/Manifestazione per Pakhshan Azizi a Roma/);
  });

  it("reads a headline above a byline in lower case, the section's label printed twice, the date below the player and photo", () => {
    // The Corriere della Sera's: the site's buttons, the section's label twice, `di` and the writer, the standfirst,
    // the audio player's label, length, info button and badge, the photo's caption, then the date line.
    const headline = "Iraq, il Papa Leone XIV a Mosul: «La pace è possibile anche dove la guerra ha distrutto tutto»";
    const standfirst = "Il Pontefice ha visitato la piana di Ninive e le chiese ricostruite dopo la sconfitta dell'Isis. Incontro con le famiglie cristiane tornate a Qaraqosh";
    const page = [
      "CORRIERE DELLA SERA", "Menu", "Cerca", "Abbonati", "Accedi", "Esteri", "Esteri", headline, "di Viviana Mazza", standfirst,
      "Ascolta l'articolo", "4 min", "i", "NEW", "Papa Leone XIV durante la visita a Qaraqosh (Ansa)", "Pubblicato il 23 novembre 2026 - 19:15",
      "«La pace è possibile anche dove la guerra ha distrutto tutto». Con queste parole Papa Leone XIV si è rivolto domenica ai fedeli riuniti a Qaraqosh.",
      "Il Pontefice era arrivato in mattinata a Erbil, accolto dal presidente della regione del Kurdistan, Nechirvan Barzani.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: headline, section: "Esteri", author: "Viviana Mazza", date: "2026-11-23", time: "19:15", summary: standfirst });
    for (const line of ["Cerca", "Abbonati", "Accedi"]) expect(reasonsOf(frontMatter).get(line), line).toMatch(/^site chrome/);
    expect(body).not.toMatch(/^(?:i|NEW)$|Qaraqosh i\b|Pubblicato/m);
    expect(body).toMatch(/Papa Leone XIV durante la visita a Qaraqosh/);
  });

  it("reads the last of the labels below a logo in capitals as the section, the site's sign-in buttons left out", () => {
    // Público's: its logo, `Assinar` / `Entrar`, the path to the section, the headline, the standfirst, writer and date.
    const page = STORY.replace("World\n", "PÚBLICO\nAssinar\nEntrar\nMundo\nMédio Oriente\nIraque\n");
    const { frontMatter } = article(page);
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", section: "Iraque", author: "Jane Doe", date: "2021-03-12" });
    // The logo by its shape, the site's sign-in button below it among the menu's: the source.
    expect(frontMatter.source).toBe("PÚBLICO");
    expect(reasonsOf(frontMatter).get("PÚBLICO")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    expect(reasonsOf(frontMatter).get("Médio Oriente")).toBe("navigation or language menu");
  });

  it("reads a news agency's name alone above its date line, below the standfirst, and the section's labels again below it", () => {
    // Notícias ao Minuto's, running Lusa's copy: the first paragraph, the photo's credit, `Lusa`, the date line, then
    // the section's path again above the article.
    const standfirst = "As Nações Unidas alertaram hoje para o agravamento da situação humanitária no nordeste da Síria, com a chegada do inverno.";
    const page = [
      "Notícias ao Minuto", "Mundo", "Síria", "ONU alerta para crise humanitária no nordeste da Síria com chegada do inverno", standfirst,
      "© Reuters", "Lusa", "01/12/2026 16:48 ‧ Há 3 horas por Lusa", "Mundo", "Síria",
      "\"Com as temperaturas a descer abaixo de zero, as famílias nos campos enfrentam condições extremamente difíceis\", afirmou em Genebra o porta-voz Jens Laerke.",
      "Segundo a ONU, cerca de 40 mil pessoas continuam no campo de Al-Hol, controlado pelas Forças Democráticas Sírias.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ section: "Síria", date: "2026-12-01", source: "Lusa", summary: standfirst });
    expect(frontMatter.author).toBeUndefined();
    expect(body).toMatch(/^"Com as temperaturas/);
    // As the page prints it whole: the agency and the section above how long ago it was posted, then the path again.
    const whole = article(["Notícias ao Minuto", "Lusa", "Mundo", "Há 3 horas", page].join("\n")).frontMatter;
    expect(whole).toMatchObject({ section: "Síria", date: "2026-12-01", source: "Lusa", summary: standfirst });
    expect(reasonsOf(whole).get("Há 3 horas")).toBe("date line naming the day by the day the page was shown (no date read)");
  });

  it("reads a standfirst without the one-word kicker a copy ran into it", () => {
    // NRC's: `Olie` above the standfirst, on its line.
    const standfirst = "De pijpleiding van Kirkuk naar Ceyhan ligt al ruim drie jaar stil. Een nieuw akkoord moet daar verandering in brengen.";
    const { frontMatter } = article(STORY.replace("By Jane Doe", `Olie ${standfirst}\n\nDoor Carolien Roelants`));
    expect(frontMatter).toMatchObject({ summary: standfirst, author: "Carolien Roelants", date: "2021-03-12" });
    expect(frontMatter.people).not.toContain("Olie De");
    // A standfirst that opens on a name, the article in capitals after it a name's too, keeps it.
    const named = "Jan De Vries leidt de onderhandelingen tussen Bagdad en Erbil, en hij is er niet gerust op.";
    expect(article(STORY.replace("By Jane Doe", `${named}\n\nDoor Carolien Roelants`)).frontMatter.summary).toBe(named);
  });

  it("reads an Arabic byline of the writer's name, role and account below a summary box, and the date line below it", () => {
    // Independent Arabia's: the standfirst, the photo, `ملخص` (summary) above its paragraph, the writer, the date.
    const page = [
      "تحقيقات ومطولات",
      "سد الموصل... خطر يتجدد مع شح المياه وتراجع الصيانة",
      "خبراء يحذرون من انهيار محتمل في ظل تآكل الأساسات وقلة التمويل",
      "سد الموصل على نهر دجلة شمال العراق (أ ف ب)",
      "ملخص",
      "يعاني سد الموصل، أكبر سدود العراق، من مشكلات هيكلية مزمنة بسبب بنائه على أرضية جبسية قابلة للذوبان.",
      "سامر الياس صحافي @samerelias",
      "الاثنين 30 نوفمبر 2026 10:12",
      "لا يزال سد الموصل، الواقع على نهر دجلة على بعد نحو 50 كيلومتراً شمال مدينة الموصل، يثير قلق المهندسين والخبراء.",
      "ويقول المهندس نصرت أدمو، الخبير السابق في وزارة الموارد المائية، إن السد يحتاج إلى حقن مستمر.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    const [title, summary] = page.split("\n").slice(1, 3);
    expect(frontMatter).toMatchObject({ title, summary, author: "سامر الياس", date: "2026-11-30" });
    expect(body).toMatch(/يعاني سد الموصل/);
    expect(body).not.toMatch(/samerelias|خبراء يحذرون/);
    // The box's label is none of the article's text.
    expect(body).not.toMatch(/^ملخص$/mu);
    expect(reasonsOf(frontMatter).get("ملخص")).toBe("the label of a box of the article's summary, below the headline");
    // A headline that ends on a role is no byline.
    expect(article(STORY.replace("Minister opens new bridge over the river", "الإفراج عن صحافي")).frontMatter.title).toBe("الإفراج عن صحافي");
  });

  it("reads a byline that opens on where the writer reported from, and Italian's `di`", () => {
    const cases = [
      // Der Spiegel's, below the standfirst; RFI's, below its opening paragraph; the Corriere della Sera's.
      ["Aus Erbil berichtet Christoph Reuter", "Christoph Reuter", "Erbil"],
      ["Avec notre correspondant à Téhéran, Siavosh Ghazi", "Siavosh Ghazi", "Téhéran"],
      ["De notre envoyée spéciale à Mossoul, Hélène Sallon", "Hélène Sallon", "Mossoul"],
      ["di Viviana Mazza", "Viviana Mazza", undefined],
    ] as const;
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    for (const [byline, author, place] of cases) {
      const { frontMatter, body } = article(STORY.replace("By Jane Doe", `${standfirst}\n\n${byline}`));
      expect(frontMatter, byline).toMatchObject({ author, summary: standfirst, date: "2021-03-12" });
      if (place) expect(frontMatter.places, byline).toContain(place);
      expect(body.startsWith("The minister of transport"), byline).toBe(true);
    }
  });

  it("reads a standfirst between the headline and the byline or date as the summary, not the lead", () => {
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const aboveByline = article(STORY.replace("\n\nBy Jane Doe", `\n\n${standfirst}\n\nBy Jane Doe`));
    // Without a full stop it reads like a headline, and is the standfirst for the date line read after it.
    const unstopped = standfirst.slice(0, -1);
    const aboveDate = article(STORY.replace("\n\n12 March", `\n\n${unstopped}\n\n12 March`));
    for (const [{ frontMatter, body }, summary] of [[aboveByline, standfirst], [aboveDate, unstopped]] as const) {
      expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12", summary });
      expect(body.startsWith("The minister of transport")).toBe(true);
    }
    // A sentence below the headline with no date or byline after it is the lead, as before.
    expect(article(STORY.replace("\n\nBy Jane Doe\n\n12 March 2021", `\n\n${standfirst}`)).body.startsWith(standfirst)).toBe(true);
  });

  it("reads a byline without 'By' (a name, 'in', a place) above the date line, and a headline that reads so as the headline", () => {
    const { frontMatter, body } = article(STORY.replace("By Jane Doe", "Jane Doe in Baghdad"));
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
    expect(body).not.toContain("Jane Doe in Baghdad");
    expect(article(STORY.replace("Minister opens new bridge over the river", "Floods Return in Basra")).frontMatter.title).toBe("Floods Return in Basra");
  });

  it("reads a byline of a name, a comma and a place above the date line, the place among the article's; not a place's", () => {
    const { frontMatter, body } = article(STORY.replace("By Jane Doe", "Jane Doe, Samawah"));
    expect(frontMatter).toMatchObject({ author: "Jane Doe", date: "2021-03-12", places: ["Samawah"] });
    expect(body).toMatch(/^The minister of transport/);
    for (const place of ["Erbil Province, Kurdistan Region", "Baghdad, Iraq"]) {
      expect(article(STORY.replace("By Jane Doe", place)).frontMatter.author, place).toBeUndefined();
    }
  });

  it("reads a headline of short sentences with their full stops above a standfirst and byline, not a short headline's standfirst", () => {
    const page = STORY.replace("Minister opens new bridge over the river", "The bridge is open. The town is whole.\n\nTen years of delays ended on Friday");
    expect(article(page).frontMatter).toMatchObject({
      section: "World",
      title: "The bridge is open. The town is whole.",
      summary: "Ten years of delays ended on Friday",
      author: "Jane Doe",
    });
    const standfirst = STORY.replace("World\n\nMinister opens new bridge over the river", "Bridge opens\n\nThe town is whole again.");
    expect(article(standfirst).frontMatter).toMatchObject({ title: "Bridge opens", summary: "The town is whole again." });
  });

  it("reads the site's motto above the headline as the site's, not the title or the section, whatever the headline's shape", () => {
    const motto = "Democracy Dies in Darkness";
    const standfirst = "Drought and dams upstream have shrunk the wetlands of southern Iraq, and the herders are moving to the cities";
    const byline = "By Louisa Loveluck and Mustafa Salim\nJune 20, 2023 at 5:00 a.m. EDT";
    const lead = "CHIBAYISH, Iraq — The water in the marshes has fallen so low this summer that the reed boats sit on dry mud.";
    for (const headline of ["Iraq’s marshes are drying up. Its people are leaving.", "Iraq’s marshes are drying up as the rivers fail"]) {
      const { frontMatter, body } = article([motto, headline, standfirst, byline, lead, ""].join("\n"));
      expect(frontMatter, headline).toMatchObject({ title: headline, summary: standfirst, author: "Louisa Loveluck and Mustafa Salim", date: "2023-06-20" });
      expect(frontMatter.section, headline).toBeUndefined();
      expect(reasonsOf(frontMatter).get(motto), headline).toBe("the site's name, motto or menu, above the headline");
      expect(body.trim(), headline).toMatch(/^The water in the marshes/);
    }
  });

  it("reads the site's name and motto of any shape above the section's label right above the headline, the standfirst below", () => {
    // Al-Monitor's: its name, its motto in sentence case, the section's label, the headline, the standfirst, the byline.
    const motto = "The Middle East's leading independent news source since 2012";
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const page = ["AL-MONITOR", motto, "Iraq", "Minister opens new bridge over the river", standfirst, "Jane Doe", "March 12, 2021"];
    const { frontMatter, body } = article([...page, "The minister of transport, Anna Berg, opened the new bridge on Friday.", ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", section: "Iraq", summary: standfirst, author: "Jane Doe" });
    expect(reasonsOf(frontMatter).get(motto)).toBe("the site's name or motto, above the section's label");
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads a news agency's name in capitals below the headline as the source, not a label with the site's motto above it", () => {
    // Arab News': the headline, an update's date, `AFP`, the date, the headline again, the standfirst.
    const headline = "Minister opens new bridge over the river";
    const page = [headline, "Updated 12 March 2021", "AFP", "March 12, 2021 18:40", headline, "The town waited ten years for a crossing"];
    const { frontMatter } = article([...page, "BAGHDAD: The minister of transport, Anna Berg, opened the new bridge on Friday.", ""].join("\n"));
    expect(frontMatter).toMatchObject({ title: headline, source: "AFP", date: "2021-03-12" });
  });

  it("reads the site's name printed again between the standfirst and the date line as the source, the standfirst the summary", () => {
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const page = ["Kurdistan24", "Home", "Kurdistan", "Iraq", "World", "Kurdistan", "Minister opens new bridge over the river", standfirst, "Kurdistan24", "2021-03-12 14:22"];
    const { frontMatter, body } = article([...page, "ERBIL (Kurdistan24) – The minister of transport, Anna Berg, opened the new bridge on Friday.", ""].join("\n"));
    expect(frontMatter).toMatchObject({ source: "Kurdistan24", date: "2021-03-12", summary: standfirst, places: expect.arrayContaining(["Erbil"]) });
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads the section's name and the article's rubric between a bar above the headline as the section (the Economist's)", () => {
    const headline = "The town is whole again, and so is the river";
    const page = STORY.replace("World\n\nMinister opens new bridge over the river", `Middle East & Africa | Dams and dust\n${headline}`);
    const { frontMatter } = article(page);
    expect(frontMatter).toMatchObject({ title: headline, section: "Middle East & Africa", author: "Jane Doe" });
    // A headline with a bar of its own stays whole.
    const barred = article(STORY.replace("World\n\nMinister opens new bridge over the river", "Iraq | Parliament elects new president")).frontMatter;
    expect(barred.title).toBe("Iraq | Parliament elects new president");
  });

  it("reads a stack of labels above the headline and standfirst (Haaretz's, a think tank's programme) as the section", () => {
    const headline = "Iran's Proxies in Iraq Are Quietly Pulling Back From the Fight With Israel";
    const standfirst = "The militias have halted their drone attacks on Israel since the fall of Assad, and Tehran wants it that way";
    const rest = [headline, standfirst, "Zvi Bar'el", "Jan 18, 2025", "The Iraqi militias loyal to Iran have not claimed a drone attack since December.", ""];
    for (const labels of [["Haaretz", "Middle East News"], ["Middle East News", "Analysis"]]) {
      const { frontMatter } = article([...labels, ...rest].join("\n"));
      expect(frontMatter, labels[0]).toMatchObject({ title: headline, section: labels[1], summary: standfirst, author: "Zvi Bar'el" });
      expect(reasonsOf(frontMatter).get(labels[0]!), labels[0]).toBe("the site's name, motto or menu, above the headline");
    }
    // Chatham House's programme over a research paper's title in sentence case, its writers one a line.
    const title = "Iraq’s protest movement and the politics of reform";
    const summary = "This paper examines how the Tishreen protest movement has reshaped Iraqi politics since 2019";
    const paper = ["Middle East and North Africa Programme", title, summary, "Renad Mansour", "Zainab Mehdi", "Published 12 March 2023"];
    const { frontMatter, body } = article([...paper, "In October 2019, hundreds of thousands of Iraqis took to the streets.", ""].join("\n"));
    expect(frontMatter).toMatchObject({ title, summary, section: "Middle East and North Africa Programme", author: "Renad Mansour and Zainab Mehdi" });
    expect(body.trim()).toMatch(/^In October 2019/);
    // A headline in title case without a verb above the standfirst is no label: the headline.
    const feature = article(STORY.replace("Minister opens new bridge over the river", `The Lost Marshes\n\n${standfirst}`)).frontMatter;
    expect(feature).toMatchObject({ section: "World", title: "The Lost Marshes", summary: standfirst });
  });

  it("reads `Reporting from …` below a byline as the places the writer filed from, not an outlet", () => {
    const { frontMatter } = article(STORY.replace("By Jane Doe", "By Jane Doe\nReporting from Samawah, Muthanna and Kut"));
    expect(frontMatter).toMatchObject({ author: "Jane Doe", places: ["Samawah", "Muthanna", "Kut"] });
    expect(frontMatter.source).toBeUndefined();
  });

  it("reads the page's web address alone on the text's first line as its url", () => {
    const url = "https://example.org/world/2021/03/12/minister-opens-bridge";
    const { frontMatter, body } = article(`${url}\n\n${STORY}`);
    expect(frontMatter).toMatchObject({ url, title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
    expect(body).not.toContain(url);
  });

  it("reads the page's web address a copy prints below the headline as its url", () => {
    const url = "https://www.nytimes.com/2021/03/12/world/middleeast/bridge.html";
    const page = ["Middle East", "Today’s Paper", "Middle East|Minister opens new bridge over the river", url, "Minister opens new bridge over the river"];
    const { frontMatter, body } = article([...page, "By Jane Doe", "12 March 2021", "The minister of transport, Anna Berg, opened the new bridge on Friday.", ""].join("\n"));
    expect(frontMatter).toMatchObject({ url, title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
    expect(reasonsOf(frontMatter).get(url)).toBe("the page's web address, below the headline (kept as url)");
    expect(body).not.toContain(url);
  });

  it("reads the page's web address on the text's last line as its url, alone or after a label", () => {
    const url = "https://example.org/world/minister-opens-bridge";
    for (const line of [url, `Source: ${url}`, `Originally published at ${url}`]) {
      const { frontMatter, body } = article(`${STORY}\n${line}\n`);
      expect(frontMatter, line).toMatchObject({ url, title: "Minister opens new bridge over the river", date: "2021-03-12" });
      expect(reasonsOf(frontMatter).get(line), line).toBe("the page's web address, noted below its text (kept as url)");
      expect(body, line).not.toContain(url);
    }
    // A site's home page is a footer's link, and `Read more:` another article's: neither is the article's address.
    for (const line of ["https://example.org/", `Read more: ${url}`]) {
      expect(article(`${STORY}\n${line}\n`).frontMatter.url, line).toBeUndefined();
    }
    // The address above the text is the one its page gave; the one below is recorded, not kept.
    const both = article(`https://example.org/a\n\n${STORY}\n${url}\n`).frontMatter;
    expect(both.url).toBe("https://example.org/a");
    expect(reasonsOf(both).get(url)).toBe("the page's web address, noted below its text, not kept: the text gives the url above it");
  });

  it("dates an article by its web address where the text gives no date, and says so", () => {
    const undated = STORY.replace("12 March 2021\n\n", "");
    const cases: [string, string | undefined][] = [
      ["https://example.org/world/2021/03/12/minister-opens-bridge", "2021-03-12"],
      ["https://example.org/world/2021/mar/12/minister-opens-bridge", "2021-03-12"],
      ["https://example.org/news/2021/3/2/minister-opens-bridge", "2021-03-02"],
      ["https://example.org/world/minister-opens-bridge-2021-03-12/", "2021-03-12"],
      ["https://example.org/en/20210312-minister-opens-bridge", "2021-03-12"],
      ["https://example.org/blog/2021/03/minister-opens-bridge", "2021-03"],
      // An id of eight digits is no day, nor a day the calendar lacks, nor digits in the query.
      ["https://example.org/news/world-middle-east-63242398", undefined],
      ["https://example.org/world/2021/02/30/minister-opens-bridge", undefined],
      ["https://example.org/world/minister-opens-bridge?date=2021-03-12", undefined],
    ];
    for (const [url, date] of cases) {
      for (const text of [`${url}\n\n${undated}`, `${undated}\n${url}\n`]) {
        const { frontMatter } = article(text);
        expect(frontMatter.date, text).toBe(date);
        expect(frontMatter.provenance, text).toEqual(date ? { date: "address" } : {});
      }
    }
    // The date the text prints wins over the address's.
    const dated = article(`${STORY}\nhttps://example.org/world/2021/03/11/minister-opens-bridge\n`).frontMatter;
    expect(dated).toMatchObject({ date: "2021-03-12", provenance: {} });
  });

  it("reads a name alone above the writer's role or outlet as a byline, below the headline", () => {
    for (const role of ["BBC News, Basra", "Middle East correspondent"]) {
      const { frontMatter, body } = article(STORY.replace("By Jane Doe", `Jane Doe\n${role}`));
      expect(frontMatter, role).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
      expect(body, role).not.toContain("Jane Doe");
    }
    // A byline with "By" and the outlet below it is read as a byline: "By" is not taken for the name's first word.
    for (const story of [STORY, STORY.replace("World\n\n", "")]) {
      const withBy = article(story.replace("By Jane Doe", "By Jane Doe\nBBC News, Basra")).frontMatter;
      expect(withBy).toMatchObject({ author: "Jane Doe", date: "2021-03-12" });
    }
    // The outlet and place below a byline are the article's source and a place it was reported from; a role is neither.
    const outlet = article(STORY.replace("By Jane Doe", "Jane Doe\nBBC News, Basra")).frontMatter;
    expect(outlet).toMatchObject({ source: "BBC News", places: expect.arrayContaining(["Basra"]) });
    const role = article(STORY.replace("By Jane Doe", "By Jane Doe\nSecurity correspondent, London")).frontMatter;
    expect(role).toMatchObject({ author: "Jane Doe" });
    expect(role.source).toBeUndefined();
    expect(role.places).not.toContain("London");
    // The NOS's role first, in lower case, and no date line below: the name and role say it is a byline.
    const dutch = article(STORY.replace("By Jane Doe\n\n12 March 2021", "Jane Doe\ncorrespondent Midden-Oosten"));
    expect(dutch.frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe" });
    expect(dutch.body).toMatch(/^The minister of transport/);
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const below = article(STORY.replace("By Jane Doe", `${standfirst}\n\nJane Doe\nBBC News, Basra`)).frontMatter;
    expect(below).toMatchObject({ author: "Jane Doe", summary: standfirst, date: "2021-03-12" });
  });

  it("reads a name alone above a label of the writer's and a date line as a byline (The New Arab's `Iran` between)", () => {
    const standfirst = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n\n12 March 2021", `${standfirst}\nJane Doe\nIraq\n12 March 2021`));
    expect(frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12", summary: standfirst });
    expect(body).toMatch(/^The minister of transport/);
    // Two labels of a path to a section have no name's words (`East`).
    expect(article(STORY.replace("By Jane Doe\n\n12 March 2021", "Middle East\nIraq\n12 March 2021")).frontMatter.author).toBeUndefined();
  });

  it("reads writers each in their place above a date line that says how long ago the page was published (the FT's)", () => {
    const byline = "Jane Doe in London and John Smith in Baghdad\nPublished 2 hours ago";
    const { frontMatter, body } = article(STORY.replace("By Jane Doe\n\n12 March 2021", byline));
    expect(frontMatter).toMatchObject({ author: "Jane Doe and John Smith", places: expect.arrayContaining(["London", "Baghdad"]) });
    expect(frontMatter.people).not.toContain("Jane Doe");
    expect(reasonsOf(frontMatter).get("Published 2 hours ago")).toBe("date line naming the day by the day the page was shown (no date read)");
    expect(body).toMatch(/^The minister of transport/);
  });

  it("leaves out a menu of short labels above the headline, keeping as section a label it prints again there", () => {
    const page = (labels: string) => article(`${labels}\n\n${STORY.replace("World\n\n", "")}`).frontMatter;
    const repeated = page("World\n\nBusiness\n\nSport\n\nWorld");
    expect(repeated).toMatchObject({ section: "World", title: "Minister opens new bridge over the river" });
    expect(repeated.removed?.filter((line) => line.text === "World").map((line) => line.reason)).toEqual([
      "navigation or language menu",
      "section label (kept as section)",
    ]);
    const menuOnly = page("World\n\nBusiness\n\nSport");
    expect(menuOnly.title).toBe("Minister opens new bridge over the river");
    expect(menuOnly.section).toBeUndefined();
  });

  it("reads a metadata block only where it is one: fenced, a map, naming a field ingest knows", () => {
    for (const opening of ["---\nNot: a field we know\n---\n\n", "---\n- a list\n---\n\n", "---\ntitle: never closed\n\n"]) {
      const { frontMatter, body } = article(`${opening}${STORY}`);
      const kept = [...(frontMatter.removed ?? []).map((line) => line.text), body].join("\n");
      for (const words of ["Not: a field we know", "a list", "title: never closed"].filter((text) => opening.includes(text))) {
        expect(kept, words).toContain(words);
      }
      expect(frontMatter.removed?.some((line) => /metadata/.test(line.reason))).toBe(false);
    }
    const { frontMatter } = article(`---\ndate: 2021-03\nsite_name: The Courier\n---\n${STORY}`);
    expect(frontMatter).toMatchObject({ date: "2021-03-12", source: "The Courier" });
  });

  it("reads a web clipper's `source:` that holds the page's address as its url, not its publication", () => {
    const url = "https://www.example.org/world/2021/03/12/minister-opens-bridge/";
    const { frontMatter } = article(`---\ntitle: "Minister opens new bridge over the river"\nsource: "${url}"\n---\n${STORY}`);
    expect(frontMatter.url).toBe(url);
    expect(frontMatter.source).toBeUndefined();
    expect(reasonsOf(frontMatter).get(`source: "${url}"`)).toBe("the scraper's metadata (kept as url)");
  });

  it("keeps a date only as precise as the text: a month, a year, a day and time", () => {
    expect(readDateLine("MARCH 2021")).toEqual({ date: "2021-03" });
    expect(readDateLine("2021")).toEqual({ date: "2021" });
    expect(readDateLine("Posted: 2021/03/12 | 14:05")).toEqual({ date: "2021-03-12", time: "14:05" });
  });

  it("reads a date line a copy ran together, and the publication's time, not the update's", () => {
    expect(readDateLine("October 13, 20224:44 PM GMT+3Updated 2 years ago")).toEqual({ date: "2022-10-13", time: "16:44", utcOffset: "+03:00" });
    expect(readDateLine("Oct. 13, 2022Updated 4:50 p.m. ET")).toEqual({ date: "2022-10-13" });
    expect(readDateLine("Published 12 March 2021 Last updated 14 March 2021, 09:10")).toEqual({ date: "2021-03-12" });
    expect(readDateLine("Updated 14 March 2021, 09:10")).toEqual({ date: "2021-03-14", time: "09:10" });
    const both = "Updated June 30, 2023 at 6:00 a.m. EDT|Published June 30, 2023 at 5:00 a.m. EDT";
    expect(readDateLine(both)).toEqual({ date: "2023-06-30", time: "05:00" });
  });

  it("keeps the time's offset from UTC when the line writes it as one, not a zone's abbreviation", () => {
    expect(readDateLine("Tuesday, 14 March 2023, 10:30 GMT")).toEqual({ date: "2023-03-14", time: "10:30", utcOffset: "+00:00" });
    expect(readDateLine("14 March 2023 10:32 UTC+05:30")).toEqual({ date: "2023-03-14", time: "10:32", utcOffset: "+05:30" });
    expect(readDateLine("2022-10-13T16:44:00-04:00")).toEqual({ date: "2022-10-13", time: "16:44", utcOffset: "-04:00" });
    // chrono reads AST as Atlantic time; an Iraqi source means Arabia's. EST is told apart only by the day's rules.
    expect(readDateLine("14 March 2023, 10:30 AST")).toEqual({ date: "2023-03-14", time: "10:30" });
    expect(readDateLine("March 3, 2021 9:00 AM EST")).toEqual({ date: "2021-03-03", time: "09:00" });
  });

  it("does not complete a date without a year from any day, and ignores dates inside a headline", () => {
    expect(readDateLine("on Thursday")).toBeUndefined();
    expect(readDateLine("March 25")).toBeUndefined();
    expect(readDateLine("Elections will be held in June 2021, the commission says")).toBeUndefined();
  });

  it("says nothing of a date when the text gives none", () => {
    expect(article(STORY.replace("12 March 2021\n", "")).frontMatter.date).toBeUndefined();
  });

  it.each([
    ["🔴 BREAKING | Iraqi parliament elects new president"],
    ["Breaking News: Iraqi parliament elects new president"],
    ["🚨🚨 Iraqi parliament elects new president"],
  ])("reads a headline flagged as new (%s) without its flag", (headline) => {
    const { frontMatter } = article(`${headline}\n\nOctober 13, 2022\n\nThe Iraqi parliament on Thursday elected a new president.\n`);
    expect(frontMatter).toMatchObject({ title: "Iraqi parliament elects new president", date: "2022-10-13" });
    expect(frontMatter.provenance).toEqual({});
    expect(reasonsOf(frontMatter).get(headline)).toBe("headline (kept as title, without the flag before it)");
  });

  it.each([
    ["UPDATE 2-Iraqi parliament elects new president", undefined, "headline (kept as title, without the wire's label before it)"],
    ["REFILE-ANALYSIS-Iraqi parliament elects new president", "Analysis", "headline (kept as title, without the wire's label before it, its kind kept as section)"],
  ])("reads a wire story's headline (%s) without the labels before it", (headline, section, reason) => {
    const lead = "BAGHDAD, Oct 13 (Reuters) - The Iraqi parliament on Thursday elected a new president.";
    const { frontMatter, body } = article(`${headline}\n\n(Adds details of the vote in paragraphs 2-3)\n\n${lead}\n\nThe vote ended a year of deadlock.\n`);
    expect(frontMatter.title).toBe("Iraqi parliament elects new president");
    expect(frontMatter.section).toBe(section);
    expect(reasonsOf(frontMatter).get(headline)).toBe(reason);
    expect(reasonsOf(frontMatter).get("(Adds details of the vote in paragraphs 2-3)")).toBe(
      "the wire service's note on what this version of the story changed, not article text",
    );
    expect(body).not.toContain("Adds details");
  });

  it.each([
    ["(LEAD) Hanwha wins US$1.4 bln contract to build housing in Iraq", undefined],
    ["(2nd LD) Hanwha wins US$1.4 bln contract to build housing in Iraq", undefined],
    ["(URGENT) Hanwha wins US$1.4 bln contract to build housing in Iraq", undefined],
    ["(LEAD) (Yonhap Interview) Hanwha wins US$1.4 bln contract to build housing in Iraq", "Interview"],
    ["(News Focus) Hanwha wins US$1.4 bln contract to build housing in Iraq", "Focus"],
    ["(EDITORIAL from Korea Times) Hanwha wins US$1.4 bln contract to build housing in Iraq", "Editorial"],
  ])("reads Yonhap's headline (%s) without its bracketed copy label, its kind kept as section", (headline, section) => {
    const lead = "SEOUL, Dec. 6 (Yonhap) -- Hanwha Engineering & Construction Corp. said Sunday it has signed a US$1.4 billion deal.";
    const { frontMatter } = article(`${headline}\n\nAll News 16:05 December 06, 2026\n\n${lead}\n\nWork on the project stopped in 2024.\n\n(END)\n`);
    expect(frontMatter.title).toBe("Hanwha wins US$1.4 bln contract to build housing in Iraq");
    expect(frontMatter.section).toBe(section);
    expect(reasonsOf(frontMatter).get(headline)).toMatch(/^headline \(kept as title, without the wire's label before it/);
  });

  it.each(["(ADDS details in paras 3-4)", "(2nd LD)", "(Adds comment from ministry, paragraph 3)"])(
    "drops Yonhap's note on the copy's version (%s) between the paragraphs",
    (note) => {
      const lead = "SEOUL, May 19 (Yonhap) -- Hanwha Engineering & Construction Corp. said Tuesday it has won a US$2.1 billion contract.";
      const { frontMatter, body } = article(
        `(LEAD) Hanwha wins US$2.1 bln deal for new Iraqi city near Baghdad\n\nAll News 15:02 May 19, 2026\n\n${lead}\n\nWork on the first phase of Bismayah began in 2012.\n\n${note}\n\nThe new contract is expected to take five years to complete.\n\n(END)\n`,
      );
      expect(body).not.toContain(note);
      expect(body).toContain("Work on the first phase of Bismayah began in 2012.\n\nThe new contract is expected to take five years to complete.");
      expect(reasonsOf(frontMatter).get(note)).toBe("the wire service's note on what this version of the story changed, not article text");
    },
  );

  it("keeps a headline's own bracket at its start (`(Un)finished`)", () => {
    const { frontMatter } = article("(Un)finished business: Iraq's housing towns\n\nOctober 13, 2022\n\nThe towns were promised in 2012.\n");
    expect(frontMatter.title).toBe("(Un)finished business: Iraq's housing towns");
  });

  it("keeps a headline's own hyphen after a short name (US-Iraq)", () => {
    const { frontMatter } = article("US-Iraq talks on troop withdrawal resume in Washington\n\nOctober 13, 2022\n\nThe talks resumed on Thursday.\n");
    expect(frontMatter.title).toBe("US-Iraq talks on troop withdrawal resume in Washington");
  });

  it.each([
    ["Iraqi parliament elects new president | Rudaw.net", "Rudaw.net"],
    ["Iraqi parliament elects new president | Middle East News | Al Jazeera", "Al Jazeera"],
    ["Iraqi parliament elects new president - BBC News", "BBC News"],
    ["Iraqi parliament elects new president – The Washington Post", "The Washington Post"],
  ])("reads the site's name a page's title puts after its headline (%s) as the source", (headline, source) => {
    const { frontMatter } = article(`${headline}\n\nOctober 13, 2022\n\nThe Iraqi parliament on Thursday elected a new president.\n`);
    expect(frontMatter).toMatchObject({ title: "Iraqi parliament elects new president", source });
  });

  it.each([["Iraq votes for a new president | Live Updates"], ["Iraq - a country in crisis"], ["Iraq | Parliament elects new president"]])(
    "keeps a headline's bar or dash before what is no site's name (%s)",
    (headline) => {
      const { frontMatter } = article(`${headline}\n\nOctober 13, 2022\n\nThe Iraqi parliament on Thursday elected a new president.\n`);
      expect(frontMatter.title).toBe(headline);
      expect(frontMatter.source).toBeUndefined();
    },
  );

  it("reads an obituary's short headline (`Name obituary`) as the headline, the long line below it as the standfirst", () => {
    const standfirst = "Kurdish photographer whose images of the Anfal campaign forced the world to look at Halabja";
    const lead = "In March 1988, days after Iraqi aircraft dropped chemical weapons on Halabja, the photographer walked into the town.\n";
    for (const headline of ["Shirin Hassani obituary", "Obituary: Shirin Hassani"]) {
      const { frontMatter } = article(`${headline}\n\n${standfirst}\n\nMartin Chulov\nTue 13 Oct 2026 16.12 BST\n\n${lead}`);
      expect(frontMatter, headline).toMatchObject({ title: headline, summary: standfirst, author: "Martin Chulov" });
    }
  });

  it("reads on past notes below the headline that the story was updated, and keeps them in the article", () => {
    const headline = "Update 3: At least 17 killed as strikes hit Damascus suburbs";
    const notes = [
      "This story has been updated with a new death toll from Syria’s civil defence.",
      "Update 2: Israel’s military says it struck ‘weapons depots’.",
      "Update 1: Witnesses report explosions in Kisweh and Jdeidet Artouz.",
    ];
    const standfirst = "Syria’s government condemns ‘flagrant aggression’ as Israeli military says it targeted weapons depots.";
    const lead = "At least 17 people have been killed in a series of Israeli air strikes on the southern suburbs of Damascus.\n";
    const text = `News|Conflict\n${headline}\n${notes.join("\n")}\n${standfirst}\n\nBy Al Jazeera Staff\nPublished On 3 Jun 2026\n\n${lead}`;
    const { frontMatter, body } = article(text);
    const title = headline.replace("Update 3: ", "");
    expect(frontMatter).toMatchObject({ title, summary: standfirst, author: "Al Jazeera Staff", date: "2026-06-03" });
    for (const note of notes) expect(body).toContain(note);
  });

  it("leaves out the credit for the page's illustration between the standfirst and the byline", () => {
    const standfirst =
      "When Islamic State burned the University of Mosul's central library in 2015, a million books were lost. A decade on, " +
      "students and booksellers have been piecing it back together";
    const lead = "On a cold morning in January, Omar Mohammed stood in the reading room of the new library and counted the shelves.\n";
    for (const credit of ["Illustration: Nadia Hafid", "Photograph: Safin Hamid/AFP/Getty Images", "Composite: Guardian Design"]) {
      const text = `The long read\nThe lost libraries of Mosul: how a city rebuilt its memory\n\n${standfirst}\n\n${credit}\nGhaith Abdul-Ahad\nThu 9 Apr 2026 06.00 BST\n\n${lead}`;
      const { frontMatter, body } = article(text);
      expect(frontMatter, credit).toMatchObject({ summary: standfirst, author: "Ghaith Abdul-Ahad", date: "2026-04-09" });
      expect(body).not.toContain(credit);
    }
    // The Economist's: the credit on the line right below a standfirst without a full stop, right above the date line.
    const economist = "The lost libraries of Mosul\nHow a city rebuilt its memory, one shelf at a time\nPhotograph: Getty Images\nApr 9th 2026|Mosul\n";
    const { frontMatter, body } = article(`${economist}\n${lead}`);
    expect(frontMatter).toMatchObject({ title: "The lost libraries of Mosul", summary: "How a city rebuilt its memory, one shelf at a time", date: "2026-04-09" });
    expect(body).toMatch(/^On a cold morning/);
  });

  it("reads France 24's byline, `By:` and the writers with bars between them", () => {
    const page = (byline: string) =>
      article(
        "Podcasts\n\nIraq's water crisis: can the Tigris and Euphrates survive?\n\nIssued on: 28/08/2026 - 18:40\n\n" +
          `${byline}\n\nIraq is experiencing its worst drought in almost a century, and its marshes are shrinking.\n`,
      ).frontMatter;
    expect(page("By: Annette Young | Ali Laidi")).toMatchObject({
      title: "Iraq's water crisis: can the Tigris and Euphrates survive?",
      author: "Annette Young and Ali Laidi",
    });
    expect(page("By: Annette Young").author).toBe("Annette Young");
    expect(page("By: Annette Young | AFP")).toMatchObject({ author: "Annette Young", source: "AFP" });
  });

  it("keeps a label that says what the article is in its headline (`ANALYSIS:`)", () => {
    const { frontMatter } = article("ANALYSIS: Why Iraq's parliament took a year\n\nOctober 13, 2022\n\nThe vote ended a year of deadlock.\n");
    expect(frontMatter.title).toBe("ANALYSIS: Why Iraq's parliament took a year");
  });

  it("dates an article by a date line alone after it when no line above gives one, not by an update's or a print's", () => {
    const story = "Iraq votes for a president\n\nThe Iraqi parliament elected on Thursday a new president of the republic.\n\n";
    expect(article(`${story}13.10.2022 18:05\n`).frontMatter).toMatchObject({ date: "2022-10-13", time: "18:05" });
    expect(article(`${story}Thursday, 13 October 2022\n`).frontMatter.date).toBe("2022-10-13");
    for (const line of ["Updated 14.10.2022", "Accessed 2 May 2024", "Printed from www.example.com on 13/03/2024"]) {
      expect(article(`${story}${line}\n`).frontMatter.date, line).toBeUndefined();
    }
    const dated = article(`${story.replace("\n\n", "\n\nOctober 12, 2022\n\n")}13.10.2022 18:05\n`).frontMatter;
    expect(dated).toMatchObject({ date: "2022-10-12" });
    // The Corriere's: the date, then when the page was changed in brackets; the date the publication's.
    const corriere = article(`${story}23 novembre 2026 (modifica il 24 novembre 2026 | 21:40)\n`);
    expect(corriere.frontMatter).toMatchObject({ date: "2026-11-23" });
    expect(corriere.frontMatter.time).toBeUndefined();
    expect(corriere.body).not.toContain("modifica");
  });

  it("writes a headline for an article without one from its lead, and marks it generated", () => {
    const { frontMatter } = article("The city council, led by Mayor Tom Hill, voted today to close the old harbour, and promised new jobs for the workers who will lose theirs.\n\nThe vote was close.\n");
    expect(frontMatter.title).toBe("The city council, led by Mayor Tom Hill, voted to close the old harbour");
    expect(frontMatter.provenance).toEqual({ title: "generated" });
  });

  it("cuts a generated headline to its main clause without the day's 'today'", () => {
    expect(headlineFromLead("The French Minister of Armies, Florence Parly, met today with senior Iraqi officials in Baghdad, and stressed the need to act.")).toBe(
      "French Minister of Armies Florence Parly met with senior Iraqi officials in Baghdad",
    );
  });

  it("cuts a long generated headline at its last comma rather than mid-phrase", () => {
    const lead =
      "The Iraqi parliament on Thursday elected Abdul Latif Rashid as the country's new president, ending a year-long political deadlock.";
    expect(headlineFromLead(lead)).toBe("Iraqi parliament elected Abdul Latif Rashid as the country's new president");
  });

  it("reads two points between the headline and the byline as the standfirst, neither of them a photo's caption", () => {
    const page = [
      "Energy & Science",
      "Kurdish Oil Exports Hit Two-Year High as Pipeline Dispute Eases",
      "Flows via Ceyhan reached 265,000 barrels a day in November",
      "Talks with foreign producers over payment terms continue",
      "By Khalid Al-Ansary and Salma El Wardany",
      "December 4, 2026 at 9:30 AM GMT",
      "An oil field operated by DNO ASA near Duhok, in Iraq's Kurdistan region. Photographer: Ali Hassan/Bloomberg",
      "Oil exports from Iraq's semi-autonomous Kurdish region climbed to the highest level in more than two years last month, as a truce allowed more crude to flow to Turkey.",
      "Shipments through the pipeline to the port of Ceyhan averaged 265,000 barrels a day in November, up from 210,000 in October.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter.summary).toBe("Flows via Ceyhan reached 265,000 barrels a day in November. Talks with foreign producers over payment terms continue.");
    expect(body).not.toContain("Talks with foreign producers");
  });

  it("reads the one line below the headline, above the photo and the lead, as the standfirst, no subhead", () => {
    const page = [
      "December 2, 2026",
      "Iraq: Displaced Yezidis Barred From Returning to Sinjar",
      "Authorities Should Lift Arbitrary Restrictions, Ensure Safe, Voluntary Returns",
      "Yezidi women at Sharya camp, near Duhok, Kurdistan Region of Iraq, September 2026. © 2026 Human Rights Watch",
      "(Beirut) – Iraqi federal and Kurdistan Regional Government authorities are preventing thousands of displaced Yezidis from returning to their homes in Sinjar, Human Rights Watch said today.",
      "Both governments should lift arbitrary restrictions and ensure that returns to Sinjar are safe, voluntary, and dignified, Human Rights Watch said.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter.summary).toBe("Authorities Should Lift Arbitrary Restrictions, Ensure Safe, Voluntary Returns");
    expect(body).not.toContain("## ");
    // `(Beirut) –` before the lead: where the report was issued, no publication.
    expect(frontMatter.source).not.toBe("Beirut");
    expect(frontMatter.places).toContain("Beirut");
  });

  it("leaves a document's reference numbers below the headline out of the summary and the organisations", () => {
    const page = [
      "Urgent Action",
      "Iran: Kurdish activist at imminent risk of execution",
      "UA: 112/26 Index: MDE 13/0921/2026 Iran",
      "Date: 1 December 2026",
      "Kurdish civil society activist Pakhshan Azizi, held in Tehran’s Evin prison, is at imminent risk of execution after Iran's Supreme Court upheld her death sentence.",
      "She was convicted after a grossly unfair trial before Branch 26 of the Revolutionary Court in Tehran, her lawyer said on Monday.",
    ].join("\n");
    const { frontMatter } = article(page);
    expect(frontMatter.summary).toMatch(/^Kurdish civil society activist Pakhshan Azizi/);
    expect(frontMatter.organizations).not.toContain("MDE");
    expect(frontMatter.removed?.map(({ text }) => text)).toContain("UA: 112/26 Index: MDE 13/0921/2026 Iran");
  });

  it("writes a headline from a lead that opens with an ellipsis (found by the fuzz of properties.test.ts)", () => {
    const { frontMatter } = article("...\nThe minister of transport opened the new bridge on Friday, ending years of delays.\n");
    expect(frontMatter.title).toBe("The minister of transport opened the new bridge, ending years of delays");
  });

  it("reads a Sorani date line, its digits Eastern Arabic, and the site's name printed again below the headline as the source", () => {
    // VOA Kurdish's: the site's name and menu, the headline, the name again, `٧ی کانوونی یەکەمی ٢٠٢٦` (the 7th of
    // December 2026), the share button.
    const page = [
      "دەنگی ئەمریکا",
      "سەرەکی",
      "جیهان",
      "ڤیدیۆ",
      "عێراق و هەرێم",
      "پەرلەمانی کوردستان کۆبوونەوەی نوێ دەکات",
      "دەنگی ئەمریکا",
      "٧ی کانوونی یەکەمی ٢٠٢٦",
      "بەشکردن",
      "پەرلەمانی کوردستان ڕایگەیاند، کۆبوونەوەی داهاتوو دوای دوو هەفتە لە هەولێر دەکرێت.",
      "ئەندامانی پەرلەمان داوای چارەسەرکردنی کێشەی مووچە دەکەن.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "پەرلەمانی کوردستان کۆبوونەوەی نوێ دەکات", date: "2026-12-07", source: "دەنگی ئەمریکا" });
    expect(frontMatter.summary).toMatch(/^پەرلەمانی کوردستان ڕایگەیاند/);
    expect(body).not.toMatch(/کانوونی|بەشکردن/);
    expect(readDateLine("١٢ی تشرینی دووەمی ٢٠٢٦، ١٤:٣٠")).toEqual({ date: "2026-11-12", time: "14:30" });
    expect(readDateLine("٧ ديسمبر ٢٠٢٦")).toEqual({ date: "2026-12-07" });
  });

  it("reads a Hebrew page's header: its menu, headline, standfirst, writer above the date line, and its comments apart", () => {
    // Ynet's: the site's name and menu, the path to the section (`חדשות`, news, again), the headline, the standfirst, the writer's name, `פורסם:`
    // (published) and the date with a year of two digits, the share buttons; after the article, the related links,
    // the comments' heading and form, and the readers' numbered comments, each with its writer.
    const page = [
      "ynet",
      "חדשות",
      "כלכלה",
      "ספורט",
      "חדשות",
      "צבא וביטחון",
      "אל-שרע מאותת לירושלים: לא נקבל כוחות איראניים בגבול",
      "נשיא סוריה אמר בראיון לרשת אמריקנית כי דמשק לא תהיה בסיס נגד אף אחת משכנותיה",
      "רון בן ישי",
      "פורסם: 03.12.26, 21:14",
      "שתפו בפייסבוק",
      "שתפו בוואטסאפ",
      "נשיא סוריה אחמד אל-שרע אמר בראיון לרשת CBS שפורסם הערב כי סוריה לא תשמש בסיס להתקפות נגד שכנותיה.",
      "הדברים נאמרים על רקע מגעים שמתנהלים מזה חודשים בתיווך אמריקני בין ישראל לסוריה, אמר גורם ביטחוני ל-ynet.",
      "פרסומת",
      "עוד בנושא:",
      "הדרוזים בסווידא: אנחנו עדיין לא סומכים על דמשק",
      "תגובות",
      "הוסיפו תגובה",
      "1. הוא אומר את מה שהאמריקנים רוצים לשמוע",
      "דני, חיפה",
      "2. סוף סוף משהו חיובי מהצפון",
      "מיכל",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "אל-שרע מאותת לירושלים: לא נקבל כוחות איראניים בגבול",
      section: "צבא וביטחון",
      author: "רון בן ישי",
      date: "2026-12-03",
      time: "21:14",
      source: "ynet",
      summary: "נשיא סוריה אמר בראיון לרשת אמריקנית כי דמשק לא תהיה בסיס נגד אף אחת משכנותיה",
      language: "he",
    });
    expect(body).toMatch(/^נשיא סוריה אחמד אל-שרע/);
    expect(body).not.toMatch(/שתפו|פרסומת|תגובה|דני, חיפה|מיכל|הדרוזים/);
    expect(readDateLine("יום חמישי, 3 בדצמבר 2026, 21:14")).toEqual({ date: "2026-12-03", time: "21:14" });
  });

  it("reads BBC Urdu's header: its labels for screen readers above the writer, their role and a photo, and an Urdu date", () => {
    // The service's logo above its skip link and menu, the headline, the photo's credit and caption each run on after
    // its label (`،تصویر کا ذریعہ`, image source; `،تصویر کا کیپشن`, caption), `مصنف,` (author) above the writer's
    // name, `عہدہ,` (role) above the outlet and city, `1 دسمبر 2026` (1 December 2026).
    const page = [
      "BBC News اردو",
      "مواد پر جائیں",
      "سیکشنز",
      "صفحۂ اول",
      "پاکستان",
      "ورلڈ",
      "عراق میں پاکستانی زائرین کی بس کو حادثہ، 14 افراد ہلاک",
      "،تصویر کا ذریعہGetty Images",
      "،تصویر کا کیپشنکربلا جانے والی شاہراہ پر زائرین کا رش",
      "مصنف,",
      "عمر دراز ننگیانہ",
      "عہدہ,",
      "بی بی سی اردو، اسلام آباد",
      "1 دسمبر 2026",
      "عراق میں حکام کا کہنا ہے کہ نجف سے کربلا جانے والی شاہراہ پر پاکستانی زائرین کی ایک بس الٹ گئی۔ زخمیوں کو ہسپتال منتقل کر دیا گیا ہے۔",
      "پاکستان کی وزارت خارجہ کے ترجمان نے کہا ہے کہ بغداد میں پاکستانی سفارتخانہ عراقی حکام کے ساتھ رابطے میں ہے۔",
      "وزیر اعظم نے حادثے پر گہرے دکھ کا اظہار کیا ہے اور زخمیوں کو ہر ممکن سہولت فراہم کرنے کی ہدایت کی ہے۔",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "عراق میں پاکستانی زائرین کی بس کو حادثہ، 14 افراد ہلاک",
      author: "عمر دراز ننگیانہ",
      date: "2026-12-01",
      source: "BBC News اردو",
      language: "ur",
      // Urdu's full stop (`۔`) ends the summary's sentence.
      summary: "عراق میں حکام کا کہنا ہے کہ نجف سے کربلا جانے والی شاہراہ پر پاکستانی زائرین کی ایک بس الٹ گئی۔",
    });
    expect(body).toMatch(/^::: figure\nکربلا جانے والی شاہراہ پر زائرین کا رش\n\n_Getty Images_\n:::\n\nعراق میں حکام/);
    // Each paragraph ends on Urdu's full stop: none is joined to the next as a line a scrape wrapped.
    expect(body).toContain("منتقل کر دیا گیا ہے۔\n\nپاکستان کی وزارت خارجہ");
    expect(body).toContain("رابطے میں ہے۔\n\nوزیر اعظم");
    expect(body).not.toMatch(/مصنف|عہدہ|تصویر کا|اسلام آباد/);
    expect(readDateLine("اتوار 5 جولائی 2026")).toEqual({ date: "2026-07-05" });
  });

  it("reads the BBC's `Author,` and `Role,` labels above the writer's name and the outlet and city they wrote from", () => {
    const page = [
      "BBC News",
      "Home",
      "News",
      "World",
      "Iraq bus crash kills 14 Pakistani pilgrims",
      "Image source,Getty Images",
      "Image caption,Pilgrims on the road to Karbala",
      "Author,",
      "Omar Daraz Nangiana",
      "Role,",
      "BBC Urdu, Islamabad",
      "1 December 2026",
      "Officials in Iraq say a bus carrying Pakistani pilgrims overturned on the road from Najaf to Karbala, killing at least 14 people.",
      "The health ministry's spokesman told the BBC the crash happened on Sunday night.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ author: "Omar Daraz Nangiana", date: "2026-12-01", source: "BBC Urdu" });
    expect(frontMatter.places).toContain("Islamabad");
    expect(body).toMatch(/^::: figure\nPilgrims on the road to Karbala\n\n_Getty Images_\n:::\n\nOfficials in Iraq/);
    expect(body).not.toMatch(/Author|Role|Islamabad/);
  });

  it("reads an outlet's credit with its city as the source, and a headline printed below the lead, with its section and date", () => {
    // Alsumaria's: the site's name and menu, `السومرية نيوز/ البصرة` (Alsumaria News/ Basra), the lead, then the
    // headline, the section's label and the date line.
    const page = [
      "السومرية نيوز",
      "أمن",
      "سياسة",
      "اقتصاد",
      "السومرية نيوز/ البصرة",
      "أعلنت مديرية شرطة البصرة، اليوم الاثنين، اعتقال عصابة متخصصة بسرقة السيارات في قضاء الزبير.",
      "اعتقال عصابة لسرقة السيارات في الزبير",
      "أمن",
      "07-12-2026 | 11:40",
      "وقال مدير الشرطة في بيان إن \"المتهمين اعترفوا بسرقة عشر سيارات خلال الشهر الماضي\".",
      "وأضاف أن \"المتهمين أحيلوا إلى القضاء لاستكمال الإجراءات القانونية بحقهم\".",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "اعتقال عصابة لسرقة السيارات في الزبير",
      section: "أمن",
      date: "2026-12-07",
      time: "11:40",
      source: "السومرية نيوز",
    });
    expect(frontMatter.summary).toMatch(/^أعلنت مديرية شرطة البصرة/);
    expect(frontMatter.places).toContain("البصرة");
    expect(reasonsOf(frontMatter).get("السومرية نيوز/ البصرة")).toBe("dateline: the outlet and where the story was filed (kept as source and places)");
    expect(body).toMatch(/^أعلنت مديرية شرطة البصرة/);
    expect(body).not.toMatch(/اعتقال عصابة لسرقة|11:40/);
  });

  it("reads a city and the outlet below the headline as a dateline, an archive photo's caption and a summary box's label", () => {
    // Sky News Arabia's: `أبوظبي - سكاي نيوز عربية` (Abu Dhabi - Sky News Arabia), the date lines, the photo's caption
    // marked `- أرشيفية` (archive), the box `ملخص` (summary) and its points.
    const page = [
      "سكاي نيوز عربية",
      "الرئيسية",
      "العالم العربي",
      "العالم العربي",
      "العراق.. البرلمان يصوت على قانون الموازنة بعد أشهر من الخلاف",
      "أبوظبي - سكاي نيوز عربية",
      "نشر في: 07 ديسمبر 2026 - 14:22 بتوقيت أبوظبي",
      "مبنى البرلمان العراقي في بغداد - أرشيفية",
      "ملخص",
      "البرلمان يقر الموازنة بأغلبية الحاضرين",
      "الخلاف استمر أكثر من ثلاثة أشهر",
      "صوت مجلس النواب العراقي، الإثنين، على قانون الموازنة العامة للعام المقبل بعد أشهر من الخلافات بين الكتل السياسية.",
      "وقال نواب إن القانون يتضمن تخصيصات جديدة لرواتب موظفي إقليم كردستان.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ source: "سكاي نيوز عربية", date: "2026-12-07" });
    expect(frontMatter.summary).toMatch(/^صوت مجلس النواب العراقي/);
    expect(frontMatter.places).toContain("أبوظبي");
    expect(body).not.toContain("أبوظبي - سكاي نيوز عربية");
    expect(body).toMatch(/::: figure\nمبنى البرلمان العراقي في بغداد - أرشيفية\n:::/);
    expect(body).toMatch(/## ملخص\n\n- البرلمان يقر الموازنة/);
  });

  it("reads a city and the outlet by its address's name below the headline as a dateline, the summary the lead's first sentence", () => {
    // Al Arabiya's: `بغداد - العربية.نت` (Baghdad - Al Arabiya.net), its menu on top naming no outlet, then the date line.
    const page = [
      "الرئيسية",
      "العراق",
      "العالم العربي",
      "البرلمان العراقي يقر قانون الموازنة الاتحادية",
      "بغداد - العربية.نت",
      "نشر في: 07 ديسمبر ,2026: 02:15 م GST",
      "صوت مجلس النواب العراقي، الإثنين، على قانون الموازنة الاتحادية للعام المقبل بعد أشهر من الخلافات بين الكتل السياسية.",
      "وقال نواب إن القانون يتضمن تخصيصات جديدة لرواتب موظفي إقليم كردستان.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "البرلمان العراقي يقر قانون الموازنة الاتحادية", source: "العربية.نت", date: "2026-12-07" });
    expect(frontMatter.summary).toMatch(/^صوت مجلس النواب العراقي/);
    expect(frontMatter.places).toContain("بغداد");
    expect(body).toMatch(/^صوت مجلس النواب العراقي/);
    // Al Jazeera's, the name and `نت` (Net) apart.
    expect(article(page.replace("العربية.نت", "الجزيرة نت")).frontMatter).toMatchObject({ source: "الجزيرة نت" });
  });

  it("reads a path to the article that ends on its headline, printed again below it, as navigation, its section the crumb before", () => {
    // WHO's Disease Outbreak News: the path, the series' label, then the headline.
    const page = [
      "World Health Organization",
      "Health Topics",
      "Countries",
      "Newsroom",
      "Home / Emergencies / Disease Outbreak News / Crimean-Congo haemorrhagic fever - Iraq",
      "Disease Outbreak News",
      "Crimean-Congo haemorrhagic fever - Iraq",
      "7 December 2026",
      "Situation at a glance",
      "Between 1 January and 30 November 2026, the Ministry of Health of Iraq reported 612 suspected cases of Crimean-Congo haemorrhagic fever, including 71 deaths.",
      "The highest number of cases was reported from Dhi Qar governorate, followed by Baghdad.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "Crimean-Congo haemorrhagic fever - Iraq", section: "Disease Outbreak News", date: "2026-12-07" });
    expect(frontMatter.summary).toMatch(/^Between 1 January/);
    expect(body).not.toContain("Disease Outbreak News");
    expect(reasonsOf(frontMatter).get("Home / Emergencies / Disease Outbreak News / Crimean-Congo haemorrhagic fever - Iraq")).toMatch(/^the path to the article/);
  });

  it("reads a place and its country below the byline as where the writer filed from, the site's address, as its copyright names it, the source", () => {
    // The National's print page.
    const page = [
      "Print this article",
      "The National",
      "www.thenationalnews.com",
      "Iraq’s Mosul reopens al-Nouri mosque’s leaning minaret after reconstruction",
      "Sunniva Rose",
      "Mosul, Iraq",
      "Dec 07, 2026",
      "The leaning al-Hadba minaret of Mosul’s Great Mosque of al-Nouri, blown up by ISIS in June 2017, was reopened to the public on Monday after a seven-year reconstruction.",
      "Hundreds of Mosul residents gathered at the site for the ceremony, which was attended by Iraq’s Culture Minister.",
      "Copyright © 2026 The National. All rights reserved.",
    ].join("\n");
    const { frontMatter } = article(page);
    expect(frontMatter).toMatchObject({ author: "Sunniva Rose", source: "The National", date: "2026-12-07" });
    expect(frontMatter.places).toEqual(expect.arrayContaining(["Mosul", "Iraq"]));
    expect(reasonsOf(frontMatter).get("Mosul, Iraq")).toBe("the byline's place (kept as places)");
  });

  it("reads both writers of a byline with a comma between their names when the box about the writers has a note on each", () => {
    // The Washington Institute's PolicyWatch: the box above the text, a sentence on each writer.
    const page = [
      "PolicyWatch 4120",
      "Iraq’s Popular Mobilization Law: What Washington Should Ask For",
      "by Michael Knights, Hamdi Malik",
      "Dec 7, 2026",
      "Also available in",
      "العربية",
      "About the Authors",
      "Michael Knights is the Jill and Jay Bernstein Fellow at The Washington Institute.",
      "Hamdi Malik is an associate fellow at the Institute.",
      "The draft law now before Iraq’s Council of Representatives would give the Popular Mobilization Forces a permanent commission with its own academy and budget line.",
      "Three militias designated by the United States as terrorist organizations hold senior posts in the commission.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ author: "Michael Knights and Hamdi Malik", date: "2026-12-07" });
    expect(frontMatter.summary).toMatch(/^The draft law now before/);
    expect(frontMatter.people).not.toContain("Jay Bernstein");
    expect(body).not.toMatch(/About the Authors|associate fellow|Also available in/);
    // Without the box, what follows the comma may be a role or a place: the first writer alone.
    expect(article(page.replace("Hamdi Malik is an associate fellow at the Institute.\n", "")).frontMatter.author).toBe("Michael Knights");
  });

  it("reads a standfirst a text browser wrapped over lines, above the date line, and the date below it", () => {
    const page = [
      "   Middle East",
      "",
      "Iraq's parliament elects new speaker after months of deadlock",
      "",
      "   Lawmakers chose Mahmoud al-Mashhadani in a second round of voting,",
      "   ending a vacancy that had stalled legislation since last year.",
      "",
      "   Published On 7 Dec 2026 7 Dec 2026",
      "",
      "   Iraq's parliament has elected Sunni politician Mahmoud al-Mashhadani as its speaker, ending more than a year of deadlock.",
      "",
    ];
    const { frontMatter, body } = article(page.join("\n"));
    expect(frontMatter).toMatchObject({ date: "2026-12-07", summary: "Lawmakers chose Mahmoud al-Mashhadani in a second round of voting, ending a vacancy that had stalled legislation since last year." });
    expect(body).toMatch(/^Iraq's parliament has elected/);
  });

  it("reads a Chinese page: its headline, the date and source on one line, the agency's dateline with its reporters, each paragraph", () => {
    // Xinhua's Chinese page: the site's name and menu, the headline, `来源：` (source) after the date, the page's
    // controls, the dateline (`电`, cabled) with its reporters (`记者`), a photo's caption with its credit (`摄`, photographed by).
    const page = [
      "新华网",
      "首页 | 时政 | 国际 | 财经 | 军事 | 体育 | 图片 | 视频 | 思客",
      "伊拉克库尔德自治区首府埃尔比勒举行国际书展",
      "2026-10-22 09:35:18 来源：新华网",
      "【字体：大 中 小】 打印 分享到：",
      "新华社巴格达10月21日电（记者 王健 李杨）第十七届埃尔比勒国际书展21日在伊拉克库尔德自治区首府埃尔比勒开幕，来自20多个国家和地区的300多家出版机构参展。",
      "本届书展为期11天，展出图书超过50万册。主办方负责人在开幕式上说，书展已成为伊拉克和地区最重要的文化活动之一。",
      "据主办方介绍，书展期间还将举办100多场讲座、签售会和诗歌朗诵会。",
      "（图片）",
      "10月21日，读者在伊拉克埃尔比勒国际书展中国展台参观。新华社发（哈立德·穆罕默德摄）",
      "责任编辑：张 琳",
      "相关新闻",
      "伊拉克总理会见中国外长",
      "中伊签署电力合作协议",
      "【纠错】",
      "扫一扫在手机打开当前页",
      "新华网版权所有",
      "Copyright © 2000-2026 XINHUANET.com All Rights Reserved.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({
      title: "伊拉克库尔德自治区首府埃尔比勒举行国际书展",
      date: "2026-10-22",
      time: "09:35",
      author: "王健、李杨",
      source: "新华社",
      summary: "第十七届埃尔比勒国际书展21日在伊拉克库尔德自治区首府埃尔比勒开幕，来自20多个国家和地区的300多家出版机构参展。",
      language: "zh",
    });
    // The site's name above its menu, which the date line credits, is no section.
    expect(frontMatter.section).toBeUndefined();
    // Each paragraph stays one, its sentences together; the caption is a figure with its credit.
    expect(body).toMatch(/^第十七届埃尔比勒国际书展21日.+参展。\n\n本届书展为期11天，展出图书超过50万册。主办方.+之一。\n\n据主办方介绍/u);
    expect(body).toContain("::: figure\n10月21日，读者在伊拉克埃尔比勒国际书展中国展台参观。\n\n_新华社发（哈立德·穆罕默德摄）_\n:::");
    expect(body).not.toMatch(/新华网|责任编辑|相关新闻|中伊签署|纠错|扫一扫|字体/u);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("2026-10-22 09:35:18 来源：新华网")).toMatch(/kept as date and source/);
    expect(reasons.get("新华社巴格达10月21日电（记者 王健 李杨）")).toMatch(/^dateline: .*reporters/);
    expect(reasons.get("【字体：大 中 小】 打印 分享到：")).toMatch(/^site chrome/);
    expect(reasons.get("责任编辑：张 琳")).toMatch(/^the editor's credit/);
    expect(reasons.get("新华网版权所有")).toMatch(/^site chrome/);
  });

  it("reads People's Daily's path to the section, its date line with `|` and its print edition, and NHK's Japanese date", () => {
    const people = [
      "人民网",
      "首页 | 时政 | 国际 | 社会 | 财经 | 观点 | 地方",
      "人民网 >> 国际",
      "伊拉克总理会见中国外长 双方同意深化能源合作",
      "2026年12月03日08:15 | 来源：人民网－人民日报",
      "小字号",
      "人民网巴格达12月2日电 （记者王磊）伊拉克总理苏达尼2日在巴格达会见到访的中国外交部长。双方表示，愿进一步深化在能源、基础设施和人文领域的合作。",
      "苏达尼表示，伊拉克高度重视发展对华关系，欢迎更多中国企业参与伊拉克重建。",
      "《 人民日报 》（ 2026年12月03日 03 版）",
      "(责编：李欣、王萍)",
      "分享让更多人看到",
      "推荐阅读",
      "中国伊拉克签署电力合作协议",
      "伊拉克库尔德自治区举行国际书展",
      "人民网版权所有，未经书面授权禁止使用",
    ].join("\n");
    const read = article(people);
    expect(read.frontMatter).toMatchObject({
      title: "伊拉克总理会见中国外长 双方同意深化能源合作",
      section: "国际",
      date: "2026-12-03",
      time: "08:15",
      author: "王磊",
      source: "人民网",
      summary: "伊拉克总理苏达尼2日在巴格达会见到访的中国外交部长。",
    });
    expect(read.body).toMatch(/^伊拉克总理苏达尼2日.+合作。\n\n苏达尼表示，.+重建。\n$/u);
    const reasons = reasonsOf(read.frontMatter);
    expect(reasons.get("(责编：李欣、王萍)")).toMatch(/^the editor's credit/);
    expect(reasons.get("推荐阅读")).toMatch(/^a pointer to another article/);
    expect(reasons.get("《 人民日报 》（ 2026年12月03日 03 版）")).toMatch(/^site chrome/);

    // NHK's: the date as Japanese writes it (`15時20分`), sentences that end on `。` and quote in `「」`.
    const nhk = [
      "NHK",
      "トップ | 政治 | 国際 | 経済 | 社会 | 科学・文化 | スポーツ",
      "イラク 首都バグダッドで記録的な砂嵐 空港が一時閉鎖",
      "2026年12月3日 15時20分",
      "シェアする",
      "イラクの首都バグダッドなどで3日、記録的な砂嵐が発生し、視界が悪化したため、バグダッド国際空港は一時閉鎖されました。",
      "イラクでは近年、干ばつが深刻化し、国連は「イラクは気候変動の影響を最も受けやすい国の一つだ」と指摘しています。",
      "国際ニュース一覧へ",
      "Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。",
    ].join("\n");
    const { frontMatter, body } = article(nhk);
    expect(frontMatter).toMatchObject({
      title: "イラク 首都バグダッドで記録的な砂嵐 空港が一時閉鎖",
      date: "2026-12-03",
      time: "15:20",
      source: "NHK",
      summary: "イラクの首都バグダッドなどで3日、記録的な砂嵐が発生し、視界が悪化したため、バグダッド国際空港は一時閉鎖されました。",
      language: "ja",
    });
    expect(body).toMatch(/^イラクの首都.+されました。\n\nイラクでは近年.+指摘しています。\n$/u);
    expect(frontMatter.section).toBeUndefined();
    expect(reasonsOf(frontMatter).get("シェアする")).toMatch(/^site chrome/);
  });
});
