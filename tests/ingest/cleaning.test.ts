import { describe, expect, it } from "vitest";
import { aliasesFrom } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { escapeMarkdown } from "../../src/ingest/markdown.ts";
import { splitGluedSentences } from "../../src/ingest/reflow.ts";
import { slugify } from "../../src/ingest/slug.ts";
import { textDirection } from "../../src/site/filters.ts";
import { data as francTrigrams } from "franc-min/data.js";
import { expressions as francScripts } from "franc-min/expressions.js";
import { reasonsOf } from "../support/removed-lines.ts";
import { STORY, article, paragraphs, withBody } from "../support/ingest-text.ts";

describe("cleaning the text", () => {
  it("reads a page's news items that end on their sources in brackets as paragraphs, no photo's captions", () => {
    const page = [
      "Portal:Current events/2026 December 3",
      "Armed conflicts and attacks",
      "Iraq insurgency",
      "Two Iraqi soldiers are killed and a third is wounded in an attack by Islamic State militants near Tarmiyah, Saladin Governorate. (Shafaq News)",
      "Syrian conflict",
      "Turkish drone strikes kill at least four Syrian Democratic Forces members near Kobani, Aleppo Governorate. (Reuters)",
      "Disasters and accidents",
      "A fire at a hospital in Nasiriyah, Iraq, kills three patients and injures eleven others. (Al Jazeera)",
      "Politics and elections",
      "2026 Kurdistan Region government formation",
      "The Kurdistan Democratic Party and the Patriotic Union of Kurdistan agree on the distribution of ministries in the new cabinet. (Rudaw)",
    ].join("\n");
    const { body } = article(page);
    const paragraphs = body.split("\n\n");
    expect(body).not.toContain("::: figure");
    expect(paragraphs).toContain("Turkish drone strikes kill at least four Syrian Democratic Forces members near Kobani, Aleppo Governorate. (Reuters)");
    expect(paragraphs).toContain("## Politics and elections");
    expect(paragraphs).toContain("## 2026 Kurdistan Region government formation");
  });

  it("keeps a model letter's address, salutation and close on lines of their own, each label in capitals a subhead", () => {
    const page = [
      "Iran: Kurdish activist at imminent risk of execution",
      "Date: 1 December 2026",
      "Kurdish civil society activist Pakhshan Azizi is at imminent risk of execution after Iran's Supreme Court upheld her death sentence.",
      "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER",
      "Head of the Judiciary Gholamhossein Mohseni Ejei",
      "c/o Embassy of Iran to the European Union",
      "Avenue Franklin Roosevelt No. 15, 1050 Bruxelles, Belgium",
      "Dear Mr Mohseni Ejei,",
      "I am gravely concerned that Pakhshan Azizi is at imminent risk of execution. I urge you to release her.",
      "Yours sincerely,",
      "ADDITIONAL INFORMATION",
      "Pakhshan Azizi, a 42-year-old social worker from Mahabad, was arrested by Ministry of Intelligence agents in Tehran on 4 August 2023.",
    ].join("\n");
    const paragraphs = article(page).body.split("\n\n");
    expect(paragraphs).toContain("c/o Embassy of Iran to the European Union");
    expect(paragraphs).toContain("Avenue Franklin Roosevelt No. 15, 1050 Bruxelles, Belgium");
    expect(paragraphs).toContain("Dear Mr Mohseni Ejei,");
    expect(paragraphs).toContain("Yours sincerely,");
    expect(paragraphs).toContain("## ADDITIONAL INFORMATION");
    // A heading in capitals, however long, above the letter's address, a short line.
    expect(paragraphs).toContain("## TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER");
    // A sentence in capitals ends on its mark: a paragraph, shouted.
    const shouted = article(page.replace("TAKE ACTION: WRITE", "PLEASE WRITE").replace("MODEL LETTER", "MODEL LETTER TODAY.")).body.split("\n\n");
    expect(shouted).toContain("PLEASE WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER TODAY.");
  });

  it("reads Chinese and Japanese paragraphs as text, their sentences ending on `。`, and sums them up by them", () => {
    // No space between words or sentences: each paragraph is read by its words and its full stops, not as a line of
    // one word (a menu's item, a short line of chrome); a quote's own full stop before `」` is inside its sentence.
    const chinese = ["书展开幕。", "来自20多个国家和地区的300多家出版机构参展，展出图书超过50万册，涵盖多种语言。", "据主办方介绍，书展期间还将举办100多场讲座。"];
    const zh = article(`国际书展在埃尔比勒开幕\n\n${chinese[0]}${chinese[1]}\n\n${chinese[2]}\n`);
    // The first sentence is too short to say what happened: the second goes with it, with no space between.
    expect(zh.frontMatter.summary).toBe(`${chinese[0]}${chinese[1]}`);
    expect(zh.body).toBe(`${chinese[0]}${chinese[1]}\n\n${chinese[2]}\n`);
    const japanese = "外務省の担当者は「大変残念だ。」と述べ、現地の日本人に注意を呼びかけました。政府は今後も情報収集を続ける方針です。";
    const ja = article(`イラクで砂嵐 空港が閉鎖\n\n${japanese}\n`);
    expect(ja.frontMatter.summary).toBe("外務省の担当者は「大変残念だ。」と述べ、現地の日本人に注意を呼びかけました。");
    expect(ja.body).toBe(`${japanese}\n`);
  });

  it("splits glued sentences but not initials or abbreviations", () => {
    expect(splitGluedSentences("It ended.Then it began.")).toEqual(["It ended.", "Then it began."]);
    expect(splitGluedSentences("The U.S.A and the U.S.-led coalition met Gen.Smith.")).toHaveLength(1);
    expect(splitGluedSentences("It is published on GOV.UK, on Rudaw.Net and on Shafaq.Com.")).toHaveLength(1);
    expect(splitGluedSentences("“It is over.”“It is not,” he said.")).toEqual(["“It is over.”", "“It is not,” he said."]);
  });

  it("keeps a wrapped paragraph whole though a time of day falls alone on one of its lines", () => {
    const { body } = article(`${STORY}\nThe talks between the two delegations began at\n10:32 GMT\nand ended at noon, officials said.\n`);
    expect(body).toContain("The talks between the two delegations began at 10:32 GMT and ended at noon, officials said.");
  });

  it("reads HTML's character references a scraper left as the characters they stand for, and AT&T as written", () => {
    const scraped = STORY.replace("Minister opens new bridge", "Minister opens new bridge &amp; road")
      .replace("\"This bridge joins two halves of one city,\"", "&quot;This bridge joins AT&T&#8217;s two&#10;halves &lt;b&gt;&c,&quot;");
    const { frontMatter, body } = article(scraped);
    expect(frontMatter.title).toBe("Minister opens new bridge & road over the river");
    expect(body).toContain(`"This bridge joins AT&T’s two halves \\<b\\>&c,"`);
  });

  it("keeps the non-joiner Persian spells words with, and leaves out soft hyphens and zero-width spaces", () => {
    const persian = "اعتراض\u200cها در تهران ادامه دارد\n\nدست\u200cکم ده نفر در اعتراض\u200cهای روز جمعه در تهران بازداشت شده\u200cاند، به گفته گروه\u200cهای حقوق بشر.\u200c\n";
    const { frontMatter, body } = article(persian);
    expect(frontMatter.title).toBe("اعتراض\u200cها در تهران ادامه دارد");
    expect(body).toBe("دست\u200cکم ده نفر در اعتراض\u200cهای روز جمعه در تهران بازداشت شده\u200cاند، به گفته گروه\u200cهای حقوق بشر.\n");
    const { body: english } = article(STORY.replace("opened the new bridge", "opened the new bri\u00addge\u200b"));
    expect(english).toContain("opened the new bridge on");
  });

  it("keeps a few long paragraphs printed one a line, with no blank line between, apart", () => {
    const paragraphs = [
      "The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town and its traders.",
      "The bridge cost 40 million euros, twice what the council first planned, after floods in 2019 washed away its first foundations.",
      "“This bridge joins two halves of one city,” she said at the ceremony, as hundreds of residents crossed it on foot for the first time.",
    ];
    const { body } = article(withBody(paragraphs.join("\n")));
    expect(body).toBe(`${paragraphs.join("\n\n")}\n`);
  });

  it("keeps a paragraph that ends on a note's reference after its full stop apart from the next, which opens on a number", () => {
    const paragraphs = [
      "Heavy rainfall caused flash flooding in northern Iraq, the Joint Crisis Coordination Centre said.¹",
      "140 tents were destroyed in Chamishku and Kabarto camps for displaced people.[2]",
      "12 schools in Duhok stayed closed on Thursday.",
    ];
    expect(article(withBody(paragraphs.join("\n\n"))).body).toBe(`${paragraphs.map(escapeMarkdown).join("\n\n")}\n`);
  });

  it("rejoins a scrape wrapped a line a paragraph from its lead, which loses its outlet to the source", () => {
    const lines = [
      "Euphrates Wire / During her meeting with Prime Minister Layla",
      "Karimi this afternoon, the minister stressed the country's support",
      "for the new government facing a political and economic crisis, in",
      "the second visit by a foreign minister to Iraq within six weeks.",
    ];
    const { frontMatter, body } = article(withBody(lines.join("\n\n")));
    expect(frontMatter.source).toBe("Euphrates Wire");
    expect(body).toBe(`${lines.join(" ").replace("Euphrates Wire / ", "")}\n`);
  });

  it("keeps the signatures on a letters page as plain text below each letter, not as subheads", () => {
    const letters = [
      "Rachel Harrow is right that the British Museum should return the objects taken from Iraq in the 19th century.",
      "Dr Hana Abdulrahman",
      "Cardiff",
      "• As a former British army officer who served in Basra in 2003, I remember standing outside the looted museum.",
      "Lt Col (retd) Michael Harker",
      "Salisbury, Wiltshire",
      "• Rachel Harrow writes as if museums in Iraq are now safe. Perhaps they are in Baghdad.",
      "Kawa Rashid",
      "London",
      "Have an opinion on anything you’ve read in the Guardian today? Please email us your letter and it will be considered for publication.",
    ];
    const { body } = article(withBody(letters.join("\n\n")));
    expect(body).not.toContain("##");
    expect(body).toContain("in the 19th century.\n\nDr Hana Abdulrahman\n\nCardiff\n\n• As a former");
    expect(body).toContain("Perhaps they are in Baghdad.\n\nKawa Rashid\n\nLondon\n\nHave an opinion");
  });

  it("keeps the signature below a letters page's only letter, its name and institution as lines of their own", () => {
    const page = [
      "Letters",
      "",
      "Iraq's water crisis needs more than promises",
      "",
      "Guardian readers",
      "",
      "Sun 7 Dec 2026 18.00 GMT",
      "",
      "Your report on farmers leaving their land in southern Iraq (1 December) made grim reading.",
      "",
      "For decades, successive governments have failed to maintain the irrigation schemes that already exist.",
      "",
      "Dr Sarah Jones",
      "University of Leeds",
      "",
      "Have an opinion on anything you've read in the Guardian today? Please email us your letter and it will be considered for publication in our letters section.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ section: "Letters", author: "Guardian readers" });
    expect(body).toBe(
      "Your report on farmers leaving their land in southern Iraq (1 December) made grim reading.\n\n" +
        "For decades, successive governments have failed to maintain the irrigation schemes that already exist.\n\n" +
        "Dr Sarah Jones\n\nUniversity of Leeds\n",
    );
    // On a news page, the same short lines below the article are the page's.
    const news = article(page.replace("Letters", "World")).frontMatter;
    expect(reasonsOf(news).get("University of Leeds")).toBe("short line after the article that is not a sentence (site chrome)");
  });

  it("reads a line that would be a subhead but reads as a sentence, above the lead, as a caption left without its credit", () => {
    const above = (line: string) => article(STORY.replace("The minister of transport", `${line}\n\nThe minister of transport`)).body;
    expect(above("Crowds cross the new bridge on foot on Friday")).toMatch(/^::: figure\nCrowds cross the new bridge on foot on Friday\n:::\n\nThe minister/);
    expect(above("What the bridge means for the town")).toMatch(/^## What the bridge means for the town\n\nThe minister/);
    const below = article(`${STORY}\nCrowds cross the new bridge on foot on Friday\n\nThe bridge cost 40 million euros, twice what the council first planned, after floods.\n`).body;
    expect(below).toContain("\n## Crowds cross the new bridge on foot on Friday\n");
  });

  it("reads an explainer's questions, each above its answer, as its subheads, and one question alone as a paragraph", () => {
    const answers = [
      "The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.",
      "What took so long?",
      "Floods in 2019 washed away the first foundations, and the council had to find the money twice.",
      "What comes next?",
      "A second bridge, downstream, is planned for 2030, the council says.",
    ];
    const explainer = article(withBody(answers.join("\n\n"))).body;
    expect(explainer).toContain("\n## What took so long?\n");
    expect(explainer).toContain("\n## What comes next?\n");
    const asked = article(withBody(answers.slice(0, 3).join("\n\n"))).body;
    expect(asked).toContain("\nWhat took so long?\n");
  });

  it("reads the heading of an article's notes and of its references as subheads, however short the lines below", () => {
    const notes = "Notes\n1. Ministry of Transport, press release, 12 March 2021.\n2. Council minutes, 4 March 2021.";
    const references = "References\n\nCouncil of River Town, \"Bridge plan,\" 2019.\n\nRiver Authority, Flood report, 2020.";
    const { body } = article(STORY.replace(/at the ceremony\.\n$/, `at the ceremony.\n\n${notes}\n\n${references}\n`));
    expect(body).toContain("\n## Notes\n");
    expect(body).toContain("\n## References\n\nCouncil of River Town");
  });

  it("reads a transcript's cast, above the talk, as its text and not a heading", () => {
    const cast = "Host: Rania Haddad\nGuest: Fuad Hussein, Deputy Prime Minister and Foreign Minister of Iraq";
    const talk =
      "RANIA HADDAD: Minister, thank you for joining us. Let me start with the drone attacks on the bases.\n\n" +
      "FUAD HUSSEIN: Thank you. First, these attacks are against Iraqi bases, and the government condemns them.";
    const { body, frontMatter } = article(`Middle East Now — Sunday Interview\n\nBroadcast: December 6, 2026, 19:00 GMT\n\n${cast}\n\n${talk}\n`);
    expect(body).toContain("Host: Rania Haddad");
    expect(body).not.toContain("#");
    // The guest's line says what the talk is, the host's does not.
    expect(frontMatter.summary).toBe("Guest: Fuad Hussein, Deputy Prime Minister and Foreign Minister of Iraq");
  });

  it("reads a briefing's short questions after a speaker's label, and the hour it began, as its text and not headings", () => {
    const talk = [
      "MS BRUCE: Good afternoon, everyone. I have one announcement at the top and then I'm happy to take your questions.",
      "QUESTION: Thanks. On Iraq, has there been any further attack on U.S. forces since the drone strike on Saturday?",
      "MS BRUCE: We're not aware of any further attacks since Saturday, and we hold Iran responsible for its proxies.",
      "QUESTION: Can I follow up?",
      "MS BRUCE: Sure, go ahead, Said.",
      "QUESTION: Different topic?",
      "MS BRUCE: Let's stay in the region for a moment. Yes, in the back, and then we will go to Ukraine.",
    ];
    const { body } = article(`Department Press Briefing\n\nMarch 24, 2026\n\n1:38 p.m. EDT\n\n${talk.join("\n\n")}\n`);
    expect(body).not.toContain("#");
    expect(body).toContain("1:38 p.m. EDT\n\nMS BRUCE: Good afternoon");
    expect(body).toContain("\n\nQUESTION: Can I follow up?\n\nMS BRUCE: Sure, go ahead, Said.\n\nQUESTION: Different topic?\n\n");
  });

  it("reads a podcast host's short questions, each after the host's name, as the talk's text and not headings", () => {
    const talk = [
      "Renad Mansour: Welcome to Middle East Now. It's been almost four months since Iraqis voted. Lahib, where are we?",
      "Lahib Higel: Still in the bargaining phase. The Coordination Framework has not agreed on a single candidate for the job.",
      "Renad Mansour: And the Kurds?",
      "Lahib Higel: The two main Kurdish parties are split, as usual, and each is waiting to see who the Framework picks first.",
      "Renad Mansour: Harith, is that pressure from Washington helping Sudani?",
      "Harith Hasan: In a way. The Americans have made it clear they want someone who can keep the armed groups in check.",
    ];
    const { body } = article(`Iraq's long wait for a government\n\nMarch 2, 2026\n\n${talk.join("\n\n")}\n`);
    expect(body).not.toContain("#");
    expect(body).toContain("\n\nRenad Mansour: And the Kurds?\n\n");
    // A heading's own colon opens one line alone: it stays a heading.
    const headed = article(withBody("The rules take effect in January.\n\nBaghdad: the view from the street\n\nShop owners in Karrada said they had not been told about the new rules.")).body;
    expect(headed).toContain("## Baghdad: the view from the street\n");
  });

  it("keeps a report's subhead apart from its paragraph on the next line, and a wrapped paragraph whole", () => {
    const report = [
      ["SITUATION OVERVIEW", "Heavy rainfall between 24 and 26 November caused flash flooding in northern Iraq, killing 11 people."],
      ["Humanitarian response", "IOM and UNHCR distributed 310 tents and 1,200 core relief item kits to families in Duhok."],
    ];
    const { body } = article(withBody(report.map((pair) => pair.join("\n")).join("\n\n")));
    expect(body).toBe(`${report.map(([subhead, text]) => `## ${subhead}\n\n${text}`).join("\n\n")}\n`);
    const wrapped = ["Kurdistan Region Prime Minister Masrour Barzani met Iraqi President Abdul Latif", "Rashid in Baghdad on Sunday."];
    expect(article(withBody(wrapped.join("\n"))).body).toBe(`${wrapped.join(" ")}\n`);
    // A line that ends on a colon, with room for the next line's first word, introduces the line below.
    const contact = ["For further information, please contact:", "Jane Doe, Head of Office, OCHA Iraq, jane.doe@un.org"];
    expect(article(withBody(`The bridge opened on Friday.\n\n${contact.join("\n")}`)).body).toBe(`The bridge opened on Friday.\n\n${contact.join("\n\n")}\n`);
  });

  it("keeps an explainer's question apart from its answer on the next line, however short the answer", () => {
    const faq = [
      ["What is the Mosul Dam?", "Iraq's largest dam, on the Tigris north of Mosul."],
      ["What has the government said about the dam's safety?", "Officials insist it is safe."],
      ["Does it go through Kurdistan?", "Yes."],
    ];
    const { body } = article(withBody(faq.map((pair) => pair.join("\n")).join("\n\n")));
    expect(body).toBe(`${faq.flat().join("\n\n")}\n`);
  });

  it("leaves out the NYT's skip links, which a copy runs together (`Skip to contentSkip to site index`)", () => {
    const { frontMatter } = article(`Skip to contentSkip to site index\n\n${STORY}`);
    expect(reasonsOf(frontMatter).get("Skip to contentSkip to site index")).toMatch(/^site chrome/);
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
  });

  it("leaves out a video player's controls, a bookmark button's label and the frame of an embedded post whose text the copy lost", () => {
    const chrome = [
      "Play Video",
      "Video duration 02:31",
      "Video Duration 02 minutes 31 seconds",
      "Save articles to read later and create your own reading list.",
      "View this post on Instagram",
      "A post shared by Mutanabbi Street (@mutanabbi_st)",
    ];
    const { frontMatter, body } = article(STORY.replace("\n\n\"This bridge", `\n\n${chrome.join("\n")}\n\n"This bridge`));
    expect(frontMatter.removed?.map((line) => line.text)).toEqual(expect.arrayContaining(chrome));
    expect(body).toBe("The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.\n\n\"This bridge joins two halves of one city,\" she said at the ceremony.\n");
  });

  it("leaves out a pointer to the site's coverage of a subject and a note that the article is in another language too", () => {
    const chrome = [
      "Follow AP's coverage of the Middle East at https://apnews.com/hub/middle-east",
      "This article is available in French on Middle East Eye French edition.",
      "Read more of AFP's fact-checks in English here.",
    ];
    const { frontMatter, body } = article(`${STORY}\n${chrome.join("\n\n")}\n`);
    for (const line of chrome) expect(reasonsOf(frontMatter).get(line), line).toMatch(/^site chrome/);
    expect(body).not.toMatch(/coverage|available in|fact-checks/);
    // Between the article's paragraphs, as AFP prints it above the fact-check's verdict.
    const between = article(STORY.replace("\n\n\"This bridge", `\n\n${chrome[2]}\n\n"This bridge`));
    expect(between.body).not.toMatch(/fact-checks/);
  });

  it("quotes an embedded Instagram post's text, kept between its frame's label and its credit, with the credit", () => {
    const post = "View this post on Instagram\n\nThe bridge is open! Come and cross it on Friday.\n\nA post shared by Town Council (@towncouncil)";
    const { frontMatter, body } = article(STORY.replace("\n\n\"This bridge", `\n\n${post}\n\n"This bridge`));
    expect(body).toContain("\n\n> The bridge is open! Come and cross it on Friday.\n>\n> — Town Council (@towncouncil)\n\n\"This bridge");
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("View this post on Instagram")).toMatch(/^site chrome/);
    expect(reasons.get("A post shared by Town Council (@towncouncil)")).toBe("an embedded post's credit, kept with the post");
  });

  it("puts a drop cap a copy set on a line of its own back on its word, and leaves `A` a word of its own", () => {
    const lead = (opening: string) => article(withBody(opening)).frontMatter.summary;
    expect(lead("I\nn the reed beds of southern Iraq, a way of life that has lasted five thousand years is slipping away.")).toBe(
      "In the reed beds of southern Iraq, a way of life that has lasted five thousand years is slipping away.",
    );
    expect(lead("A\n\nfter ten years of delays, the new bridge over the river opened on Friday, the town's council said.")).toMatch(/^After ten years/);
    expect(lead("A\nnew bridge over the river opened on Friday after ten years of delays, the town's council said.")).toMatch(/^A new bridge/);
  });

  it("leaves a subhead `Partners` or `Authors` above the article's own text as written", () => {
    const text = "Partners\n\nThe two companies have been partners since 2010, when they built the first bridge over the river together.\n\nAuthors\n\nThe town's writers met in the library on Saturday to celebrate the bridge with readings and songs.";
    const { body } = article(STORY.replace("\n\n\"This bridge", `\n\n${text}\n\n"This bridge`));
    expect(body).toContain("## Partners\n\nThe two companies");
    expect(body).toContain("## Authors\n\nThe town's writers");
  });

  it("leaves out a live page's key events box, and reads a label in capitals above the lead as no dateline", () => {
    const chrome = ["Key events", "Show key events only", "Please turn on JavaScript to use this feature"];
    const live = article(STORY.replace("The minister of transport", `${chrome.join("\n")}\n\nThe minister of transport`));
    expect(live.frontMatter.summary).toMatch(/^The minister of transport/);
    expect(live.frontMatter.removed?.map((line) => line.text)).toEqual(expect.arrayContaining(chrome));
    const labelled = article(STORY.replace("The minister of transport", "HIGHLIGHTS\nThe minister of transport")).frontMatter;
    expect(labelled.places).not.toContain("Highlights");
  });

  it("reads a live page's entries, each titled under its time, an entry's byline its writer's and not the page's", () => {
    const live = [
      "World",
      "River Town floods: Day 3",
      "Live updates (ended)",
      "By Times of Malta Staff",
      "12 March 2021",
      "11:58 pm",
      "Officials say the river broke its banks north of the town late on Saturday, flooding two villages",
      "By Lazar Berman",
      "The river broke its banks north of the town late on Saturday, two officials said, the third flood this year.",
      "10:47 pm",
      'Mayor tells residents the town "will not be abandoned"',
      "By Agencies",
      'The mayor, Anna Berg, told residents that the town "will not be abandoned," according to a statement from her office.',
    ];
    const { frontMatter, body } = article(`${live.join("\n")}\n`);
    expect(frontMatter).toMatchObject({ title: "River Town floods: Day 3", author: "Times of Malta Staff" });
    expect(frontMatter.summary).toMatch(/^The river broke its banks/);
    expect(body).toContain("## 11:58 pm – Officials say the river broke its banks north of the town late on Saturday, flooding two villages\n");
    expect(body).toContain('## 10:47 pm – Mayor tells residents the town "will not be abandoned"\n');
    expect(body).not.toMatch(/Live updates|Lazar Berman|By Agencies/);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
    const reasons = reasonsOf(frontMatter);
    for (const byline of ["By Lazar Berman", "By Agencies"]) {
      expect(reasons.get(byline), byline).toBe("a live entry's byline: the writer of one entry, not of the page");
    }
  });

  it("reads a live page's first numbered entry below the byline as its heading, as the others are, not the byline's", () => {
    const live = [
      "LIVE: River Town floods",
      "Updated 12 March 2021, 9:40 pm",
      "By River Town Chronicle staff",
      "Update 2 — 9:40 pm",
      "The river broke its banks north of the town late on Saturday, two officials said, the third flood this year.",
      "Update 1 — 10:05 am",
      "Good morning. The river has risen by two metres overnight, and the council has opened its shelters.",
    ];
    const { frontMatter, body } = article(`${live.join("\n")}\n`);
    expect(body).toMatch(/^## Update 2 — 9:40 pm\n\nThe river broke its banks/);
    expect(body).toContain("\n## Update 1 — 10:05 am\n");
    expect(frontMatter.removed?.map(({ text }) => text)).not.toContain("Update 2 — 9:40 pm");
  });

  it("leaves out the counts by a page's buttons, and keeps a number alone elsewhere", () => {
    const { frontMatter, body } = article(STORY.replace("12 March 2021\n", "12 March 2021\n1.2K\n48\nShare\n").replace("\n\n\"This bridge", "\n\n250\n\n\"This bridge"));
    expect(frontMatter.removed).toEqual(expect.arrayContaining([expect.objectContaining({ text: "1.2K" }), expect.objectContaining({ text: "48" })]));
    expect(body).toMatch(/^The minister of transport/);
    expect(body).toContain("250\n\n\"This bridge");
  });

  it("publishes a page copied as one block of 150,000 one-line paragraphs, every one of them", () => {
    // One line with a bar in it, which may part a table's cells: the page is read for tables once, not once a line.
    const lines = Array.from({ length: 150_000 }, (_, i) => (i === 5 ? "Line 5 | of the page ends here." : `Line ${i} of the page ends here.`));
    const { body } = article(withBody(lines.join("\n")));
    expect(body.trim().split("\n\n")).toHaveLength(lines.length);
  });

  it("keeps three short one-line paragraphs apart, and a paragraph wrapped over three lines whole", () => {
    const paragraphs = [
      "The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays.",
      "The bridge cost 40 million euros.",
      "Hundreds of residents crossed it on foot for the first time.",
    ];
    expect(article(withBody(paragraphs.join("\n"))).body).toBe(`${paragraphs.join("\n\n")}\n`);
    const wrapped = ["The minister of transport, Anna Berg, opened the new bridge on Friday.", "It ended ten years of delays for the town and for the traders who use it.", "Hundreds crossed."];
    expect(article(withBody(wrapped.join("\n"))).body).toBe(`${wrapped.join(" ")}\n`);
  });

  it("keeps short one-line paragraphs a copy ran together between blank lines apart, and a wrap that ends a line on a full stop whole", () => {
    // A blog's page whose paragraphs are apart but where a copy left two or three short ones without a blank line.
    const runs = [
      ["Every council in the region promises its bridge will open on time, and every council says so again."],
      ["It never is.", "The numbers explain why."],
      ["Of the fourteen bridges the region built since 2001, twelve opened more than a year late, and the average overrun was 38 per cent of the first budget."],
      ["The council says this one is different.", "Its engineers have finished the foundations, the steel is on site, and the contractor will pay a penalty for every week of delay after June."],
      ["Residents were cautious.", "\"We have heard this before,\" said Ali Kadhim, a fisherman in the Tannuma district."],
    ];
    const { body } = article(withBody(runs.map((run) => run.join("\n")).join("\n\n")));
    expect(body).toBe(`${runs.flat().join("\n\n")}\n`);
    // An email wrapped at 72 columns: a sentence ends at a line's end, the line as long as the wrap let it be.
    const wrapped = [
      "The council met on Tuesday evening to vote on the budget for next year.",
      "Councillors approved it by nine votes to four, after a debate that lasted",
      "until midnight.",
    ];
    expect(article(withBody(`${wrapped.join("\n")}\n\nIt never is.\nThe numbers explain why.`)).body).toBe(`${wrapped.join(" ")}\n\nIt never is.\n\nThe numbers explain why.\n`);
  });

  it("cuts a text wrapped at 72 columns with no blank line between its paragraphs where a paragraph's last line stops short", () => {
    const email = [
      "Officials said the barrier would be tested during the spring floods.",
      "Residents of the Tannuma district, the worst hit in 2019, were not so",
      "sure it would hold.",
      "The minister of transport opened the new bridge on Friday, ten years",
      "late. Hundreds of residents crossed it on foot for the first time, some",
      "with their children.",
      "See you next week.",
    ];
    expect(article(withBody(email.join("\n"))).body).toBe(
      `${email.slice(0, 3).join(" ")}\n\n${email.slice(3, 6).join(" ")}\n\n${email[6]}\n`,
    );
  });

  it("keeps a paragraph whole that a scrape wrapped where no break looks like a wrap (names at each line's end)", () => {
    const wrapped = [
      "Kurdistan Region Prime Minister Masrour Barzani and Iraqi President Abdul Latif",
      "Rashid have both called for tougher anti-corruption measures. Transparency",
      "International ranked Iraq 157th out of 180 countries in its 2021 Corruption",
      "Perceptions Index.",
    ];
    const { frontMatter, body } = article(`${STORY}\n${wrapped.join("\n")}\n`);
    expect(body).toContain(`\n\n${wrapped.join(" ")}\n`);
    expect(frontMatter.people).toContain("Abdul Latif Rashid");
  });

  it("takes a link's label for screen readers off the line, and records it", () => {
    const linked = "The pipeline was shut after a ruling by the International Chamber of Commerce, opens new tab in 2023.";
    const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${linked}\n\n"This bridge`));
    expect(body).toContain("a ruling by the International Chamber of Commerce in 2023.");
    expect(frontMatter.removed).toContainEqual(expect.objectContaining({ text: ", opens new tab", reason: expect.stringMatching(/screen readers/) }));
  });

  it("takes Markdown marks off only a text that opens with a Markdown heading, and leaves a lone * or _ alone", () => {
    const sentence = "It cost 7 * 7 million, said file_name_here and **Anna Berg**.";
    expect(article(`${STORY}\n${sentence}\n`).body).toContain("It cost 7 \\* 7 million, said file\\_name\\_here and \\*\\*Anna Berg\\*\\*.");
    const markdown = article(`# ${STORY.replace("World\n\n", "")}\n${sentence}\n`);
    expect(markdown.frontMatter.title).toBe("Minister opens new bridge over the river");
    expect(markdown.body).toContain("It cost 7 \\* 7 million, said file\\_name\\_here and Anna Berg.");
  });

  it("takes a scraper's description as the summary, unless the site cut it short or the text prints a standfirst", () => {
    const description = "The town waited ten years for a crossing, and the mayor says it was worth it.";
    const withBlock = (value: string, text = STORY) =>
      article(`---\ntitle: Bridge opens | The Courier\ndescription: "${value}"\n---\n${text}`).frontMatter;
    const taken = withBlock(description);
    expect(taken.summary).toBe(description);
    expect(taken.removed).toContainEqual({ line: 3, text: `description: "${description}"`, reason: "the scraper's metadata (kept as summary)" });
    expect(withBlock("The minister of transport, Anna Berg, opened the new bridge on…").summary).toMatch(/^The minister of transport, Anna Berg, opened the new bridge on Friday/);
    const standfirst = "A crossing a decade in the making opens to traffic.";
    expect(withBlock(description, STORY.replace("\n\nBy Jane Doe", `\n\n${standfirst}\n\nBy Jane Doe`)).summary).toBe(standfirst);
  });

  it("reads a reader's Markdown whose page links come above an underlined headline", () => {
    const links = "[Skip to content](https://example.com/a#content)\n\n*   [World](https://example.com/world)\n\n";
    const text = `Title: Bridge opens | The Courier\n\nMarkdown Content:\n${links}Bridge opens\n============\n\n${STORY.split("\n\n").slice(2).join("\n\n")}`;
    const { frontMatter, body } = article(text);
    expect(frontMatter).toMatchObject({ title: "Bridge opens", author: "Jane Doe", date: "2021-03-12" });
    expect(body).toMatch(/^The minister of transport/);
    expect(frontMatter.removed?.filter(({ reason }) => reason.startsWith("links and images above"))).toHaveLength(2);
  });

  it("reads a photo between the headline and the byline as the article's, and the byline below it still", () => {
    const text = "# Bridge opens\n\n![The new bridge at dawn](https://example.com/a.jpg)\n\n**By Jane Doe**\n\n" + STORY.split("\n\n").slice(4).join("\n\n");
    const { frontMatter, body } = article(text);
    expect(frontMatter).toMatchObject({ title: "Bridge opens", author: "Jane Doe" });
    expect(body).toMatch(/^::: figure\nThe new bridge at dawn\n:::\n\nThe minister of transport/);
  });

  it("reads a photo once when a clipper wrote its caption both as its description and on the line below", () => {
    const caption = "The new bridge at dawn. Reuters";
    const text = `# Bridge opens\n\n![${caption}](https://example.com/a.jpg)\n\n${caption}\n\n**By Jane Doe**\n\n` + STORY.split("\n\n").slice(4).join("\n\n");
    const { frontMatter, body } = article(text);
    expect(body).toMatch(/^::: figure\nThe new bridge at dawn\.\n\n_Reuters_\n:::\n\nThe minister of transport/);
    expect(reasonsOf(frontMatter).get(`![${caption}](https://example.com/a.jpg)`)).toBe("a photo described by its caption, which the line below prints");
  });

  it("escapes everything Markdown would read as markup", () => {
    expect(escapeMarkdown("[x](javascript:alert(1)) <script> *bold* _it_ `code`")).toBe(
      "\\[x\\](javascript:alert(1)) \\<script\\> \\*bold\\* \\_it\\_ \\`code\\`",
    );
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
  });

  it("normalises non-breaking and doubled spaces and spaces before punctuation, not the words", () => {
    expect(article(STORY.replace("ending ten years", "ending\u00a0ten  years ,")).body).toContain("ending ten years, of delays");
  });

  it("keeps the space French sets before `?`, `!`, `:` and `;`, one space, where the text sets it; not a stray one elsewhere", () => {
    const french = [
      "Les factions irakiennes rendront-elles un jour leurs armes ? La question,\u202flongtemps taboue à Bagdad, est désormais posée.",
      "Le Premier ministre avait ordonné un raid en 2020 ; les personnes arrêtées avaient été relâchées.",
      "Un député résume\u00a0: « Il ne s'agit pas d'un désarmement ! »",
    ];
    const { body } = article(`Irak : les factions face au désarmement\n\n${french.join("\n\n")}\n`);
    expect(body).toContain("leurs armes ? La question, longtemps taboue");
    expect(body).toContain("un raid en 2020 ; les personnes");
    expect(body).toContain("Un député résume : « Il ne s'agit pas d'un désarmement ! »");
    // A text that sets none there, its stray space goes.
    expect(article(withBody("What now ? The council has not said. Why? Nobody knows. How? Nobody asked.")).body).toContain("What now? The council");
  });

  it("lists the people an article in Arabic names after a title or role, as it writes them, and no role's words", () => {
    const sentences = [
      "وكان رئيس الوزراء العراقي محمد شياع السوداني قد أكد أن خطر التنظيم لم ينته بعد.",
      "وقال المتحدث باسم حكومة الإقليم، بيشوا هوراماني، في بيان إن أربيل التزمت بالاتفاق.",
      "ويقول المهندس نصرت أدمو، الخبير السابق في وزارة الموارد المائية، إن السد يحتاج إلى حقن مستمر.",
      "وقال رئيس الجمهورية عبد اللطيف رشيد في كلمة إن العراق بحاجة إلى الوحدة.",
      "وبحث وزير الخارجية فؤاد حسين مع نظيره التركي هاكان فيدان العلاقات الثنائية.",
      "واستقبل رئيس إقليم كردستان نيجيرفان بارزاني وفدا أمريكيا، ثم التقى محافظ نينوى عبد القادر الدخيل.",
      // A governor's province, whatever its name, is the title's.
      "وقال محافظ دمشق محمد طارق كريشاتي إن الخدمات تحسنت.",
      // A title's constituency or field, after a preposition, is the title's too.
      "وقال النائب عن محافظة نينوى أحمد الجبوري إن الموازنة تأخرت كثيرا.",
      "ويرى الباحث في الشأن السياسي علي البيدر أن الخلاف سيطول.",
      // Roles without a name: no one.
      "وقال رئيس الوزراء في بيان صدر عن مكتبه إن الحكومة ماضية في الإصلاح.",
      "وقال الرئيس في القصر الجمهوري إن الحوار مستمر.",
      "وذكر مدير عام الصحة في البصرة أن المستشفيات ممتلئة، وافتتح وزير النقل الجسر الجديد فوق النهر يوم الجمعة.",
    ];
    const { frontMatter } = article(`العراق يعلن خطة جديدة\n\n${sentences.join("\n\n")}\n`);
    expect(frontMatter.language).toBe("ar");
    const named = [
      "محمد شياع السوداني",
      "بيشوا هوراماني",
      "نصرت أدمو",
      "عبد اللطيف رشيد",
      "فؤاد حسين",
      "هاكان فيدان",
      "نيجيرفان بارزاني",
      "عبد القادر الدخيل",
      "محمد طارق كريشاتي",
      "أحمد الجبوري",
      "علي البيدر",
    ];
    expect([...frontMatter.people].sort()).toEqual(named.sort());
  });

  it("lists the people a Kurdish outlet's Arabic story names after a role of the region's government, and no source it cites", () => {
    // Kurdistan24's: `إقليم كوردستان` spelled with the Kurdish `و`, and a body in construct with the region's name.
    const sentences = [
      "استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الأحد، المبعوث الأمريكي الخاص إلى العراق والوفد المرافق له في أربيل.",
      "وفي لقاء منفصل، استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني المبعوث الأمريكي، وبحثا ملف رواتب موظفي الإقليم.",
      // The statement a role is said to speak by, between commas where a name may stand: no one.
      "وقال رئيس الحكومة، بحسب البيان، إن الإقليم ملتزم بالاتفاق مع بغداد.",
      "وبحسب البيان، أكد الجانبان على أهمية استمرار الحوار بين أربيل وبغداد.",
    ];
    const frontMatter = paragraphs("نيجيرفان بارزاني ومسرور بارزاني يستقبلان المبعوث الأمريكي", sentences);
    expect(frontMatter.language).toBe("ar");
    expect(frontMatter.people).toEqual(["مسرور بارزاني", "نيجيرفان بارزاني"]);
    expect(frontMatter.places).toEqual(expect.arrayContaining(["Iraq", "أربيل", "بغداد", "كوردستان"]));
  });

  it("lists the countries, the known cities and the people after a role that an article in Urdu names", () => {
    // BBC Urdu's: postpositions are words of their own after the name (`شہباز شریف نے`, `بغداد اور اسلام آباد`).
    const sentences = [
      "پاکستان کے وزیر اعظم شہباز شریف نے عراق کے وزیر اعظم محمد شیاع السودانی سے ٹیلیفون پر بات کی ہے۔",
      // The Prime Minister's House and the prime minister alone name no one; the evening (`شام`) is no Syria.
      "وزیر اعظم ہاؤس سے جاری بیان کے مطابق دونوں رہنماؤں نے بغداد اور اسلام آباد کے درمیان پروازوں پر اتفاق کیا۔ وزیر اعظم نے اتوار کی شام زائرین سے ملاقات کی۔",
      "ہر سال لاکھوں پاکستانی زائرین کربلا جاتے ہیں، جبکہ بہت سے زائرین ایران کے راستے عراق پہنچتے ہیں۔",
      // A province after the role, and a body's name where a name may stand (the Foreign Office's spokesperson).
      "وزیر اعلیٰ پنجاب مریم نواز نے زائرین کے لیے خصوصی کاؤنٹر قائم کیے ہیں، جبکہ ترجمان دفتر خارجہ نے کہا کہ سفارتخانہ رابطے میں ہے۔",
    ];
    const frontMatter = paragraphs("پاکستان اور عراق کا زائرین کی سکیورٹی پر اتفاق", sentences);
    expect(frontMatter.language).toBe("ur");
    expect(frontMatter.people).toEqual(["شہباز شریف", "محمد شیاع السودانی", "مریم نواز"]);
    // Countries under their English names; the Arabic reader's known cities as Urdu writes them (`کربلا`, `كربلاء`).
    expect(frontMatter.places).toEqual(["Iran", "Iraq", "Pakistan", "اسلام آباد", "بغداد", "پنجاب", "کربلا"]);
  });

  it("lists the countries an article in Hebrew names, with the letters written onto them, and the people after a role", () => {
    // Ynet's: `בירושלים` (in Jerusalem), `לאיראן` (to Iran), `ובלבנון` (and in Lebanon), `ארה"ב` (the USA).
    const sentences = [
      "ראש הממשלה בנימין נתניהו אמר היום בפתח ישיבת הממשלה בירושלים כי ישראל לא תאפשר לאיראן להשיג נשק גרעיני.",
      'לדבריו, ישראל מתאמת את צעדיה עם ארה"ב, ושר החוץ גדעון סער ייפגש השבוע עם עמיתו הגרמני בברלין.',
      // A role without a name, and one before a body's initials: no one; `הודו` (they admitted) is no India.
      'ראש הממשלה הוסיף כי דובר צה"ל אמר שהצבא עוקב אחר הנעשה בסוריה ובלבנון. שני החשודים הודו במעשיהם.',
    ];
    const frontMatter = paragraphs('נתניהו: "ישראל לא תאפשר לאיראן להשיג נשק גרעיני"', sentences);
    expect(frontMatter.language).toBe("he");
    expect(frontMatter.people).toEqual(["בנימין נתניהו", "גדעון סער"]);
    expect(frontMatter.places).toEqual(["Iran", "Israel", "Lebanon", "Syria", "United States"]);
  });

  it("lists the people an article in Russian names after a role, in the nominative, and no place in the genitive", () => {
    const sentences = [
      "Власти Ирака и Турции договорились о создании оперативного центра, сообщил министр иностранных дел Ирака Фуад Хусейн по итогам переговоров с турецким коллегой Хаканом Фиданом.",
      "\"Мы согласовали механизм координации\", — сказал Хусейн. Фидан заявил, что Анкара ждет шагов от правительства Иракского Курдистана.",
      "Об этом заявил командующий ВМС Корпуса стражей исламской революции (КСИР) Алиреза Тангсири.",
      "Президент Турции Реджеп Тайип Эрдоган провел переговоры, а премьер-министр Ирака Мохаммед Шиа ас-Судани встретился с генсеком ООН.",
      "Министр обороны Саудовской Аравии принц Халид бин Салман прибыл в Багдад. Президент заявил Ивану Петрову, что центр откроется в марте.",
      "Курды на севере Ирака ждут решения.",
      // A body in the genitive between the role and the name is no part of the name.
      "Об этом сообщил представитель Пентагона Пэт Райдер. \"Мы остаемся в Ираке\", — сказал Райдер.",
      "Глава Еврокомиссии Урсула фон дер Ляйен призвала к сдержанности.",
      "Секретарь Совбеза России Сергей Шойгу и посол России в Ираке Эльбрус Кутрашев прибыли в Тегеран.",
      // A company in quotation marks; a name's word that a country's declension does not give (`Гани`, not `Ганы`).
      "Глава «Роснефти» Игорь Сечин встретился с министром. Министр нефти Ирака Хайян Абдель Гани одобрил сделку.",
      // A name after an adverb that opens the sentence, and by surname after.
      "Ранее Мария Захарова заявила, что Москва поддерживает диалог. Захарова добавила, что Россия готова помочь.",
    ];
    const frontMatter = paragraphs("Ирак и Турция договорились о совместной операции", sentences);
    expect(frontMatter.language).toBe("ru");
    const named = [
      ...["Фуад Хусейн", "Алиреза Тангсири", "Реджеп Тайип Эрдоган", "Мохаммед Шиа ас-Судани", "Халид бин Салман"],
      ...["Пэт Райдер", "Урсула фон дер Ляйен", "Сергей Шойгу", "Эльбрус Кутрашев", "Игорь Сечин", "Хайян Абдель Гани"],
      "Мария Захарова",
      // Named in the instrumental (`с турецким коллегой Хаканом Фиданом`) and the dative (`заявил Ивану Петрову`).
      ...["Хакан Фидан", "Иван Петров"],
    ];
    expect([...frontMatter.people].sort()).toEqual(named.sort());
  });

  it("lists the people and places an article in Russian names in oblique cases once, in the nominative", () => {
    const sentences = [
      "Министр иностранных дел России Сергей Лавров провел переговоры с Хаканом Фиданом в Анкаре.",
      "По словам Сергея Лаврова, стороны обсудили ситуацию в Сирии. Министр Лавров добавил, что Москва готова помочь.",
      "Ранее Эрдоган позвонил Владимиру Путину. Встреча с Фуадом Хусейном прошла в Багдаде, откуда делегация вылетела в США.",
      "Багдад неоднократно выражал протест. Помощник президента встретился с Марией Захаровой.",
      // A man's genitive or a foreign surname's dative, with no nominative written, is left out: `Ивана Сидорова` ends
      // as a woman's nominative does (`Анна Петрова`); `Шойгу` declines in no case.
      "Об этом стало известно со слов Ивана Сидорова. Министр Фидан передал письмо Сергею Шойгу.",
      // A body a role is of (`спикер Госдумы`) is no place, though the text writes it after `в` and in the nominative.
      "Соглашение одобрили в Госдуме, сообщил спикер Госдумы Вячеслав Володин. Госдума проголосует в пятницу.",
    ];
    // `в Багдаде` is of `Багдад`, which the text writes; `в Анкаре` may be of `Анкар` or `Анкара`, which it does not.
    // `США` (the USA) is a country, no organisation.
    expect(paragraphs("Лавров провел переговоры в Анкаре", sentences)).toMatchObject({
      language: "ru",
      people: ["Владимир Путин", "Вячеслав Володин", "Мария Захарова", "Сергей Лавров", "Фуад Хусейн", "Хакан Фидан"],
      places: ["Russia", "Syria", "United States", "Багдад"],
      organizations: [],
    });
  });

  it("lists the countries an article in Polish names in any case, no capitalised run with one as a person, and its date", () => {
    const page = [
      "Świat",
      "Irak: polscy żołnierze zostają w Erbilu. Rząd przedłuża misję",
      "Publikacja: 5 grudnia 2026 16:12",
      "",
      "Prezydent podpisał we wtorek postanowienie o przedłużeniu użycia Polskiego Kontyngentu Wojskowego w Republice Iraku, Kuwejcie i Jordanii. Wniosek złożył minister obrony narodowej Władysław Kosiniak-Kamysz.",
      "",
      "– Stabilność Iraku to także bezpieczeństwo Europy. Nie możemy zostawić naszych partnerów, gdy zagrożenie ze strony bojówek wspieranych przez Iran rośnie – powiedział wicepremier.",
      "",
      "Decyzja zapadła po rozmowach z Turcją i Izraelem. Polski kontyngent w Iraku działa nieprzerwanie od 2014 roku.",
      "",
    ].join("\n");
    // `Republice Iraku` (in the Republic of Iraq) and `Stabilność Iraku` (Iraq's stability) hold a country's name in
    // an oblique case, which no name does; `Polski kontyngent` opens on the adjective, no form of `Polska`. Polish
    // writes a date's month in the genitive (`grudnia`, December's). The minister is read after his role, and Erbil
    // after `w` (in).
    expect(article(page).frontMatter).toMatchObject({
      language: "pl",
      date: "2026-12-05",
      time: "16:12",
      people: ["Władysław Kosiniak-Kamysz"],
      places: ["Erbil", "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Turkey"],
    });
  });

  it("reads a short Russian wire item as Russian, which franc alone reads as Bulgarian, and a Bulgarian one as Bulgarian", () => {
    const sentences = [
      "Секретарь Совбеза России Сергей Шойгу прибыл в Тегеран, где встретился с Али Ларджани. Ранее Мария Захарова заявила, что визит готовился давно.",
      "По словам Захаровой, стороны обсудят ситуацию в Сирии. Захарова добавила, что Шойгу пробудет в Иране два дня.",
      "Посол России в Ираке Эльбрус Кутрашев также принял участие во встрече, сообщила пресс-секретарь МИД Мария Захарова.",
    ];
    const frontMatter = paragraphs("Шойгу прибыл в Тегеран", sentences);
    expect(frontMatter.language).toBe("ru");
    // The Russian rules apply: read as Bulgarian, the names ran on from the words before them (`Ранее Мария Захарова`,
    // `Секретарь Совбеза России Сергей Шойгу`) and the ambassador after his role was missed.
    expect(frontMatter.people).toEqual(["Али Ларджани", "Мария Захарова", "Сергей Шойгу", "Эльбрус Кутрашев"]);
    // A Bulgarian item that names a Russian place and person as Russian writes them (`Крым`, `Рыбаков`) stays Bulgarian.
    const bulgarian = [
      "Президентът Румен Радев посети Крым според руски източници, но в Кремъл отрекоха. Сергей Шойгу и Рыбаков не коментираха.",
      "Правителството в София заяви, че България няма да участва в срещата. Според анализатори това е сигнал към Брюксел.",
    ];
    expect(paragraphs("Радев и Крым", bulgarian).language).toBe("bg");
  });

  it("lists the person an article in Sorani Kurdish names on opening a sentence, before their role, and a town after `لە`", () => {
    const sentences = [
      "وەزارەتی دارایی و ئابووری هەرێمی کوردستان ڕایگەیاند، لە سبەینێوە دەست بە دابەشکردنی مووچەی فەرمانبەران دەکرێت.",
      "ئاوات شێخ جەناب، وەزیری دارایی هەرێمی کوردستان بە ڕووداوی ڕاگەیاند: \"پارەی مووچەکان لە بەغداوە گەیشتووە.\"",
      "هەروەها حکوومەتی هەرێم، وتەبێژی خۆی ناردە بەغدا. مووچەکان لە شارەکەدا دابەش دەکرێن و شارەکە ئارامە.",
    ];
    // `لە بەغداوە` (from Baghdad), which the article writes bare too; not `لە سبەینێوە` (from tomorrow), which it
    // never writes bare, nor `لە شارەکەدا` (in the city), a noun with its article; and `هەرێمی کوردستان` (the
    // Kurdistan Region), the place after its kind.
    expect(paragraphs("حکوومەتی هەرێمی کوردستان مووچە دابەش دەکات", sentences)).toMatchObject({
      language: "ckb",
      people: ["ئاوات شێخ جەناب"],
      places: ["بەغدا", "کوردستان"],
    });
  });

  it("lists the people an article in Persian names after a role, between commas or not, and before a role after a comma", () => {
    const sentences = [
      "وزیر امور خارجه ایران، عباس عراقچی، روز سه‌شنبه در تهران گفت که ایران آماده ادامه همکاری با آژانس بین‌المللی انرژی اتمی است.",
      "سخنگوی دولت فاطمه مهاجرانی نیز در نشست خبری هفتگی اعلام کرد که دولت از روند مذاکرات حمایت می‌کند. خانم مهاجرانی افزود که جزئیات بیشتر به زودی منتشر خواهد شد.",
      "آقای مسعود پزشکیان، رئیس‌جمهور ایران، هفته آینده به مسکو سفر می‌کند. اسماعیل بقائی، سخنگوی وزارت امور خارجه، گفت که آقای عراقچی نیز در این سفر حضور دارد.",
      // A role with no name after it, and one whose body's name runs on past the words of roles and bodies read.
      "رئیس قوه قضاییه اعلام کرد که پرونده بازداشت‌شدگان در حال بررسی است. وزیر امور خارجه ایران در این سفر با همتای روس خود دیدار خواهد کرد.",
      "مدیر کل سازمان حفاظت محیط زیست گفت که آلودگی هوا در تهران افزایش یافته است. نماینده مردم تهران در مجلس نیز هشدار داد.",
    ];
    expect(paragraphs("عراقچی: ایران آماده ادامه گفت‌وگو با آژانس است", sentences)).toMatchObject({
      language: "fa",
      people: ["اسماعیل بقائی", "عباس عراقچی", "فاطمه مهاجرانی", "مسعود پزشکیان"],
    });
  });

  it("lists the countries, towns and people an article in Persian names, in Persian's letters or Arabic's", () => {
    const sentences = [
      "وزیر امور خارجه ایران عباس عراقچی روز یکشنبه وارد بغداد شد و با فواد حسین، وزیر امور خارجه عراق، دیدار کرد.",
      // `عراقچي` and `آمريكا`, typed with Arabic's `ي` and `ك`.
      "به گفته عراقچي، دو کشور درباره امنیت مرزها در استان کردستان و شهر سنندج گفت‌وگو کردند. رئیس‌جمهور عراق عبداللطیف رشید نیز با او دیدار کرد.",
      "سخنگوی وزارت امور خارجه آمريكا گفت که واشینگتن این دیدار را زیر نظر دارد. مردم شهر مرزی بانه نیز نگران هستند.",
    ];
    const frontMatter = paragraphs("عراقچی در بغداد با همتای عراقی خود دیدار کرد", sentences);
    expect(frontMatter.language).toBe("fa");
    // After a role a country closes (`رئیس‌جمهور عراق`), and before one a comma opens after `با` (with) and closes.
    expect(frontMatter.people).toEqual(["عباس عراقچی", "عبداللطیف رشید", "فواد حسین"]);
    // Countries under their English names (`آمریکا`, as Persian news calls the United States); a town and a province
    // after their kind (`شهر سنندج`, `استان کردستان`), but no adjective (`شهر مرزی بانه`, the border town of Baneh).
    expect(frontMatter.places).toEqual(["Iran", "Iraq", "United States", "سنندج", "کردستان"]);
  });

  it("lists the towns and provinces an article in Arabic names after their kind, and the town its lead is filed from", () => {
    const sentences = [
      "بغداد - واع\nأعلن جهاز الأمن الوطني، اليوم الأربعاء، القبض على قيادي بارز في تنظيم داعش في عملية نُفذت في محافظة كركوك.",
      "وقتل ثلاثة عناصر بضربة جوية في سلسلة جبال حمرين بين محافظتي ديالى وصلاح الدين، فيما وصلت الشحنة إلى ميناء جيهان التركي.",
      // An adjective after a kind of place names none: `مدينة حدودية` (a border town), `العاصمة العراقية`.
      "ويعيش السكان في مدينة حدودية صغيرة، بعيداً عن العاصمة العراقية، في قرية صغيرة قرب بمحافظة الأنبار.",
    ];
    expect(paragraphs("العراق يعلن القبض على قيادي في تنظيم داعش", sentences)).toMatchObject({
      language: "ar",
      // The town the lead is filed from first, as a dateline's place is.
      places: ["بغداد", "Iraq", "الأنبار", "جيهان", "حمرين", "ديالى", "صلاح الدين", "كركوك"],
    });
  });

  it("keeps Arabic text intact, right to left, and detects its language", () => {
    const text = "العراق وفرنسا توقعان اتفاقية\n\nوقع العراق وفرنسا اليوم اتفاقية للتعاون العسكري في بغداد، بحضور وزيرة الجيوش الفرنسية.\n\nوقالت الوزيرة إن فرنسا ستواصل دعم القوات العراقية.\n";
    const { frontMatter, body } = article(text);
    expect(frontMatter).toMatchObject({ title: "العراق وفرنسا توقعان اتفاقية", language: "ar" });
    expect(body).toContain("وقالت الوزيرة إن فرنسا ستواصل دعم القوات العراقية.");
    // compromise reads English only: the countries are found by their Arabic names, a place known by name too (`في
    // بغداد`), and the alias file's Arabic spellings list a place under the archive's name.
    const aliases = aliasesFrom({ places: { Baghdad: ["بغداد"] } });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(text) }, aliases);
    expect(frontMatter.places).toEqual(["France", "Iraq", "بغداد"]);
    expect(result.ok && result.article.frontMatter.places).toEqual(["Baghdad", "France", "Iraq"]);
  });

  it("names an article in Hebrew `he`, a language franc-min does not know, whatever English it quotes", () => {
    const sentences = [
      "נשיא סוריה אחמד אל-שרע אמר בראיון לרשת CBS כי סוריה לא תשמש בסיס להתקפות נגד אף אחת משכנותיה.",
      '"We are not looking for war with anyone", אמר אל-שרע, וכי ממשלתו מעוניינת בהסכם ביטחוני עם ישראל.',
    ];
    expect(paragraphs("אל-שרע מאותת לירושלים", sentences).language).toBe("he");
    expect(textDirection("he")).toBe("rtl");
  });

  it("names an article's language as browsers know it, in any language franc tells apart", () => {
    const polish = "Minister obrony Francji spotkała się w Bagdadzie z premierem Iraku i zapewniła, że Francja nadal będzie wspierać iracką armię.";
    const indonesian = "Menteri pertahanan Prancis bertemu dengan perdana menteri Irak di Bagdad dan menegaskan bahwa Prancis akan terus mendukung tentara Irak.";
    expect(article(`Wizyta w Bagdadzie\n\n${polish}\n`).frontMatter.language).toBe("pl");
    expect(article(`Kunjungan ke Bagdad\n\n${indonesian}\n`).frontMatter.language).toBe("id");
    // Every code franc can answer (ISO 639-3) becomes one the schema takes and a page can be given a direction for.
    const codes = [...Object.values(francTrigrams).flatMap((languages) => Object.keys(languages)), ...Object.keys(francScripts)]
      .filter((code) => /^[a-z]{3}$/.test(code));
    const answers = new Map(codes.map((code) => [code, Intl.getCanonicalLocales(code)[0]!]));
    for (const answer of answers.values()) expect(answer).toMatch(/^[a-z]{2,3}$/);
    expect(Object.fromEntries([...answers].filter(([code]) => ["arb", "pes", "cmn", "pol", "ckb", "skr"].includes(code)))).toEqual({
      arb: "ar",
      pes: "fa",
      cmn: "zh",
      pol: "pl",
      ckb: "ckb",
      skr: "skr",
    });
    expect(["ar", "ckb", "skr"].map(textDirection)).toEqual(["rtl", "rtl", "rtl"]);
  });

  it("reads a situation report's key figures, its headings in capitals and its labelled bullets as headings and lists", () => {
    const page = [
      "IRAQ: Drought and Displacement in the South",
      "Situation Report No. 3",
      "As of 5 December 2026",
      "HIGHLIGHTS",
      "• Over 21,000 families displaced by drought in Dhi Qar, Missan and Basra since June.",
      "• Humanitarian response plan only 23 per cent funded.",
      "KEY FIGURES",
      "21,400",
      "families displaced",
      "US$ 48M",
      "required",
      "SITUATION OVERVIEW",
      "The drought affecting southern Iraq has worsened since the last report. The Ministry of Migration and Displaced recorded 3,200 new displaced families in November alone.",
      "Governorate\tDisplaced families\tChange since SitRep 2",
      "Dhi Qar\t11,950\t+1,800",
      "Basra\t4,130\t+500",
      "HUMANITARIAN RESPONSE",
      "Water, Sanitation and Hygiene",
      "Needs:",
      "• An estimated 180,000 people lack safe drinking water.",
      "Response:",
      "• UNICEF and partners trucked 2.1 million litres of water to 46 villages.",
    ].join("\n");
    const { body, frontMatter } = article(page);
    expect(frontMatter.summary).toMatch(/^The drought affecting southern Iraq has worsened since the last report\./);
    expect(body).toContain("## KEY FIGURES\n\n- 21,400 families displaced\n- US$ 48M required\n\n## SITUATION OVERVIEW\n\nThe drought");
    expect(body).toContain(
      "## HUMANITARIAN RESPONSE\n\n## Water, Sanitation and Hygiene\n\n## Needs\n\n- An estimated 180,000 people lack safe drinking water.\n\n## Response\n\n- UNICEF",
    );
  });

  it("reads a podcast episode's chapters and guests as lists, and leaves out its play button and its other episodes", () => {
    const page = [
      "Middle East Matters",
      "Episode 148",
      "Inside the Erbil–Baghdad oil deal",
      "Dec 7, 2026 · 47 min",
      "Play",
      "Share",
      "Download",
      "Iraqi Kurdistan's oil is flowing through Türkiye again. Host Jane Arraf talks to energy analyst Yesar Al-Maleki about the deal that restarted exports.",
      "Chapters",
      "00:00 Intro",
      "02:14 How the pipeline shut down in 2023",
      "09:30 The deal: 230,000 barrels a day through SOMO",
      "Guests",
      "Yesar Al-Maleki, Middle East Economic Survey (MEES)",
      "Shwan Zulal, Carduchi Consulting",
      "Show notes",
      "Iraq’s oil ministry said on 27 November that exports through the Iraq-Türkiye pipeline had reached 230,000 barrels a day.",
      "More episodes",
      "147 · Syria’s new army and the SDF",
      "146 · Iran after the strikes",
    ].join("\n");
    const { body, frontMatter } = article(page);
    expect(body).not.toContain("Play");
    expect(body).toContain("## Chapters\n\n- 00:00 Intro\n- 02:14 How the pipeline shut down in 2023\n- 09:30 The deal");
    expect(body).toContain("## Guests\n\n- Yesar Al-Maleki, Middle East Economic Survey (MEES)\n- Shwan Zulal, Carduchi Consulting\n\n## Show notes\n\n");
    expect(body).not.toContain("Syria");
    expect(frontMatter.places).not.toContain("Syria");
  });

  it("leaves out the tags a release prints between its headline and its lead, and the link to the sender's pages below its contacts", () => {
    const page = [
      "News release",
      "07-12-2026",
      "Iraq: 1,800 families receive news of missing relatives through ICRC tracing programme",
      "Iraq",
      "Missing persons",
      "Baghdad (ICRC) – More than 1,800 Iraqi families have received information about the fate of relatives missing since the conflict with the Islamic State group.",
      "For further information, please contact:",
      "Hiba Adnan, ICRC Baghdad, tel: +964 790 191 2345",
      "Imene Trabelsi, ICRC Geneva, tel: +41 79 251 93 02",
      "Find out more about the ICRC's work in Iraq",
    ].join("\n");
    const { body, frontMatter } = article(page);
    expect(body).toMatch(/^More than 1,800 Iraqi families/);
    expect(reasonsOf(frontMatter).get("Missing persons")).toMatch(/^the page's tags/);
    expect(body.trimEnd()).toMatch(/\n- Imene Trabelsi, ICRC Geneva, tel: \+41 79 251 93 02$/);
    expect(reasonsOf(frontMatter).get("Find out more about the ICRC's work in Iraq")).toMatch(/^a pointer to another/);
  });

  it("makes readable, stable slugs, in any script", () => {
    expect(slugify("Iraq, UK sign anti-ISIS military cooperation MoU")).toBe("iraq-uk-sign-anti-isis-military-cooperation-mou");
    expect(slugify("Café: l’été à Montréal")).toBe("cafe-lete-a-montreal");
    expect(slugify("العراق وفرنسا")).toBe("العراق-وفرنسا");
  });
});
