import { describe, expect, it } from "vitest";
import { reasonsOf } from "../support/removed-lines.ts";
import { STORY, article, withBody } from "../support/ingest-text.ts";

describe("reading where the lead comes from", () => {
  it("reads a wire story's dateline with the agency between slashes (TASS's) as the source and where it was filed", () => {
    const lead = "MOSCOW, December 2. /TASS/. Russian Deputy Prime Minister Alexey Overchuk met Iran's minister of roads in Moscow.";
    const { frontMatter, body } = article(`${STORY.replace(/The minister of transport[^]*$/, `${lead}\n`)}`);
    expect(frontMatter).toMatchObject({ source: "TASS", places: expect.arrayContaining(["Moscow"]) });
    expect(body).toMatch(/^Russian Deputy Prime Minister/);
  });

  it("reads Armenpress' dateline, the agency in capitals after the date, as the source and where it was filed", () => {
    const lead = "YEREVAN, NOVEMBER 29, ARMENPRESS. The Armenian community of Aleppo on Saturday celebrated the reopening of its school.";
    const { frontMatter, body } = article(withBody(lead));
    expect(frontMatter).toMatchObject({ source: "Armenpress", places: expect.arrayContaining(["Yerevan"]) });
    expect(frontMatter.summary).toMatch(/^The Armenian community of Aleppo/);
    expect(body).toMatch(/^The Armenian community of Aleppo/);
  });

  it("takes the article's kind in capitals off the lead (Le Figaro's `DÉCRYPTAGE -`), the section where none is", () => {
    const lead =
      "DÉCRYPTAGE - Après des mois de négociations sous l'égide de Washington, les Forces démocratiques syriennes ont accepté " +
      "de fondre leurs unités dans la nouvelle armée syrienne. Un accord fragile.";
    const page = ["Syrie : les Kurdes et Damas signent un accord", "Par Georges Malbrunot", "Publié le 02/12/2026 à 18:45", lead, ""];
    const { frontMatter, body } = article(page.join("\n"));
    expect(frontMatter.summary).toMatch(/^Après des mois de négociations/);
    expect(body).toMatch(/^Après des mois de négociations/);
    expect(frontMatter.section).toBe("DÉCRYPTAGE");
    // Below a section's label, the label is the section.
    const labelled = article(["International", ...page].join("\n"));
    expect(labelled.frontMatter.section).toBe("International");
    expect(labelled.body).toMatch(/^Après des mois/);
  });

  it("reads a dateline in the place's own case with the day after it (a press release's) as the date where none is above", () => {
    const undated = STORY.replace("12 March 2021\n\n", "");
    const { frontMatter, body } = article(undated.replace("The minister of transport", "Erbil, 28 November 2026 – The minister of transport"));
    expect(frontMatter).toMatchObject({ date: "2026-11-28", places: expect.arrayContaining(["Erbil"]) });
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads ANSA's dateline after the agency's name, the place in capitals and the day and month, off the lead", () => {
    const lead = "(ANSA) - TEHERAN, 06 DIC - Un tribunale rivoluzionario di Teheran ha condannato a morte l'attivista curda Warisha Moradi.";
    const { frontMatter, body } = article(STORY.replace("The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.", lead));
    expect(frontMatter).toMatchObject({ source: "ANSA", date: "2021-03-12", places: expect.arrayContaining(["Teheran"]) });
    expect(frontMatter.summary).toMatch(/^Un tribunale rivoluzionario/);
    expect(body).toMatch(/^Un tribunale rivoluzionario/);
    expect(reasonsOf(frontMatter).get("(ANSA) - TEHERAN, 06 DIC -")).toBe("dateline: where the story was filed, and the agency (kept as places and source)");
    // A place of four letters, the day and month after it, with the agency before it or not.
    for (const opening of ["(ANSA) - ROMA, 5 DIC - ", "ROMA, 5 DIC - "]) {
      const rome = article(STORY.replace("The minister of transport", `${opening}The minister of transport`));
      expect(rome.body, opening).toMatch(/^The minister of transport/);
      expect(rome.frontMatter.places, opening).toContain("Roma");
    }
  });

  it("reads a line of the outlet, a dash and a place above the lead as its dateline, not the summary", () => {
    // Rudaw's, in Sorani: `ڕووداو دیجیتاڵ` (Rudaw Digital) above the date line, `ڕووداو - هەولێر` (Rudaw - Erbil) below.
    const lead = "وەزارەتی دارایی و ئابووری هەرێمی کوردستان ڕایگەیاند، لە سبەینێوە دەست بە دابەشکردنی مووچە دەکرێت.";
    const page = [
      "کوردستان", "حکوومەتی هەرێمی کوردستان مووچەی مانگی تشرینی دووەم دابەش دەکات", "ڕووداو دیجیتاڵ", "05-12-2026 - 10:30", "ڕووداو - هەولێر",
      lead, "ئاوات شێخ جەناب، وەزیری دارایی هەرێمی کوردستان بە ڕووداوی ڕاگەیاند کە پارەی مووچەکان گەیشتووە.",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ summary: lead, source: "ڕووداو دیجیتاڵ", date: "2026-12-05", places: expect.arrayContaining(["هەولێر"]) });
    expect(body.startsWith(lead)).toBe(true);
    // A headline's own dash, below the date line, is no dateline.
    const dashed = article(STORY.replace("12 March 2021", "12 March 2021\n\nBaghdad - Erbil")).frontMatter;
    expect(dashed.places).not.toContain("Erbil");
  });

  it("reads Shafaq News' dateline, the outlet and a dash or slash before the place, on its own line or run into the lead", () => {
    const lead =
      "Iraq's Independent High Electoral Commission on Saturday set the date for provincial council elections in the country's " +
      "fifteen governorates, its spokesperson told reporters.";
    const page = (dateline: string) =>
      article(["Electoral Commission sets date for provincial council vote", "2026-12-05 14:22", dateline, lead, "Political blocs have until January to register."].join("\n\n"));
    for (const dateline of ["Shafaq News– Baghdad", "Shafaq News / Baghdad", "Shafaq News/ Baghdad", `Shafaq News– Baghdad ${lead}`, `Shafaq News / Baghdad ${lead}`]) {
      const { frontMatter, body } = page(dateline);
      expect(frontMatter, dateline).toMatchObject({ source: "Shafaq News", summary: lead, places: expect.arrayContaining(["Baghdad"]) });
      expect(body.startsWith(lead), dateline).toBe(true);
    }
    // A city compromise does not know, the gazetteer does.
    expect(page(`Shafaq News– Erbil ${lead}`).frontMatter).toMatchObject({ source: "Shafaq News", summary: lead, places: expect.arrayContaining(["Erbil"]) });
    // A lead that opens on a place goes on in small letters, or names an organisation the place opens: no dateline.
    const opensOnPlace = "Iraq recorded thirty new cases of cholera on Saturday in the southern governorates, the Ministry of Health said.";
    expect(page(`Shafaq News/ ${opensOnPlace}`).frontMatter).toMatchObject({ source: "Shafaq News", summary: opensOnPlace });
    const command = "Baghdad Operations Command announced on Saturday the arrest of three suspects wanted on terrorism charges.";
    expect(page(`Shafaq News– ${command}`).frontMatter).toMatchObject({ source: "Shafaq News", summary: command });
  });

  it("reads a place and an agency's Arabic initials above the lead (`بغداد - واع`) as its dateline, the agency the site on top", () => {
    const lead =
      "أعلنت وزارة النفط، اليوم الأحد، ارتفاع صادرات العراق من النفط الخام خلال شهر تشرين الثاني الماضي، فيما أشارت إلى أن الإيرادات " +
      "المالية بلغت أكثر من 7 مليارات دولار.";
    const page = [
      "وكالة الأنباء العراقية", "الرئيسية", "سياسية", "أمنية", "اقتصادية", "محلية", "بحث", "اقتصادية",
      "النفط تعلن ارتفاع صادرات شهر تشرين الثاني إلى 3.45 مليون برميل يومياً", "2026-12-06 10:20", "شارك", "بغداد - واع", lead,
      "وذكرت الوزارة في بيان تلقته وكالة الأنباء العراقية (واع)، أن \"معدل الصادرات اليومية بلغ 3 ملايين و450 ألف برميل يومياً\".",
      "الأكثر قراءة", "الأنواء الجوية: أمطار رعدية في عدد من المحافظات", "جميع الحقوق محفوظة لوكالة الأنباء العراقية © 2026",
    ];
    const { frontMatter, body } = article(page.join("\n"));
    // The agency's name in full, as the page prints it on top: its copyright's holder is read without the word "agency".
    expect(frontMatter).toMatchObject({ source: "وكالة الأنباء العراقية", summary: lead, places: expect.arrayContaining(["بغداد"]) });
    expect(body.startsWith(lead)).toBe(true);
    expect(reasonsOf(frontMatter).get("بغداد - واع")).toBe("dateline: where the story was filed, and the agency (kept as places and source)");
    // Without its dateline, the site on top is the source still, named in full.
    expect(article(page.filter((line) => line !== "بغداد - واع").join("\n")).frontMatter.source).toBe("وكالة الأنباء العراقية");
  });

  it("reads an Arabic dateline, the place and the outlet in brackets or a known place alone, above or opening the lead", () => {
    // Kurdistan24's Arabic site: `أربيل (كوردستان24)-` on its own line above the lead, or run into it; the summary is
    // the lead's first sentence, a full stop between two Arabic words ending it.
    const lead =
      "استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الأحد، المبعوث الأمريكي الخاص إلى العراق والوفد المرافق له، وبحث " +
      "الجانبان آخر المستجدات السياسية في العراق والمنطقة وملف العلاقات بين أربيل وبغداد.";
    const page = (opening: string) =>
      ["نيجيرفان بارزاني يستقبل المبعوث الأمريكي في أربيل", "7/12/2026", opening, "وأكد الجانبان أهمية استمرار الحوار."].join("\n");
    for (const opening of [`أربيل (كوردستان24)-\n${lead}`, `أربيل (كوردستان24)- ${lead} وجرى اللقاء بحضور عدد من المسؤولين.`]) {
      const { frontMatter, body } = article(page(opening));
      expect(frontMatter).toMatchObject({ summary: lead, source: "كوردستان24", places: expect.arrayContaining(["أربيل"]) });
      expect(body.startsWith(lead)).toBe(true);
      expect(reasonsOf(frontMatter).get("أربيل (كوردستان24)-")).toMatch(/^dateline: where the story was filed, and the agency/);
    }
    // The place alone, one the Arabic reader knows by name: no standfirst.
    const alone = article(page(`أربيل\n${lead}`));
    expect(alone.frontMatter).toMatchObject({ summary: lead, places: expect.arrayContaining(["أربيل"]) });
    expect(alone.body.startsWith(lead)).toBe(true);
    expect(reasonsOf(alone.frontMatter).get("أربيل")).toBe("dateline: where the story was filed (kept as places)");
    // A word alone that names no known place is no dateline, as Arabic writes no capitals to tell a place by.
    const label = article(page(`تحليل\n${lead}`)).frontMatter;
    expect(reasonsOf(label).get("تحليل")).not.toMatch(/^dateline/);
    expect(label.places).not.toContain("تحليل");
  });

  it("reads a German lead's place before a full stop (its Ortsmarke) as its dateline, and a name after an article without its noun", () => {
    const german =
      "Irak: Parlament wählt neuen Präsidenten\n\nVon Anna Schmidt\n\n13.10.2022, 18:05 Uhr\n\n" +
      "Bagdad. Das irakische Parlament hat den Kurden Abdul Latif Raschid zum neuen Staatspräsidenten gewählt.\n\n" +
      "Raschid beauftragte umgehend Mohammed Schia al-Sudani mit der Regierungsbildung.\n";
    const { frontMatter, body } = article(german);
    expect(frontMatter).toMatchObject({ language: "de", places: expect.arrayContaining(["Bagdad"]) });
    expect(frontMatter.people).toEqual(["Abdul Latif Raschid", "Mohammed Schia al-Sudani"]);
    expect(frontMatter.summary).toMatch(/^Das irakische Parlament/);
    expect(body).toMatch(/^Das irakische Parlament/);
    expect(reasonsOf(frontMatter).get("Bagdad.")).toBe("dateline: where the story was filed (kept as places)");
    const frankfurt = article(german.replace("Bagdad. Das irakische", "Frankfurt am Main. Das irakische")).frontMatter;
    expect(frankfurt.places).toContain("Frankfurt am Main");
    // A word that is no place's opens no dateline.
    expect(article("Bridge opens\n\nNothing. They came, they took pictures, they left, the farmers said.\n").body).toMatch(/^Nothing\./);
  });

  const lead = (opening: string) => article(STORY.replace("The minister of transport", opening)).frontMatter;

  it("reads a wire story's dateline on the lead below a box of key points, as Reuters sets its Summary above it", () => {
    const box = "Summary\nBridge joins the two halves of the town\nCost doubled after the 2019 floods\n\n";
    const { frontMatter, body } = article(STORY.replace("The minister of transport", `${box}BAGHDAD, March 12 (Reuters) - The minister of transport`));
    expect(frontMatter).toMatchObject({ source: "Reuters", places: expect.arrayContaining(["Baghdad"]) });
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).toContain("- Cost doubled after the 2019 floods\n\nThe minister of transport");
  });

  it("reads the dateline on the lead below the box of key points with the photo's caption above it, as Reuters prints them", () => {
    const caption = "A view shows the new bridge over the river in Mosul, Iraq, March 10, 2021. REUTERS/Khalid al-Mousily\n\n";
    const box = "Summary\nBridge took ten years to build\nJoins the two halves of the city\n\n";
    const { frontMatter, body } = article(STORY.replace("The minister of transport", `${caption}${box}MOSUL, March 12 (Reuters) - The minister of transport`));
    expect(frontMatter).toMatchObject({ source: "Reuters", places: expect.arrayContaining(["Mosul"]) });
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).toContain("- Joins the two halves of the city\n\nThe minister of transport");
  });

  it("reads a place in capitals before a dash as a dateline, not a label or an acronym opening the lead", () => {
    expect(lead("BAGHDAD — The minister of transport")).toMatchObject({ places: expect.arrayContaining(["Baghdad"]) });
    expect(lead("BAGHDAD — The minister of transport").summary).toMatch(/^The minister of transport/);
    for (const opening of ["NATO — The minister of transport", "BREAKING — The minister of transport"]) {
      expect(lead(opening).summary, opening).toMatch(/^(NATO|BREAKING) — The minister/);
    }
  });

  it("takes the dateline off each later item of a wire roundup, as off its lead, and keeps the items' places", () => {
    const items = [
      "BAGHDAD, Nov 18 (Reuters) - Iraq's crude oil production rose to 4.4 million barrels per day in October, an official said.",
      "Exports through southern Basra terminals averaged 3.35 million bpd, the official said.",
      "KUWAIT, Nov 18 (Reuters) - Kuwait's emir on Wednesday approved a new cabinet, state news agency KUNA reported.",
      "ERBIL, Iraq, Nov 18 (Reuters) - Authorities reopened the Ibrahim Khalil border crossing with Turkey on Wednesday.",
    ];
    const { frontMatter, body } = article(`Mideast roundup: Iraq oil output, Kuwait cabinet\nBy Reuters\nNovember 18, 2026\n\n${items.join("\n")}\n`);
    expect(body).not.toMatch(/\(Reuters\)/);
    expect(body).toContain("\n\nKuwait's emir on Wednesday approved a new cabinet");
    expect(body).toContain("\n\nAuthorities reopened the Ibrahim Khalil border crossing");
    expect(frontMatter.places).toEqual(expect.arrayContaining(["Baghdad", "Kuwait", "Erbil", "Iraq"]));
    expect(reasonsOf(frontMatter).get("KUWAIT, Nov 18 (Reuters) -")).toBe("dateline of a roundup's item: where it was filed (kept as places)");
    // A line that names the agency in the text, no dateline, stays as written.
    const quoted = article(`${STORY.replace("The minister of transport", "BAGHDAD, March 12 (Reuters) - The minister of transport")}\nThe ministry told Reuters the bridge cost $40 million.\n`);
    expect(quoted.body).toContain("The ministry told Reuters the bridge cost $40 million.");
  });

  it("reads a dateline of two places between slashes, and a place in capitals before a colon, as Arab News prints it", () => {
    const twoPlaces = lead("BAGHDAD/ANKARA, Sept 27 (Reuters) - The minister of transport");
    expect(twoPlaces).toMatchObject({ source: "Reuters", places: expect.arrayContaining(["Baghdad", "Ankara"]) });
    expect(twoPlaces.summary).toMatch(/^The minister of transport/);
    expect(lead("AMMAN/GENEVA, 12 March 2021 – The minister of transport").places).toEqual(expect.arrayContaining(["Amman", "Geneva"]));
    const colon = lead("RIYADH: The minister of transport");
    expect(colon).toMatchObject({ places: expect.arrayContaining(["Riyadh"]), summary: expect.stringMatching(/^The minister of transport/) });
    // A label in capitals before a colon is no place.
    expect(lead("EXCLUSIVE: The minister of transport").summary).toMatch(/^EXCLUSIVE: The minister/);
  });

  it("reads a wire story's dateline with the agency after the dash, as Russian agencies print it", () => {
    const ria = lead("БАГДАД, 2 дек — РИА Новости. The minister of transport");
    expect(ria).toMatchObject({ source: "РИА Новости", places: expect.arrayContaining(["Багдад"]) });
    expect(ria.summary).toMatch(/^The minister of transport/);
    expect(reasonsOf(ria).get("БАГДАД, 2 дек — РИА Новости.")).toBe("dateline: where the story was filed, and the agency (kept as places and source)");
  });

  it("reads a dateline in the place's own case before an outlet's initials, address or name in brackets", () => {
    const outlets = ["Samawah (CNN) —", "Samawah, Iraq (AFP) -", "Samawah (IraqiNews.com) –", "Samawah (Kurdistan24) –", "Samawah (Shafaq News) -"];
    for (const opening of outlets.map((dateline) => `${dateline} The minister of transport`)) {
      const frontMatter = lead(opening);
      expect(frontMatter, opening).toMatchObject({ source: /\(([^)]+)\)/.exec(opening)![1], places: expect.arrayContaining(["Samawah"]) });
      expect(frontMatter.summary, opening).toMatch(/^The minister of transport/);
    }
    expect(lead("Anna Berg (pictured) — The minister of transport").source).toBeUndefined();
  });

  it("reads an outlet and its dash on a line of their own above the lead (CNN —) as the dateline, below the byline or not", () => {
    for (const above of ["", "Baghdad, Iraq\n"]) {
      const frontMatter = lead(`${above}CNN —\nThe minister of transport`);
      expect(frontMatter, above).toMatchObject({ source: "CNN", summary: expect.stringMatching(/^The minister of transport/) });
      expect(reasonsOf(frontMatter).get("CNN —")).toMatch(/^dateline/);
    }
    const belowByline = article(STORY.replace("12 March 2021\n\n", "").replace("The minister of transport", "CNN —\n\nThe minister of transport"));
    expect(belowByline.frontMatter).toMatchObject({ source: "CNN", author: "Jane Doe" });
    expect(belowByline.body).toMatch(/^The minister of transport/);
    // A label in capitals before a dash is no outlet.
    expect(lead("LIVE —\nThe minister of transport").source).toBeUndefined();
  });

  it("reads EFE's dateline, the day and month and a full stop before the dash, on a lead above the agency's byline", () => {
    const efe = article(STORY.replace("By Jane Doe\n\n12 March 2021\n\nThe minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.\n", "Estambul, 3 dic (EFE).- The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.\nAgencia EFE\n03 Dic. 2026\n"));
    expect(efe.frontMatter).toMatchObject({ source: "EFE", date: "2026-12-03", places: expect.arrayContaining(["Estambul"]) });
    // `Agencia EFE` above the date line is the agency, as its dateline says, not a writer.
    expect(efe.frontMatter.author).toBeUndefined();
    expect(efe.frontMatter.summary).toMatch(/^The minister of transport/);
    expect(efe.body).toMatch(/^The minister of transport/);
  });

  it("dates an article without a date line by its dateline's date, with a year, as a press release prints it", () => {
    const undated = (opening: string) => article(STORY.replace("12 March 2021\n\n", "").replace("The minister of transport", opening)).frontMatter;
    expect(undated("GENEVA, 14 March 2022 – The minister of transport")).toMatchObject({ date: "2022-03-14", places: expect.arrayContaining(["Geneva"]) });
    expect(undated("GENEVA, 14 March 2022 – The minister of transport").summary).toMatch(/^The minister of transport/);
    // In the place's own case too, as a press release prints it; a word that names no place is no dateline's.
    expect(undated("Baghdad, 14 March 2022 – The minister of transport")).toMatchObject({ date: "2022-03-14", places: expect.arrayContaining(["Baghdad"]) });
    expect(undated("Baghdad, 14 March 2022 – The minister of transport").summary).toMatch(/^The minister of transport/);
    expect(undated("Yesterday, 14 March 2022 – The minister of transport").date).toBeUndefined();
    expect(undated("WASHINGTON, Jan. 5, 2021 (Reuters) - The minister of transport")).toMatchObject({ date: "2021-01-05", source: "Reuters" });
    expect(undated("BASRA, Iraq, March 3, 2021 — The minister of transport")).toMatchObject({
      date: "2021-03-03",
      places: expect.arrayContaining(["Basra", "Iraq"]),
    });
    // A date without its year is never completed; a date line above wins over the dateline's.
    expect(undated("BAGHDAD, Jan. 5 (Reuters) - The minister of transport").date).toBeUndefined();
    expect(lead("GENEVA, 14 March 2022 – The minister of transport").date).toBe("2021-03-12");
  });

  it("leaves out a press release's label and what follows its end mark, and keeps a mark the article goes on after", () => {
    const release = `FOR IMMEDIATE RELEASE\n\n${STORY}\n###\n\nMedia contacts:\nIn Geneva: Ann Smith, ann@example.org, +41 79 000 00 00\n`;
    const { frontMatter, body } = article(release);
    expect(frontMatter.section).toBe("World");
    expect(frontMatter.people).not.toContain("Ann Smith");
    expect(body).not.toMatch(/###|Media contacts|Ann Smith/);
    expect(frontMatter.removed?.map(({ text }) => text)).toEqual(expect.arrayContaining(["FOR IMMEDIATE RELEASE", "###", "Media contacts:"]));
    const more = "The bridge has four lanes and a path for walkers and cyclists along its whole length, the ministry said.";
    const { body: parts } = article(STORY.replace("\n\n\"This bridge", `\n\n###\n\n${more}\n\n${more}\n\n\"This bridge`));
    expect(parts).toContain(`${more}\n\n"This bridge joins`);
    // The UN's end mark, its note and links to its related documents below it.
    const un = article(`${STORY}\n* *** *\n\nFor information media. Not an official record.\n\nRelated Documents\nSecurity Council 9876th meeting\n`);
    expect(un.body).toMatch(/at the ceremony\.\n$/);
  });

  it("reads a subhead the UN's briefings open with a bold mark they never close, without the mark", () => {
    const briefing = withBody(
      "**Iraq\n\nGood afternoon. I will start with Iraq, where the Special Representative briefed the Security Council this morning.\n\n" +
        "**Questions and Answers\n\nQuestion: Thanks, Steph. Is the Secretary-General concerned about the missing persons file?",
    );
    const { body } = article(briefing);
    expect(body).toMatch(/^## Iraq\n\nGood afternoon\./);
    expect(body).toContain("\n## Questions and Answers\n");
    expect(body).not.toContain("*");
  });

  it("reads a place and its region in their own case before a dash as a dateline, and not a name alone", () => {
    const dated = lead("Erbil, Kurdistan Region – The minister of transport");
    expect(dated).toMatchObject({ places: expect.arrayContaining(["Erbil", "Kurdistan Region"]) });
    expect(dated.summary).toMatch(/^The minister of transport/);
    expect(lead("Berg – The minister of transport").summary).toMatch(/^Berg – The minister/);
  });

  it("takes the lead below an editors' note, which stays the article's", () => {
    const note = "Editor's note: This story contains descriptions of violence.";
    const { frontMatter, body } = article(STORY.replace("The minister of transport", `${note}\n\nBAGHDAD — The minister of transport`));
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(frontMatter.places).toContain("Baghdad");
    expect(body).toMatch(new RegExp(`^${note}\n\nThe minister of transport`));
    // Above the headline, as the Washington Post prints it: the byline and date below it are still read.
    const above = article(`${note}\n${STORY.replace("World\n\n", "")}`);
    expect(above.frontMatter).toMatchObject({ title: "Minister opens new bridge over the river", author: "Jane Doe", date: "2021-03-12" });
    expect(above.body).toMatch(new RegExp(`^${note}\n\nThe minister of transport`));
  });

  it("takes the lead below a list of key points and its label, which stay the article's", () => {
    const points = "Key points:\n\n- The bridge cost 40 million euros\n- It took ten years to build";
    const { frontMatter, body } = article(STORY.replace("The minister of transport", `${points}\n\nThe minister of transport`));
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).toMatch(/^Key points:\n\n- The bridge cost 40 million euros\n- It took ten years to build\n\nThe minister of transport/);
  });

  it("takes no headline from a list's label when the text has none, and keeps the label above its list", () => {
    const points = "Key points:\n\n- The bridge cost 40 million euros\n- It took ten years to build";
    const untitled = STORY.slice(STORY.indexOf("The minister of transport"));
    const { frontMatter, body } = article(`${points}\n\n${untitled}`);
    expect(frontMatter.title).toMatch(/^The minister of transport Anna Berg opened the new bridge/);
    expect(frontMatter.provenance).toEqual({ title: "generated" });
    expect(body).toMatch(/^Key points:\n\n- The bridge cost 40 million euros\n- It took ten years to build\n\nThe minister of transport/);
  });

  it("joins a word a printed page broke with a hyphen at a line's end, and keeps a compound's hyphen", () => {
    const printed =
      "Parliament elects new president\n\n13 October 2022\n\nThe Iraqi parliament on Thursday elected a new coun-\n" +
      "try's president, ending a year-\nlong dead-\nlock. The Iran-\nbacked parties said the govern-\nment had a right to self-\n" +
      "defence.\n";
    expect(article(printed).body).toBe(
      "The Iraqi parliament on Thursday elected a new country's president, ending a year-long deadlock. The Iran-backed " +
        "parties said the government had a right to self-defence.\n",
    );
    // A name broken after its particle, on a short line that is no headline for it.
    const name = "Parliament elects new president\n\n13 October 2022\n\nThe president tasked Mohammed Shia al-\nSudani with it.\n";
    expect(article(name).frontMatter).toMatchObject({ title: "Parliament elects new president", people: ["Mohammed Shia al-Sudani"] });
    expect(article(name).body).toBe("The president tasked Mohammed Shia al-Sudani with it.\n");
  });

  it("keeps a report's numbered part heading apart from the numbered paragraph below it", () => {
    const report =
      "I. Introduction\n\n1. The present report covers developments in Iraq from 1 August to 15 November 2026, as the Council\n" +
      "requested.\n\nII. Political developments\n\n2. On 11 November 2026, Iraq held elections for the Council of Representatives.";
    const { body } = article(withBody(report));
    expect(body).toBe(
      "## I. Introduction\n\n1\\. The present report covers developments in Iraq from 1 August to 15 November 2026, as the Council " +
        "requested.\n\n## II. Political developments\n\n2\\. On 11 November 2026, Iraq held elections for the Council of Representatives.\n",
    );
  });

  it("reads a UN report copied from its PDF: its masthead's columns, its numbered parts and paragraphs, its page feet left out", () => {
    const report = [
      "United Nations                                                    S/2025/803",
      "Security Council                                     Distr.: General",
      "                                                     11 December 2025",
      "",
      "                                                     Original: English",
      "",
      "Children and armed conflict in Iraq",
      "",
      "Report of the Secretary-General",
      "",
      "I. Introduction",
      "",
      "1. The present report, submitted pursuant to Security Council resolution 1612",
      "(2005) and subsequent resolutions, covers the period from 1 July 2024 to",
      "30 June 2025. It describes the trends and patterns of grave violations against",
      "children in Iraq and the progress made in addressing them.",
      "",
      "II. Grave violations against children",
      "",
      "2. The country task force verified 163 grave violations against 149 children",
      "(112 boys, 37 girls). Most of the children were killed or maimed by explosive",
      "remnants of war in Anbar, Nineveh and Salah al-Din governorates.",
      "",
      "                                                    25-20311 (E)   171225",
      "*2520311*",
      "S/2025/803",
      "",
      "3. Eleven children were held in detention on national security charges,",
      "including for their alleged association with armed groups, at the end of",
      "the reporting period.",
      "",
      "25-20311                                                                  2/3",
      "S/2025/803",
      "",
      "III. Recommendations",
      "",
      "4. I call upon the Government to release all children detained for their",
      "alleged association with armed groups and to treat them primarily as victims.",
      "",
      "                                                                        3/3",
      "25-20311",
    ].join("\n");
    const { frontMatter, body } = article(report);
    // The issuer on the masthead's left is the source; the title is the report's, with what the report is below it.
    expect(frontMatter).toMatchObject({
      title: "Children and armed conflict in Iraq: Report of the Secretary-General",
      source: "United Nations",
      date: "2025-12-11",
    });
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get(report.split("\n")[0]!)).toBe("the issuing body's name, atop a PDF's masthead (kept as source)");
    expect(reasons.get("Original: English")).toMatch(/^the rest of a PDF's masthead/);
    // The numbered parts are subheads, each paragraph below opening on its own number.
    expect(body).toMatch(/^## I\. Introduction\n\n1\\\. The present report/);
    expect(body).toContain("## II. Grave violations against children\n\n2\\. The country task force");
    expect(body).toContain("## III. Recommendations\n\n4\\. I call upon the Government");
    // The first page's foot (its job number, its barcode), the next page's head (the symbol) and the second page's foot
    // (the job number by the page's number) are no text of it.
    expect(body).not.toMatch(/25-20311|2520311|S\/2025\/803|\d\/3/);
    const margins = frontMatter.removed?.filter(({ reason }) => reason.startsWith("a printed page's running head or foot"));
    expect(margins?.map(({ line }) => line)).toEqual([24, 25, 26, 32, 33]);
  });

  it("takes a report's summary and headline from its first numbered paragraph without the paragraph's number, which the body keeps", () => {
    const report =
      "I. Introduction\n\n1. The present report is submitted pursuant to paragraph 8 of Security Council resolution 2732\n" +
      "(2024), in which the Council requested me to report on the transition of the tasks of the Mission. It covers\n" +
      "developments from 1 August to 15 November 2026.";
    const { frontMatter, body } = article(withBody(report));
    expect(frontMatter.summary).toMatch(/^The present report is submitted pursuant to paragraph 8 of Security Council resolution/);
    expect(body).toMatch(/^## I\. Introduction\n\n1\\\. The present report is submitted/);
    // A headline written from the lead, for a text copied without its title, goes without the number too.
    const untitled =
      "1. The Security Council met on Tuesday to discuss the situation\nin Iraq and heard a briefing by the Special Representative.\n\n" +
      "2. Members welcomed the elections held on 11 November and called\nfor the swift formation of a new government.\n";
    expect(article(untitled).frontMatter).toMatchObject({
      title: "Security Council met to discuss the situation in Iraq and heard a briefing",
      provenance: { title: "generated" },
    });
    // A figure's point is no paragraph's number.
    const figure = "3.5 million people remained displaced across Iraq at the end of October, the International Organization for Migration said.";
    expect(article(withBody(figure)).frontMatter.summary).toBe(figure);
  });

  it("writes the headline of a report copied without its title from its first numbered paragraph, whatever its first line's width", () => {
    // A wrap at 80 columns that broke `Council` off the paragraph's first line, which then stops well short of the rest.
    const paragraphs = [
      "1. The present report is submitted pursuant to paragraph 8 of Security\n" +
        "Council resolution 2732 (2024), in which the Council requested me to report on the\n" +
        "transition of the tasks of the United Nations Assistance Mission for Iraq\n" +
        "(UNAMI). It covers developments from 1 August to 15 November 2026.",
      "2. On 11 November 2026, Iraq held elections for the Council of Representatives.\n" +
        "The Independent High Electoral Commission announced a turnout of 47 per cent.",
    ];
    const title = "The present report is submitted pursuant to paragraph 8 of Security Council resolution 2732";
    for (const report of [paragraphs.join("\n\n"), `I. Introduction\n\n${paragraphs.join("\n\nII. Political developments\n\n")}`]) {
      const { frontMatter, body } = article(`${report}\n`);
      expect(frontMatter).toMatchObject({ title, provenance: { title: "generated" } });
      expect(body).toMatch(/^(?:## I\. Introduction\n\n)?1\\\. The present report is submitted pursuant to paragraph 8 of Security Council resolution/);
    }
  });

  it("takes a summary without the marks of the notes its lead points to, which the body keeps", () => {
    const lead =
      "The draft law now before Iraq's Council of Representatives would give the Popular Mobilization Forces a " +
      "permanent commission with its own academy and budget line.[1] In effect, it would create a second army.[2]\n\n" +
      "Notes\n\n[1] Draft Law of the Popular Mobilization Commission, 2026.\n[2] Ministry of Finance, budget tables.";
    const { frontMatter, body } = article(withBody(lead));
    expect(frontMatter.summary).toBe(
      "The draft law now before Iraq's Council of Representatives would give the Popular Mobilization Forces a " +
        "permanent commission with its own academy and budget line.",
    );
    expect(body).toContain("budget line.\\[1\\] In effect");
  });

  it("reads a report's numbered paragraphs alike, as paragraphs with their numbers, whatever the case their wrapped lines open in", () => {
    const report = [
      "V. Observations",
      "",
      "7. As at 31 October, some 1.1 million people remained internally",
      "displaced, of whom about 150,000 lived in 22 camps in the Kurdistan",
      "Region. The Government closed two camps in Duhok governorate.",
      "",
      "8. I commend the people and Government of Iraq for the conduct of",
      "peaceful elections and encourage all political actors to form a new",
      "government without delay.",
      "",
      "9. I urge the federal Government and the Kurdistan Regional Government",
      "to resolve outstanding issues, including the payment of salaries, on",
      "the basis of the Constitution.",
    ].join("\n");
    const { body } = article(withBody(report));
    expect(body).toContain("\n\n7\\. As at 31 October, some 1.1 million people remained internally displaced, of whom");
    expect(body).toContain(
      "\n\n8\\. I commend the people and Government of Iraq for the conduct of peaceful elections and encourage all political " +
        "actors to form a new government without delay.\n\n9\\. I urge the federal Government",
    );
    // A list's items stay its items: one under the other, wrapped to the margin or not, or each wrapped below its text.
    const promises = "The government promised two things:\n1. Fuel prices will be cut by ten per cent from\nnext month.\n2. Salaries will be paid on time.";
    expect(article(withBody(`${promises}\n\nThe opposition called the promises vague.`)).body).toContain(
      "\n\n1. Fuel prices will be cut by ten per cent from next month.\n2. Salaries will be paid on time.\n\n",
    );
    const steps = [
      "The council set out the order of the work:",
      "",
      "1. A survey of the east bank, which the engineers say",
      "   will take most of the spring",
      "",
      "2. The wall itself, along the river",
      "",
      "3. The pumps",
      "",
      "The mayor, Anna Berg, said the work would take two years.",
    ].join("\n");
    expect(article(withBody(steps)).body).toContain(
      "1. A survey of the east bank, which the engineers say will take most of the spring\n2. The wall itself, along the river\n3. The pumps\n\n",
    );
    // As the article's last lines, a short item is the list's still, not a line of the page's below the article.
    const last = article(withBody(steps.replace(/\n\nThe mayor.*$/, ""))).body;
    expect(last.trimEnd()).toMatch(/\n2\. The wall itself, along the river\n3\. The pumps$/);
  });

  it("leaves out a PDF's running heads that print the document's first lines again atop each later page", () => {
    const heads = ["Republic of Iraq", "Ministry of Migration and Displaced", "Media and Government Communication Department"];
    const foot = (page: number) => `Press Release No. 214/2026 – Ministry of Migration and Displaced                Page ${page} of 2`;
    const text = [
      ...heads,
      "PRESS RELEASE",
      "Ministry closes last camps for displaced persons in Duhok Governorate",
      "The Ministry of Migration and Displaced announces the completion of the voluntary return programme",
      "for the remaining families in the camps of Duhok Governorate.",
      foot(1),
      "",
      ...heads,
      "The Ministry recalls that, at the peak of displacement in 2015, more than 3.3 million Iraqis were",
      "displaced, including more than 700,000 in the camps of the Kurdistan Region.",
      foot(2),
      "",
    ].join("\n");
    const { frontMatter, body } = article(text);
    expect(body).toBe(
      "The Ministry of Migration and Displaced announces the completion of the voluntary return programme for the remaining families in the camps of Duhok Governorate.\n\n" +
        "The Ministry recalls that, at the peak of displacement in 2015, more than 3.3 million Iraqis were displaced, including more than 700,000 in the camps of the Kurdistan Region.\n",
    );
    const repeated = frontMatter.removed?.filter(({ line }) => line >= 10 && line <= 12).map(({ reason }) => reason);
    expect(repeated).toEqual(Array(3).fill("a printed page's running head: the document's first lines atop a later page, not article text"));
  });

  it("leaves out a PDF's running foot, its page's number a wide gap from its title, not a table's row", () => {
    const foot = "2                                                           Human Rights Watch | December 2026";
    const text = `Human Rights Watch interviewed 42 displaced people in Nineveh and Anbar governorates\nbetween March and June 2026.\n${foot}\nMany of those interviewed said that security forces had threatened them with arrest.`;
    const { frontMatter, body } = article(withBody(text));
    expect(body).not.toContain("December 2026");
    expect(reasonsOf(frontMatter).get(foot)).toBe("a printed page's running head or foot, with its number, not article text");
    // A table laid out in spaces, a number and a name on each row, is the article's.
    const table = "Rank      Governorate\n1      Duhok\n2      Erbil";
    const ranked = article(withBody(`The floods hit two governorates.\n\n${table}\n\nThe rain is expected to stop on Sunday.`)).body;
    expect(ranked).toContain("Duhok");
    expect(ranked).toContain("Erbil");
  });

  it("keeps a paragraph whose first line looks like a headline as one, when a scrape wrapped it there", () => {
    const wrapped = "Iraq's Prime Minister Mustafa al-Kadhimi met the new\nFrench Minister of Armies on Tuesday in Baghdad.";
    const { frontMatter, body } = article(STORY.replace("12 March 2021\n\n", `12 March 2021\n\n${wrapped}\n\n`));
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    expect(body).toMatch(/^Iraq's Prime Minister Mustafa al-Kadhimi met the new French Minister of Armies on Tuesday/);
  });

  it("keeps a headline's wrapped last line in the headline, though it has a name's shape above the date line", () => {
    const headline = "Germany and Kuwait Sign a Long-Awaited Agreement on\nRefugee Returns";
    const { frontMatter } = article(STORY.replace("Minister opens new bridge over the river\n\nBy Jane Doe", headline));
    expect(frontMatter.title).toBe("Germany and Kuwait Sign a Long-Awaited Agreement on Refugee Returns");
    expect(frontMatter.author).toBeUndefined();
  });
});

describe("reading the outlet's name from the page's masthead", () => {
  const arabicStory = [
    "أربيل تتهم بغداد بـ«تسييس» ملف رواتب موظفي إقليم كردستان",
    "بغداد: فاضل النشمي",
    "نشر: 22:15-29 نوفمبر 2026 م ـ 08 جمادي الآخر 1448 هـ",
    "اتهمت حكومة إقليم كردستان العراق، السبت، الحكومة الاتحادية في بغداد بـ«تسييس» ملف رواتب موظفي الإقليم، وذلك بعد تأخر صرفها لأكثر من ثلاثة أشهر.",
    "في المقابل، قالت وزارة المالية الاتحادية إن الإقليم «لم يسلم الإيرادات غير النفطية كاملة».",
  ].join("\n");

  it("reads a name in Arabic on the page's first line, right above its menu's link home, as the source", () => {
    // Asharq Al-Awsat's: its name, which is also the region's (`the Middle East`), above `الرئيسية` (Home) and its menu.
    const page = (top: string) => article(`${top}\nالعالم العربي\nالمشرق العربي\nالخليج\nالعالم\nالمشرق العربي\n${arabicStory}`).frontMatter;
    const asharq = page("الشرق الأوسط\nالرئيسية");
    expect(asharq).toMatchObject({ source: "الشرق الأوسط", author: "فاضل النشمي", section: "المشرق العربي" });
    expect(reasonsOf(asharq).get("الشرق الأوسط")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // The region's name above the menu with no link home below it names no outlet.
    expect(page("الشرق الأوسط").source).toBeUndefined();
  });

  it("reads a language service's logo, its name in Latin letters and its language in its own, above its skip link, as the source", () => {
    // BBC Persian's: the logo's text, the link that skips to the content, then the menu from `خانه` (Home).
    const story = [
      "خانه", "ایران", "جهان", "ورزش", "اقتصاد", "ایران",
      "بازداشت دهها فعال کرد در سنندج پس از اعتراضات",
      "۱۴ آذر ۱۴۰۵",
      "سازمان حقوق بشری هه‌نگاو از بازداشت دست‌کم ۳۵ فعال مدنی و سیاسی کرد در سنندج، مرکز استان کردستان، پس از اعتراض‌های هفته گذشته خبر داده است.",
      "مقام‌های قضایی استان کردستان هنوز درباره این بازداشت‌ها اظهارنظری نکرده‌اند.",
      "© ۲۰۲۶ بی بی سی. بی بی سی مسئول محتوای سایت‌های دیگر نیست.",
    ].join("\n");
    const persian = article(`BBC News, فارسی\nپرش به محتوا\n${story}`).frontMatter;
    expect(persian).toMatchObject({ source: "BBC News فارسی", title: "بازداشت دهها فعال کرد در سنندج پس از اعتراضات" });
    // The logo's line recorded as the page prints it.
    expect(reasonsOf(persian).get("BBC News, فارسی")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // A place and its country in one script are no service's logo.
    expect(article(`Washington, DC\nMenu\n${STORY}`).frontMatter.source).toBeUndefined();
  });

  it("reads a logo in small letters on the page's first line, above the menu's link home, as the source (tagesschau's)", () => {
    const menu = "tagesschau\nStartseite\nInland\nAusland\nWirtschaft\nWissen\nAusland\nAsien\nStand: 05.12.2026 14:22 Uhr\n";
    const lead = "Bei türkischen Luftangriffen im Nordirak sind nach Angaben kurdischer Behörden mindestens sechs Menschen getötet worden.";
    const page = (top: string) => article(`${top}Türkische Luftangriffe im Nordirak\nMehrere Tote bei Angriffen auf PKK-Stellungen\n${lead}\nVon Anna Osius, ARD-Studio Kairo\nDie Angriffe trafen Ziele in den Kandil-Bergen.\n`).frontMatter;
    const tagesschau = page(menu);
    expect(tagesschau).toMatchObject({ source: "tagesschau", section: "Asien", author: "Anna Osius" });
    expect(reasonsOf(tagesschau).get("tagesschau")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // Above a menu without a link home, the logo is left out, and names no source by itself.
    expect(page(menu.replace("Startseite\n", "")).source).toBeUndefined();
  });
  it("reads the masthead as the source: a logo with its link home, an outlet's byline under its logo, a Polish credit", () => {
    const lead = "Iraqi Kurds have voted in a referendum on independence that has been denounced by Baghdad as a threat to stability.";
    // The Guardian's logo, its text then its link's label, above the menu; no footer names the paper again.
    const guardian = article(["Skip to main content", "The Guardian - Back to home", "News", "Opinion", "Middle East", "Iraqi Kurds vote in referendum", "Martin Chulov in Erbil", "Mon 25 Sep 2017 18.04 BST", lead, ""].join("\n"));
    expect(guardian.frontMatter.source).toBe("The Guardian");
    expect(reasonsOf(guardian.frontMatter).get("The Guardian - Back to home")).toMatch(/site's name.*\(kept as source\)/);
    // Rudaw's staff byline under its logo, a relative date below it: the outlet, no writer.
    const rudaw = article(["Rudaw", "Kurdistan", "Iraq", "Middle East", "Kurdistan", "KRG and Baghdad agree on salary transfers", "By Rudaw", "7 hours ago", `ERBIL, Kurdistan Region - ${lead}`, ""].join("\n"));
    expect(rudaw.frontMatter).toMatchObject({ source: "Rudaw" });
    expect(rudaw.frontMatter.author).toBeUndefined();
    expect(reasonsOf(rudaw.frontMatter).get("By Rudaw")).toBe("byline naming the outlet (kept as source)");
    // A writer's name on top of their own page, over their byline, is still theirs.
    expect(article(["Joel Wing", "Home", "About", "Iraq", "Iraq's budget deadlock goes on", "By Joel Wing", "7 December 2026", lead, ""].join("\n")).frontMatter.author).toBe("Joel Wing");
    // PAP, the Polish Press Agency, after the writer's name; tvn24's credit below the byline, the agency's copy first.
    const pap = article(["Świat", "Irak: atak dronów na pole gazowe w Kurdystanie", "Jan Kowalski, PAP", "7 grudnia 2026, 14:32", "Atak dronów na pole gazowe Chor Mor wstrzymał w niedzielę dostawy gazu do elektrowni w regionie.", ""].join("\n"));
    expect(pap.frontMatter).toMatchObject({ author: "Jan Kowalski", source: "PAP" });
    expect(pap.frontMatter.places ?? []).not.toContain("PAP");
    const tvn24 = ["tvn24.pl", "Strona główna", "Polska", "Świat", "Świat", "Prezydent Iraku w Warszawie", "8 grudnia 2026, 18:05", "Autor: Piotr Zieliński", "Źródło: PAP, tvn24.pl", "Prezydent Iraku Abdul Latif Raszid przyleciał w poniedziałek do Warszawy z dwudniową wizytą.", ""];
    const credited = article(tvn24.join("\n")).frontMatter;
    expect(credited).toMatchObject({ author: "Piotr Zieliński", source: "tvn24.pl" });
    expect(reasonsOf(credited).get("Źródło: PAP, tvn24.pl")).toBe("credit line naming the publication (kept as source)");
    // The address on top, above the link home, is the site's name without the credit too; so is a name above `Zaloguj`.
    expect(article(tvn24.filter((line) => !line.startsWith("Źródło")).join("\n")).frontMatter.source).toBe("tvn24.pl");
    expect(article(["Gazeta Wyborcza", "Zaloguj", "Prenumerata", ...tvn24.slice(2, 8), tvn24[9], ""].join("\n")).frontMatter.source).toBe("Gazeta Wyborcza");
  });

  it("reads a credit that gives the site's own address (`Źródło: rp.pl`) as the masthead's name on top, another site's address as its own", () => {
    const top = ["Rzeczpospolita", "Zaloguj się", "Subskrybuj", "Kraj", "Świat", "Ekonomia", "Świat", "Irak: polscy żołnierze zostają w Erbilu"];
    const text = ["Publikacja: 03.12.2026 16:12", "Jakub Kowalczyk", "Prezydent podpisał we wtorek postanowienie o przedłużeniu misji Polskiego Kontyngentu Wojskowego w Iraku."];
    const page = (credit: string, paywall: string[]) => article([...top, ...text, credit, ...paywall, ""].join("\n")).frontMatter;
    // Its paywall asks the reader to subscribe to rp.pl: the address is the site's own.
    const own = page("Źródło: rp.pl", ["Subskrybuj rp.pl i czytaj bez ograniczeń", "Wybierz ofertę"]);
    expect(own).toMatchObject({ source: "Rzeczpospolita", author: "Jakub Kowalczyk" });
    expect(reasonsOf(own).get("Rzeczpospolita")).toBe("the site's name, on the page's first line above its menu (kept as source)");
    // Another site's address, or one the page does not print as its own, is the credited site's.
    expect(page("Źródło: money.pl", ["Subskrybuj rp.pl i czytaj bez ograniczeń"]).source).toBe("money.pl");
    expect(page("Źródło: rp.pl", []).source).toBe("rp.pl");
  });
});
