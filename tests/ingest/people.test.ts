import { describe, expect, it } from "vitest";
import { aliasesFrom, aliasKey, changedAliasKeys, NO_ALIASES, parseAliasFile } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { STORY, article, paragraphs, withBody } from "../support/ingest-text.ts";

describe("people and aliases", () => {
  it("cuts a title of two words whole from a name, and Seyed, a spelling of the honorific Sayyid", () => {
    const text =
      "IAEA Director General Rafael Grossi told reporters in Muscat that inspectors would return. Iranian Foreign " +
      "Minister Seyed Abbas Araghchi met him there.";
    const { frontMatter } = article(`${STORY}\n${text}\n`);
    expect(frontMatter.people).toEqual(expect.arrayContaining(["Abbas Araghchi", "Rafael Grossi"]));
    expect(frontMatter.people!.filter((name) => /General|Seyed/u.test(name))).toEqual([]);
  });

  it("strips titles and ranks from names and folds a surname into the full name", () => {
    const { frontMatter } = article(`${STORY}\nMaj. Gen. Sam Ortiz, a spokesman for the army, said Ortiz had seen it. President Lena Moss agreed.\n`);
    expect(frontMatter.people).toEqual(expect.arrayContaining(["Anna Berg", "Lena Moss", "Sam Ortiz"]));
    expect(frontMatter.people).not.toContain("Ortiz");
  });

  it("strips a rank written in full from a name", () => {
    const text = 'A spokesman, Colonel Dave Butler, says the coalition is "aware of reports". Lieutenant General Ian Reed agreed.';
    const { frontMatter } = article(`${STORY}\n${text}\n`);
    expect(frontMatter.people).toEqual(["Anna Berg", "Dave Butler", "Ian Reed"]);
  });

  it("strips the titles of clerics, chancellors and speakers", () => {
    const { frontMatter } = article(
      `${STORY}\nGrand Ayatollah Ali al-Sistani received Sayyid Ammar al-Hakim. Chancellor Olaf Scholz and Vice-Chancellor ` +
        "Robert Habeck met Parliament Speaker Nabih Berri and Banque du Liban governor Riad Salameh.\n",
    );
    expect(frontMatter.people).toEqual([
      "Ali al-Sistani",
      "Ammar al-Hakim",
      "Anna Berg",
      "Nabih Berri",
      "Olaf Scholz",
      "Riad Salameh",
      "Robert Habeck",
    ]);
    expect(frontMatter.organizations).toEqual(["Banque du Liban"]);
  });

  it("reads American and British titles, names with a capital inside, and no storm or operation as a person", () => {
    const text =
      `${STORY}\nFed Chair Jerome Powell, Gov. Ron DeSantis, Sheriff Keith Pearson and Sen. Mary O'Brien met Hurricane ` +
      "Milton's victims, with coach Paul McDonald and Operation Inherent Resolve's head.\n";
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Jerome Powell", "Keith Pearson", "Mary O'Brien", "Paul McDonald", "Ron DeSantis"]);
  });

  it("lists a titled name of three words or more once, whole, not also by its first words", () => {
    const text =
      `${STORY}\nDr. Tedros Adhanom Ghebreyesus, the agency's director-general, met Gen. Mohamed Hamdan Dagalo and Egyptian ` +
      "President Abdel Fattah el-Sisi. President Luiz Inácio Lula da Silva sent Dr. Grace Njeri Odhiambo.\n";
    expect(article(text).frontMatter.people).toEqual([
      "Abdel Fattah el-Sisi",
      "Anna Berg",
      "Grace Njeri Odhiambo",
      "Luiz Inácio Lula da Silva",
      "Mohamed Hamdan Dagalo",
      "Tedros Adhanom Ghebreyesus",
    ]);
    // Its first words, written alone too, are a person's name of their own.
    const twice = `${STORY}\nDr. Grace Njeri Odhiambo met Grace Njeri on Monday.\n`;
    expect(article(twice).frontMatter.people).toEqual(["Anna Berg", "Grace Njeri", "Grace Njeri Odhiambo"]);
  });

  it("takes a name with a middle initial for a person's, written as the text writes it", () => {
    const text =
      `${STORY}\nMatthew R. Collins, a department spokesman, said it was over. Spokesman Vikram S. Menon said so too, ` +
      "and so did Hoshyar K. Baban, the foreign minister. Plan B. Officials said nothing.\n";
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Hoshyar K. Baban", "Matthew R. Collins", "Vikram S. Menon"]);
  });

  it("keeps `Jr.` at the end of a person's name, as the text writes it, and the name whole", () => {
    const text =
      `${STORY}\nThe court heard it. Justice Samuel A. Alito Jr. appeared sympathetic. Adnan Dirjal Jr., the sports ` +
      "minister, attended, and Dr. Ali Allawi Sr. spoke.\n";
    expect(article(text).frontMatter.people).toEqual(["Adnan Dirjal Jr.", "Ali Allawi Sr.", "Anna Berg", "Samuel A. Alito Jr."]);
  });

  it("keeps an heir's number and a son's mark at the end of a name: after a comma, before a possessive", () => {
    const text =
      `${STORY}\nMartin Luther King III addressed the crowd outside the court. "My father marched for this," King said. ` +
      "Ali Allawi, Sr., the former finance minister, spoke too, and Robert F. Kennedy Jr.'s plan was criticised.\n";
    expect(article(text).frontMatter.people).toEqual(["Ali Allawi Sr.", "Anna Berg", "Martin Luther King III", "Robert F. Kennedy Jr."]);
  });

  it("reads a name whole whose middle initial and son's mark are written without full stops", () => {
    const text = withBody(
      "Health Secretary Robert F Kennedy Jr defended his overhaul of the vaccine panel on Thursday. Senators pressed " +
        "Kennedy on the dismissals, and Ali H Jaber, a committee aide, said the hearing would resume. Plan B Officials met.",
    );
    expect(article(text).frontMatter.people).toEqual(["Ali H Jaber", "Robert F Kennedy Jr"]);
  });

  it("reads no word of the title `Chief Justice` as the name's", () => {
    const text = `${STORY}\nChief Justice John G. Roberts, Jr., asked whether the state had shown any evidence of fraud.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "John G. Roberts Jr."]);
    const short = `${STORY}\nChief Justice John Roberts said the court would rule by June.\n`;
    expect(article(short).frontMatter.people).toEqual(["Anna Berg", "John Roberts"]);
  });

  it("reads a name with particles between its words whole: `bint`, and `Al` before its last word", () => {
    const text =
      `${STORY}\nSheikha Mariam bint Rashid Al Maktoum, a board member of the chamber, said so. Sheikh Mohamed bin Zayed ` +
      "Al Nahyan agreed.\n";
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Mariam bint Rashid Al Maktoum", "Mohamed bin Zayed Al Nahyan"]);
  });

  it("takes a full name written only as a possessive, a known first name before it, for a person's", () => {
    const text = `${STORY}\nThe post has been vacant since Michel Aoun's term ended. Critics of Mustafa Kadhimi’s government marched.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Michel Aoun", "Mustafa Kadhimi"]);
    // A possessive after a name that is no first name is no surname.
    expect(article(`${STORY}\nBaghdad Airport's runway and Kadhimi Hezbollah's fighters.\n`).frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("takes a name compromise does not know for a person's when the story calls them by surname after", () => {
    const text = `${STORY}\nHoshyar Zebari told reporters the talks went well. Zebari added that more were planned. Jumah Anad met them. Mr. Anad left.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Hoshyar Zebari", "Jumah Anad"]);
  });

  it("takes a name compromise does not know for a person's when a role follows it", () => {
    const text = `${STORY}\nThe talks went well, said Hoshyar Zebari, the foreign minister. Jumah Anad, 52, a former army spokesman, agreed, as did Sabah Numan, the Counter-Terrorism Service Spokesman.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Hoshyar Zebari", "Jumah Anad", "Sabah Numan"]);
  });

  it("takes a name compromise does not know for a person's when who they are follows it, or goes before it as they speak", () => {
    const text =
      `${STORY}\nHis lawyer, Marwan Issa el-Khoury, said it was political. Omid Nouripour, co-leader of the Greens, conceded. ` +
      "Zahraa Kareem, a 19-year-old student at Mustansiriya University, cheered. Protests followed the death of Mahsa Amini, " +
      "a Kurdish woman from Saqqez. King Abdullah II met Syrian President Bashar al-Assad. Basra, a city of farmers, " +
      "flooded; in Sadr City, residents of the district said so.\n";
    expect(article(text).frontMatter.people).toEqual([
      "Abdullah II", "Anna Berg", "Bashar al-Assad", "Mahsa Amini", "Marwan Issa el-Khoury", "Omid Nouripour", "Zahraa Kareem",
    ]);
  });

  it("takes the whole name a role follows, though compromise read only its last words, but not after 'of'", () => {
    const text = `${STORY}\nThe strike killed Mushtaq Jawad Kazim al-Jawari, a leader of the militia.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Mushtaq Jawad Kazim al-Jawari"]);
    const title = "French Minister of Armies Florence Parly met Iraqi officials";
    expect(article(`${title}\n\n12 March 2021\n\nThe Minister of Armies, Florence Parly, met them. Parly left.\n`).frontMatter.people).toEqual([
      "Florence Parly",
    ]);
  });

  it("takes a name compromise does not know for a person's when a role its lexicon does not know follows it", () => {
    const text = withBody(
      '"The reservoir holds a third of what it held," Dunya Hashimi, a hydrologist at the University of Mosul, said. ' +
        "Hawre Zangana, a beekeeper in Halabja, lost his hives. Mosul Dam, a structure built on soluble gypsum, needs grouting.",
    );
    expect(article(text).frontMatter.people).toEqual(["Dunya Hashimi", "Hawre Zangana"]);
  });

  it("takes a name compromise does not know for a person's when a role after 'his', 'her' or 'their' follows it", () => {
    const text = `${STORY}\nThe mayor met Qubad Talabani, his deputy, and Vian Dakhil, their envoy. Basra, his home city, flooded.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Qubad Talabani", "Vian Dakhil"]);
  });

  it("takes a name compromise does not know for a person's when 'who' or 'whose' follows it", () => {
    const text = `${STORY}\n"It is over," said Falih Fayyadh, who led the group then. Qais Khazali, whose group fired, denied it. Human Rights Watch, who wrote it, and the Iraqi Armed Forces, who answered, disagreed.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Falih Fayyadh", "Qais Khazali"]);
  });

  it("takes a name compromise does not know, written once, for a person's when it speaks, but no place, outlet or company that does", () => {
    const text = `${STORY}\nAbbas Kadhim told AFP the grid was collapsing. "We have no choice," Zahraa Jabbar said.\n`;
    expect(article(text).frontMatter.people).toEqual(["Abbas Kadhim", "Anna Berg", "Zahraa Jabbar"]);
    const speakers = "Abu Dhabi said it would help. Al Jazeera said it had seen the letter. Goldman Sachs told clients to sell. Downing Street said no.";
    expect(article(`${STORY}\n${speakers}\n`).frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("takes the speaker an interview's transcript labels with their name for a person, but not the outlet that asks", () => {
    const transcript = withBody(
      [
        "Kurdistan Region's finance minister sat down with Rudaw on Monday to discuss the delayed salaries.",
        "Rudaw: Public employees have not been paid for February. When will they be paid?",
        "Awat Sheikh Janab: We sent every document the federal ministry asked for. We pay when the money arrives.",
        "Rudaw: Will there be a salary cut?",
        "Awat Sheikh Janab: There is no decision to cut salaries.",
        "Rudaw: Thank you, Mr. Minister.",
      ].join("\n\n"),
    );
    expect(article(transcript).frontMatter.people).toEqual(["Awat Sheikh Janab"]);
    // An outlet of two words asks too; a label written once is no speaker's.
    const asked = withBody(
      [
        "Deutsche Welle: Why now?",
        "Hadi Rasul Bakir: Because the pipeline reopened.",
        "Deutsche Welle: And the companies?",
        "Hadi Rasul Bakir: They want more per barrel.",
        "Nineveh Plains: a region still waiting for reconstruction.",
      ].join("\n\n"),
    );
    expect(article(asked).frontMatter.people).toEqual(["Hadi Rasul Bakir"]);
  });

  it("takes a name compromise does not know for a person's beside a person's, and a first name's surname it does not know", () => {
    const text = `${STORY}\nThe deal was signed by Hamid Karzai and Ashraf Ghani. Jane Arraf and Sinan Mahmoud reported it.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Ashraf Ghani", "Hamid Karzai", "Jane Arraf", "Sinan Mahmoud"]);
    // Two of one family, though neither is known.
    const family = article(`${STORY}\nTalks between Nechirvan Barzani and Masrour Barzani ended. North Korea and South Korea did not.\n`);
    expect(family.frontMatter.people).toEqual(["Anna Berg", "Masrour Barzani", "Nechirvan Barzani"]);
    // Beside a person's, a place's or a body's name is still one.
    const others = "Anna Berg and Abu Dhabi agreed. Anna Berg and Air Force One left. Anna Berg and the Obama Administration met.";
    expect(article(`${STORY}\n${others}\n`).frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("reads a name after a role news writes in small letters that opens a sentence, capitalised", () => {
    const text = `${STORY}\nLawmaker Sarwa Abdulwahid criticised the decision. Analyst Renad Mansour wrote that it would fail.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Renad Mansour", "Sarwa Abdulwahid"]);
  });

  it("reads no role that opens a sentence as the name's first word, though compromise's lexicon does not know it", () => {
    const text =
      `${STORY}\nNovelist Orhan Pamuk said the trial was unjust. Columnist Hamid Dabashi wrote that it was a warning. ` +
      "Tariq Lindqvist arrived on Monday. Lindqvist and the French minister discussed security.\n";
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Hamid Dabashi", "Orhan Pamuk", "Tariq Lindqvist"]);
  });

  it("reads no role that opens the words after a quote, capitalised, as the name's first word", () => {
    const text = withBody(
      '"Writers here have learned to read between their own lines," Novelist Hakan Gunday said at a panel on Saturday. ' +
        '"That is not freedom," Hunter Biden said.',
    );
    expect(article(text).frontMatter.people).toEqual(["Hakan Gunday", "Hunter Biden"]);
  });

  it("reads no role before a name as the name's first word: a player's position, or a role compromise takes for an honorific", () => {
    const text =
      `${STORY}\nStriker Mohanad Ali Kadhim scored twice. "It is ours," Kadhim said. Captain Ahmed Radhi Jabbar agreed, ` +
      "and so did midfielder Amjad Attwan.\n";
    expect(article(text).frontMatter.people).toEqual(["Ahmed Radhi Jabbar", "Amjad Attwan", "Anna Berg", "Mohanad Ali Kadhim"]);
  });

  it("reads no role compromise does not know, after an adjective or a country's initialism, as the name's first word", () => {
    const text = withBody(
      'Presidential Spokesman Mohamed El-Shennawy said the summit had succeeded. The United States welcomed the step. ' +
        'US Envoy Tom Barrack wrote on X that the deal was "a win for all."',
    );
    const { people, places } = article(text).frontMatter;
    expect(people).toEqual(["Mohamed El-Shennawy", "Tom Barrack"]);
    expect(places).toEqual(["United States"]);
  });

  it("reads a person after a title of a council, and the council, not the title and the name, as the organisation", () => {
    const text = withBody(
      "Barzani is scheduled to meet with President Masoud Pezeshkian and Secretary of the Supreme National Security " +
        "Council Ali Larijani. Secretary of the Supreme National Security Council Ali Larijani met him in Tehran.",
    );
    expect(article(text).frontMatter).toMatchObject({
      people: ["Ali Larijani", "Masoud Pezeshkian"],
      organizations: ["Supreme National Security Council"],
    });
  });

  it("reads a name after `the area of` and one in brackets before its kind (`waterway`) as places, not people", () => {
    const text = withBody(
      "A drone launched from the area of Jurf al-Nasr, south of Baghdad, was intercepted. The ministers discussed " +
        "the dredging of the Arvand Rud (Shatt al-Arab) waterway.",
    );
    expect(article(text).frontMatter).toMatchObject({
      people: [],
      places: ["Arvand Rud", "Baghdad", "Jurf al-Nasr", "Shatt al-Arab"],
    });
  });

  it("reads no place in a project's name, nor in a region's forces named after it", () => {
    const text = withBody(
      "Iraq and Turkey agreed to speed up the $17-billion Development Road project. The Development Road will link " +
        "the Gulf to Europe. Yezidis were turned back at checkpoints run by the Iraqi army and Kurdistan Region " +
        "Asayish security forces. Many live in camps near Duhok, Kurdistan Region of Iraq.",
    );
    expect(article(text).frontMatter.places).toEqual(["Duhok", "Europe", "Iraq", "Kurdistan", "Turkey"]);
  });

  it("reads the outlet the page is from, named in its text, as an organisation, not a person", () => {
    const text =
      "Asharq Al-Awsat\n\nDamascus and the SDF agree on oil fields\n\n4 December 2026\n\n" +
      "A Kurdish official told Asharq Al-Awsat on Thursday that the handover would take place in three phases.\n\n" +
      "Sign up for Asharq Al-Awsat Gulf: what is driving the Gulf economies.\n\nCopyright © 2026 Asharq Al-Awsat. All rights reserved.\n";
    const { people, organizations, source } = article(text).frontMatter;
    expect(source).toBe("Asharq Al-Awsat");
    expect(people).toEqual([]);
    // Its newsletter's promotion is chrome (boilerplate.ts), so names no one either.
    expect(organizations).toEqual(expect.arrayContaining(["Asharq Al-Awsat"]));
  });

  it("reads the outlet a name opens as an organisation, and a person's name before `of` and a body's as both", () => {
    const text =
      "Al Mayadeen English\n\nUS drone strike kills commander in Jurf al-Nasr\n\n5 December 2026\n\nA US drone strike " +
      "killed a commander near Jurf al-Nasr, security sources told Al Mayadeen. Economists such as Bilal Wahab of the " +
      "Washington Institute argue that the real solution is diversification. The US Treasury's Office of Foreign Assets " +
      "Control has sanctioned ten tankers.\n\nCopyright © 2026 Al Mayadeen English. All rights reserved.\n";
    const { people, organizations } = article(text).frontMatter;
    expect(people).toEqual(["Bilal Wahab"]);
    expect(organizations).toEqual(["Al Mayadeen", "Office of Foreign Assets Control", "Washington Institute"]);
  });

  it("reads a person's name written only before `of` and a body's as both, and not a body's name opening on `of`", () => {
    const text =
      "Few of its provisions have been applied, said Nabil Musa of the Iraqi Green Climate Organisation. The Supreme " +
      "Council of the Judiciary and the Kurdistan Region of Iraq did not comment.";
    const { people, organizations } = article(`${STORY}\n${text}\n`).frontMatter;
    expect(people).toEqual(["Anna Berg", "Nabil Musa"]);
    expect(organizations).toEqual(expect.arrayContaining(["Iraqi Green Climate Organisation"]));
    expect(organizations!.filter((name) => name.includes("Musa"))).toEqual([]);
  });

  it("reads companies joined by `and` after a legal form, a body a region owns, and no body of a headline's words", () => {
    const page = [
      "Iraq Kurdish Oil Exports Hit Two-Year High as Pipeline Dispute Eases",
      "By Jane Doe",
      "12 March 2021",
      "The association represents foreign companies including Norway's DNO ASA and Gulf Keystone Petroleum Ltd., " +
        "it said. The Kurdistan Region's Counter Terrorism Group (CTG) conducted a raid near Makhmour.",
    ].join("\n\n");
    const { organizations } = article(`${page}\n`).frontMatter;
    expect(organizations).toEqual(["Counter Terrorism Group", "DNO ASA", "Gulf Keystone Petroleum Ltd"]);
  });

  it("reads the one a group is led or headed by as a person, a country or a body as none", () => {
    const text = withBody(
      "Ankara has accused the PUK, led by Bafel Talabani, of cooperating with the PKK. A committee headed by Qubad " +
        "Jalal Hawrami met on Monday. The coalition led by Saudi Arabia did not.",
    );
    expect(article(text).frontMatter.people).toEqual(["Bafel Talabani", "Qubad Jalal Hawrami"]);
  });

  it("ends an organisation's name before a person's that 'and' joins to it, and keeps the person", () => {
    const text = `${STORY}\nAnna Berg and Kabul Bank disagreed. The Ministry of Oil and Gas and Anna Berg met.\n`;
    const { frontMatter } = article(text);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
    expect(frontMatter.organizations).toEqual(["Kabul Bank", "Ministry of Oil and Gas"]);
  });

  it("takes a name compromise does not know for a person's when an age follows it, as news gives a person's", () => {
    const text = `${STORY}
Umm Ahmed, 54, returned to her home last spring. The Tigris, 1,850 kilometres long, runs dry; in Basra, 2019, was worse.
`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg", "Umm Ahmed"]);
  });

  it("takes no organisation or place named again by its last word for a person's", () => {
    const text = `${STORY}\nThe Defense Ministry said so, and Ministry staff agreed. Human Rights Watch disagreed; Watch staff wrote it. The United Kingdom’s Ministry of Defense and Kingdom troops came. Hashd al-Shaabi, a group of militias, said so too.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("finds a name the alias file lists wherever the text writes it as the file spells it", () => {
    // Not `US` in `US-led`, nor in a currency (`US$1.4 billion`, the dollar).
    const text = `${STORY}\nAhmed Hassan, a shopkeeper from Basra, said fighters of IS had left. The US-led coalition stayed. It paid US$1.4 billion.\n`;
    const withAliases = (file: Parameters<typeof aliasesFrom>[0]) => {
      const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(text) }, aliasesFrom(file));
      if (!result.ok) throw new Error(result.reason);
      return result.article.frontMatter;
    };
    expect(article(text).frontMatter).toMatchObject({ places: [], organizations: [] });
    const file = { places: { Basra: [], "United States": ["US"] }, organizations: { ISIS: ["IS"] } };
    expect(withAliases(file)).toMatchObject({ places: ["Basra"], organizations: ["ISIS"] });
    // An initialism in a line of capitals is a word of the line: `IS` there is the verb.
    const shouted = `${STORY}\nWHAT IS NEXT FOR THE BRIDGE\n\nThe town will vote on it.\n`;
    expect(ingestArticle({ file: "b.txt", bytes: new TextEncoder().encode(shouted) }, aliasesFrom(file))).toMatchObject({
      ok: true,
      article: { frontMatter: { organizations: [] } },
    });
  });

  it("takes a name the alias file lists among organisations or places for theirs, not a person's", () => {
    const text = `${STORY}\nAhrar Hezbollah fired rockets at the base. Hezbollah denied it.\n`;
    expect(article(text).frontMatter.people).toEqual(["Ahrar Hezbollah", "Anna Berg"]);
    const aliases = aliasesFrom({ organizations: { "Ahrar Hezbollah": [] } });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(text) }, aliases);
    expect(result.ok && result.article.frontMatter).toMatchObject({ people: ["Anna Berg"], organizations: ["Ahrar Hezbollah"] });
  });

  it("takes no name that only ever follows 'the' for a person's: a river's, a region's", () => {
    const { frontMatter } = article(`${STORY}\nThe bridge crosses the Shatt al-Arab, where the river meets the sea. The Shatt al-Arab floods each spring.\n`);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("takes a name the alias file lists among people for a person's, though the text writes it only after 'the'", () => {
    const text = `${STORY}\nThe Dalai Lama arrived on Monday. Crowds greeted the Dalai Lama at the airport.\n`;
    expect(article(text).frontMatter.people).toEqual(["Anna Berg"]);
    const aliases = aliasesFrom({ people: { "Dalai Lama": [] } });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(text) }, aliases);
    expect(result.ok && result.article.frontMatter.people).toEqual(["Anna Berg", "Dalai Lama"]);
    expect(result.ok && result.aliasLookups).toContain(aliasKey("people", "Dalai Lama"));
  });

  it("leaves out every name the alias file says to ignore, whatever its case, and says it looked them up", () => {
    const text = `${STORY.replace("The minister of transport", "BAGHDAD — The minister of transport")}
Ahrar Hezbollah fired rockets at the base in Karbala, the Defense Ministry said. Hezbollah denied it.\n`;
    expect(article(text).frontMatter).toMatchObject({
      people: ["Ahrar Hezbollah", "Anna Berg"],
      places: ["Baghdad", "Karbala"],
      organizations: ["Defense Ministry"],
    });
    const aliases = aliasesFrom({ ignore: ["ahrar hezbollah", "Karbala", "Baghdad", "Defense-Ministry"] });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(text) }, aliases);
    expect(result.ok && result.article.frontMatter).toMatchObject({ people: ["Anna Berg"], places: [], organizations: [] });
    expect(result.ok && result.aliasLookups).toEqual(expect.arrayContaining(["ignore:ahrar hezbollah", "ignore:karbala"]));
  });

  it("ignores no name the alias file also lists as a kind's, and says so", () => {
    const { aliases, problems } = parseAliasFile({ places: { Chad: [] }, ignore: ["chad", "Radio"] });
    expect(aliases.ignore).toEqual(["Radio"]);
    expect(problems).toEqual(['field "ignore": "chad" is under places too, so it is not ignored']);
    expect(parseAliasFile({ ignore: { Radio: [] } }).problems).toEqual([
      'field "ignore": expected the names to leave out, a list, got a map',
    ]);
  });

  it("reads no place or body in an article or a word that opens sentences, nor in a German compound's last word", () => {
    const german =
      "World\n\nTürkei greift PKK im Nordirak an\n\n05.12.2026\n\nDie türkische Luftwaffe hat nach Angaben der Regierung " +
      "Ziele in den Kandil-Bergen und in der Nähe von Amadiya angegriffen. Die Regierung in Ankara betrachtet die PKK " +
      "als Terrororganisation.\n\nÜber dieses Thema berichtete Deutschlandfunk am 05. Dezember 2026 um 09:00 Uhr.\n";
    const { frontMatter } = article(german);
    expect(frontMatter).toMatchObject({ language: "de", organizations: ["PKK"] });
    expect(frontMatter.places).not.toContain("Bergen");
    const spanish =
      "World\n\nTurquía detiene a sospechosos del Estado Islámico\n\n25/12/2025\n\nLa policía turca detuvo a 115 " +
      "sospechosos que planeaban atentados durante las fiestas de fin de año.\nLas redadas se llevaron a cabo en " +
      "Estambul, Ankara y Bursa, según el ministro del Interior.\n";
    // `Estambul`, Istanbul as Spanish writes it, is a city the gazetteer knows.
    expect(article(spanish).frontMatter).toMatchObject({ language: "es", places: ["Ankara", "Bursa", "Estambul", "Turkey"] });
  });

  it("reads a German role before a name, one word or a compound ending in it, as no part of the name", () => {
    const text =
      "World\n\nIrak wählt neuen Präsidenten\n\n13.10.2022\n\nDas Parlament in Bagdad wählte am Donnerstag den kurdischen " +
      "Politiker Abdul Latif Raschid zum Präsidenten. Raschid setzte sich gegen Amtsinhaber Barham Salih durch.\n\n" +
      "Bundesaußenministerin Annalena Baerbock begrüßte die Wahl.\n";
    expect(article(text).frontMatter).toMatchObject({
      language: "de",
      people: ["Abdul Latif Raschid", "Annalena Baerbock", "Barham Salih"],
    });
  });

  it("takes no noun after an article for a name's first word, and no body's name of an abstract noun for a person's", () => {
    const french =
      "World\n\nIrak : un nouveau président\n\n13 octobre 2022\n\nLe Parlement irakien a élu jeudi le Kurde Abdul Latif Rachid " +
      "à la présidence de la République, après un an de blocage politique. M. Rachid a obtenu 162 voix au second tour.\n";
    expect(article(french).frontMatter).toMatchObject({ language: "fr", people: ["Abdul Latif Rachid"] });
    const spanish =
      "World\n\nIrak elige a un nuevo presidente\n\n13/10/2022\n\nEl nuevo jefe de Estado encargó de inmediato a Mohamed Shia " +
      "al Sudani, candidato del Marco de Coordinación, la formación de un gobierno tras un año de bloqueo político.\n";
    expect(article(spanish).frontMatter).toMatchObject({ language: "es", people: ["Mohamed Shia al Sudani"] });
    // In English, `as` and `die` are no articles.
    const english = article(`${STORY}\nA man identified as Abdul Karim Hassan was arrested, police said.\n`).frontMatter;
    expect(english.people).toContain("Abdul Karim Hassan");
  });

  it.each([
    [
      "es",
      "La Comisión Electoral Independiente publicó el martes los resultados preliminares, que el Tribunal Supremo de " +
        "Justicia revisará, según el Ministerio del Interior.",
      ["Comisión Electoral Independiente", "Ministerio del Interior", "Tribunal Supremo de Justicia"],
    ],
    [
      "fr",
      "Le Ministère de l’Intérieur a annoncé jeudi les résultats, que la Cour Suprême Fédérale doit encore valider. " +
        "La Banque d’Algérie et le Conseil de sécurité ont salué le vote.",
      ["Banque d’Algérie", "Cour Suprême Fédérale", "Ministère de l’Intérieur"],
    ],
    [
      "it",
      "Il Consiglio dei Ministri ha approvato giovedì il bilancio, ha detto il portavoce della Banca d’Italia. " +
        "Il Ministero degli Esteri ha accolto con favore il voto del Parlamento.",
      ["Banca d’Italia", "Consiglio dei Ministri", "Ministero degli Esteri"],
    ],
    [
      "pt",
      "A Comissão Eleitoral Independente divulgou os resultados na quinta-feira, e o Ministério das Relações Exteriores " +
        "saudou a votação no Parlamento.",
      ["Comissão Eleitoral Independente", "Ministério das Relações Exteriores"],
    ],
  ])("reads organisations' names in an article in %s, their words joined by `de` and its kin", (language, text, organizations) => {
    const { frontMatter } = article(`World\n\nIraq votes\n\n13/10/2022\n\n${text}\n`);
    // No person: compromise reads `Supremo de Justicia` as one, which is part of the court's name.
    expect(frontMatter).toMatchObject({ language, organizations, people: [] });
  });

  it.each([
    [
      "es",
      "World\n\nIrak elige a un nuevo presidente\n\n13/10/2022\n\nEl Parlamento iraquí eligió el jueves a un nuevo " +
        "presidente, que sustituye al presidente saliente, Barham Salih. El ministro de Exteriores, Fuad Hussein, " +
        "celebró la votación, y el ministro visitó Nueva Delhi.\n",
      ["Barham Salih", "Fuad Hussein"],
    ],
    [
      "fr",
      "World\n\nIrak : un nouveau président\n\n13 octobre 2022\n\nLe Parlement irakien a élu jeudi un nouveau " +
        "président, qui remplace le président sortant, Barham Saleh. Le ministre des Affaires étrangères, Fouad Hussein, " +
        "a salué le vote.\n",
      ["Barham Saleh", "Fouad Hussein"],
    ],
  ])("reads a name after a role in an article in %s, named once, as a person's, not a place after a verb", (language, text, people) => {
    expect(article(text).frontMatter).toMatchObject({ language, people });
  });

  it("reads a name its role follows after a comma, without an article, in an article in French or Spanish, as a person's", () => {
    const french = article(
      "Monde\n\nÀ Bagdad, les factions face au désarmement\n\n2 mars 2025\n\n« Soudani marche sur une corde raide », estime " +
        "Renad Mansour, chercheur au centre Chatham House à Londres. Pour Lahib Higel, analyste à l'International Crisis " +
        "Group, « le rapport de force n'a pas changé ». Bagdad, capitale de l'Irak, reste calme.\n",
    );
    expect(french.frontMatter).toMatchObject({ language: "fr", people: ["Lahib Higel", "Renad Mansour"] });
    const spanish = article(
      "Mundo\n\nLas milicias iraquíes ante el desarme\n\n2 de marzo de 2025\n\nLas milicias no entregarán las armas, según " +
        "Ana Pérez Lozano, investigadora del Real Instituto Elcano, que estudia la región desde hace años en Bagdad.\n",
    );
    expect(spanish.frontMatter).toMatchObject({ language: "es", people: ["Ana Pérez Lozano"] });
  });

  it("reads the people who speak and the places in the oblique case an article in Kurmanji names", () => {
    const { frontMatter } = article(
      "Kurdistan\n\nJi bo vegera koçberên Şengalê banga lezgîn\n\nSêşem, 2 Kanûn 2026, 14:35\n\nHevserokê Meclisa Xweser a " +
        "Êzidxanê Xeyrî Hesen di daxuyaniyekê de got ku zêdetirî 2 hezar malbatên êzidî yên li herêma Dihokê dixwazin " +
        "vegerin. Xeyrî Hesen got: \"Gelê me 12 sal in li kampan e.\" Tenê di meha Mijdarê de 340 malbat vegeriyan bo Şengalê. " +
        "Rêveberiya Xweser a Şengalê ragihand ku li navçeya Sinûnê amadekarî hatine kirin.\n",
    );
    // `Mijdarê` (November's) is a month's, no place's.
    expect(frontMatter).toMatchObject({ language: "ku", people: ["Xeyrî Hesen"], places: ["Dihok", "Şengal", "Sinûn"] });
  });

  it("reads the countries a Turkish article names, by their Turkish names and before their case endings", () => {
    const { frontMatter } = article(
      "Dünya\n\nIrak'ta yeni hükümet\n\n13 Ekim 2022 Perşembe 18:05\n\nIrak'ın yeni cumhurbaşkanı, İran ve Suriye ile " +
        "görüştü. ABD'nin Bağdat Büyükelçisi de toplantıya katıldı.\n",
    );
    expect(frontMatter).toMatchObject({ language: "tr", places: ["Iran", "Iraq", "Syria", "United States"] });
  });

  it("reads the towns a Turkish article names in the locative or ablative, before a compass point or their kind, and between them", () => {
    const { frontMatter } = article(
      "Dünya\n\nIrak'ta DEAŞ'a operasyon\n\n13 Ekim 2022 Perşembe 18:05\n\nIrak Ortak Operasyonlar Komutanlığı, Kerkük ve " +
        "Selahaddin arasındaki bölgede düzenlenen operasyonda 5 teröristin etkisiz hale getirildiğini açıkladı. Operasyon, " +
        "Kerkük'ün güneybatısındaki Vadi eş-Şay bölgesinde yapıldı. Yaralılar Erbil'deki hastaneye, aileler Musul'dan " +
        "Sincar ilçesine götürüldü. Kasım'da Meclis'te görüşülecek.\n",
    );
    // Not the month (`Kasım'da`, in November), nor parliament (`Meclis'te`).
    expect(frontMatter).toMatchObject({
      language: "tr",
      places: ["Erbil", "Iraq", "Kerkük", "Musul", "Selahaddin", "Sincar", "Vadi eş-Şay"],
    });
  });

  it("reads a Turkish role with its possessive ending before a name (`Irak Başbakanı …`) as no word of the name", () => {
    const { frontMatter } = article(
      "Dünya\n\nIrak'ta yeni hükümet\n\n13 Ekim 2022 Perşembe 18:05\n\nIrak Başbakanı Muhammed Şiya es-Sudani, geçen hafta " +
        "yaptığı açıklamada, terör örgütü kalıntılarıyla mücadelenin süreceğini vurgulamıştı. Irak'ın yeni hükümeti " +
        "İran ve Suriye ile görüştü.\n",
    );
    expect(frontMatter).toMatchObject({ language: "tr", people: ["Muhammed Şiya es-Sudani"] });
  });

  it("ends a Turkish name before a place in the locative (`… es-Sudani Bağdat'ta`), and reads a dateline in Turkish capitals (`DİYARBAKIR`) as its place", () => {
    const { frontMatter } = article(
      "Dünya\n\nPeşmerge maaşları görüşüldü\n\n07-12-2026\n\nNeçirvan Barzani ile Muhammed Şiya es-Sudani Bağdat'ta görüştü. " +
        "İki lider, maaşların zamanında ödenmesi gerektiği konusunda anlaştı.\n\nDİYARBAKIR - Kentte öğretmenler de " +
        "maaşlarının gecikmesini protesto etti.\n",
    );
    expect(frontMatter).toMatchObject({
      language: "tr",
      people: expect.arrayContaining(["Muhammed Şiya es-Sudani"]),
      places: expect.arrayContaining(["Bağdat", "Diyarbakır"]),
    });
    // The dateline in capitals is its place's, no organisation's; and its `İ` is an `i`, no `i` with a combining dot.
    expect(frontMatter.people).not.toContain("Muhammed Şiya es-Sudani Bağdat");
    expect(frontMatter.organizations ?? []).toEqual([]);
    expect(frontMatter.places!.filter((place) => place.includes("\u0307"))).toEqual([]);
  });

  it("reads no person in a place after a particle in small letters (`près de Kirkouk`) in an article in French", () => {
    const text =
      "World\n\nIrak : douze soldats tués près de Kirkouk\n\n2 mars 2025\n\nDes soldats irakiens patrouillent près de " +
      "Kirkouk, le 2 mars 2025.\n\nDes cellules du groupe jihadiste restent actives dans les zones rurales entre Kirkouk, " +
      "Salaheddine et Diyala, un territoire disputé entre Bagdad et le gouvernement régional du Kurdistan, a déclaré le " +
      "porte-parole Yehia Rasool.\n";
    expect(article(text).frontMatter).toMatchObject({ language: "fr", people: ["Yehia Rasool"] });
  });

  it("lists a country a Spanish article names by its Spanish name (`Irán`) once, under its English name", () => {
    const { frontMatter } = article(
      "World\n\nIrak: las milicias no entregan las armas\n\n06/12/2026\n\nWashington exige que las facciones más " +
        "cercanas a Irán entreguen su armamento pesado antes de la retirada de las tropas de la coalición en Irak.\n",
    );
    expect(frontMatter).toMatchObject({ language: "es", places: ["Iran", "Iraq", "Washington"] });
  });

  it("lists China where a Russian article names it as Russian news does (`Китай`, `КНР`), which the list names formally", () => {
    const sentences = [
      "Официальный представитель МИД России Мария Захарова заявила, что Москва внимательно следит за развитием событий на Ближнем Востоке.",
      "Ранее Китай выступил с аналогичным заявлением. Стороны договорились продолжить консультации.",
    ];
    // `МИД России`: Russia too, in the genitive.
    expect(paragraphs("Захарова прокомментировала ситуацию", sentences)).toMatchObject({ language: "ru", places: ["China", "Russia"] });
    const acronym = ["Глава МИД России Сергей Лавров отправится с визитом в КНР в начале мая, сообщили в министерстве."];
    expect(paragraphs("Лавров посетит Пекин", acronym)).toMatchObject({ language: "ru", places: ["China", "Russia"] });
  });

  it("reads no word that opens a sentence in French (`Selon Mizan`) as a name's first word", () => {
    const french =
      "World\n\nIran : deux Kurdes pendus\n\n4 décembre 2026\n\nEn Iran, deux hommes issus de la minorité kurde ont été " +
      "pendus ce jeudi à la prison d'Ourmia, selon l'agence judiciaire Mizan. Ils avaient été condamnés pour « espionnage " +
      "au profit d'Israël ».\n\nSelon Mizan, l'agence de l'Autorité judiciaire, les deux hommes appartenaient à un réseau " +
      "lié au Mossad. Hengaw, basée en Norvège, affirme qu'ils ont été torturés.\n";
    expect(article(french).frontMatter).toMatchObject({ language: "fr", people: [] });
  });

  it("reads a German role ending in `-direktor` or `-gründer` before a name as no word of it", () => {
    const text =
      "World\n\nIAEA fordert Zugang zu Fordo\n\n06.12.2026\n\nDer inhaftierte PKK-Gründer Abdullah Öcalan hatte im " +
      "Frühjahr zur Auflösung der Organisation aufgerufen. IAEA-Generaldirektor Rafael Grossi forderte am Freitag in Wien " +
      "erneut Zugang zu den Anlagen im Iran.\n";
    expect(article(text).frontMatter).toMatchObject({ language: "de", people: ["Abdullah Öcalan", "Rafael Grossi"] });
  });

  it("reads no German or Dutch noun phrase that opens a sentence, or follows an article or a number, as a person's name", () => {
    const german =
      "World\n\nIAEA-Inspekteure dürfen wieder nach Fordo\n\n06.12.2026\n\nDie Anlage Fordo liegt tief in einem Berg. Iran hat " +
      "Inspekteuren wieder Zugang zur Anreicherungsanlage Fordo gewährt. Zerstörte Häuser säumen die Straßen von Homs, wo " +
      "Rückkehrer zerstörte Häuser vorfinden. Protestierende Lehrer zogen durch Sulaimaniya; Lehrer und Ärzte warten seit " +
      "Monaten auf ihre Gehälter. Die Angriffe trafen in der kurdischen Autonomieregion Ziele in den Kandil-Bergen; man habe " +
      "19 Ziele neutralisiert. Der Sprecher Karwan Aziz sagte, Aziz werde nach Fordo reisen.\n";
    expect(article(german).frontMatter).toMatchObject({ language: "de", people: ["Karwan Aziz"] });
    const dutch =
      "World\n\nHonderden Yezidi's nog altijd vermist\n\n06.12.2026\n\nNog altijd zijn zo'n 2600 Yezidi's vermist, meldt het " +
      "Bureau voor de Redding van Ontvoerde Yezidi's in Dohuk. Minister Van Weel van Buitenlandse Zaken zegde extra steun " +
      "toe. Olie De pijpleiding naar Ceyhan ligt stil, en Bagdad verkoopt de olie zelf. De regering in Erbil wacht. " +
      "Nadia Khalaf zoekt nog altijd haar zus; Khalaf zegt dat de regering te weinig doet.\n";
    expect(article(dutch).frontMatter).toMatchObject({ language: "nl", people: ["Nadia Khalaf", "Van Weel"] });
  });

  it("reads no name of a place's building, nor one in a list of provinces or Arabic's article on every word, as a person's", () => {
    const spanish =
      "World\n\nTurquía detiene a 45 sospechosos\n\n03/12/2026\n\nLa policía detuvo en Estambul a 45 personas, informó el " +
      "ministro del Interior, Ali Yerlikaya. Turquía ha sufrido varios atentados, entre ellos el ataque contra la discoteca " +
      "Reina de Estambul en 2017.\n";
    expect(article(spanish).frontMatter).toMatchObject({ language: "es", people: ["Ali Yerlikaya"] });
    const { frontMatter } = article(
      `${STORY}\nThe campaign covers 11 governorates, including Nineveh, Anbar, Salah al-Din and Kirkuk. Erbil will face ` +
        "Al-Quwa Al-Jawiya in the semi-final on May 20.\n",
    );
    expect(frontMatter.people).toEqual(["Anna Berg"]);
    expect(frontMatter.places).toEqual(expect.arrayContaining(["Anbar", "Nineveh", "Salah al-Din"]));
  });

  it("reads no body before a title as part of the name after it", () => {
    const text = 'Parliament Speaker Mahmoud al-Mashhadani said the new board "will guarantee the integrity of the elections."';
    expect(article(`${STORY}\n${text}\n`).frontMatter.people).toEqual(["Anna Berg", "Mahmoud al-Mashhadani"]);
  });

  it("reads every name of a match report's line-ups, listed by commas and semicolons, as a person's", () => {
    const lineUps =
      "Sherko Karim scored after 23 minutes, and Frans Putros set up the winner.\n\nLine-ups\n\nErbil: Jalal Hassan; Rebin " +
      "Sulaka, Ahmed Ibrahim, Frans Putros, Karrar Nabil; Zidane Iqbal, Amjad Attwan; Sherko Karim, Ahmed Yasin; Aymen Hussein.";
    expect(article(`${STORY}\n${lineUps}\n`).frontMatter.people).toEqual(
      expect.arrayContaining(["Aymen Hussein", "Ahmed Yasin", "Amjad Attwan", "Karrar Nabil", "Rebin Sulaka", "Zidane Iqbal"]),
    );
  });

  it("ends a person's name at a bracket, whose aside is no part of it", () => {
    const { frontMatter } = article(`${STORY}\nThe panel heard Hiwa Osman (Erbil) and Zainab Mehdi (Carnegie Endowment), who expect delays.\n`);
    expect(frontMatter.people).toEqual(["Anna Berg", "Hiwa Osman", "Zainab Mehdi"]);
  });

  it("opens a name on a given name compromise does not know, before a word it takes for a name's first", () => {
    const { frontMatter } = article(`${STORY}\nSubs: Halgurd Mulla Mohammed, Bashar Resan.\n`);
    expect(frontMatter.people).toContain("Halgurd Mulla Mohammed");
    expect(frontMatter.people).not.toContain("Mulla Mohammed");
    // A role that opens a sentence is none, though compromise's lexicon knows it only by its ending.
    expect(article(`${STORY}\nNovelist Mulla Karim agreed.\n`).frontMatter.people).toEqual(["Anna Berg", "Mulla Karim"]);
  });

  it("keeps a surname with Arabic's article assimilated (`as-Siddiq`) in the name compromise ends before it", () => {
    const { frontMatter } = article(`${STORY}\nThe mosque is named after Abu Bakr as-Siddiq, the first caliph.\n`);
    expect(frontMatter.people).toContain("Abu Bakr as-Siddiq");
    expect(frontMatter.people).not.toContain("Abu Bakr");
  });

  it("reads a government named by its leader (`el Gobierno de Pedro Sánchez`) as no organisation, its leader as a person", () => {
    const { frontMatter } = article(
      "World\n\nEspaña aprueba el presupuesto\n\n13/10/2022\n\nEl Gobierno de Pedro Sánchez aprobó el martes el " +
        "presupuesto del año que viene, según el Ministerio de Hacienda.\n",
    );
    expect(frontMatter).toMatchObject({ language: "es", people: ["Pedro Sánchez"], organizations: ["Ministerio de Hacienda"] });
  });

  it("merges spelling variants through the alias file", () => {
    const aliases = aliasesFrom({ people: { "Anna Berg": ["Ana Bergh"] } });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(STORY.replace("Anna Berg", "Ana Bergh")) }, aliases);
    expect(result.ok && result.article.frontMatter.people).toContain("Anna Berg");
  });

  it("makes one source of an outlet's names the alias file lists under sources, and finds no source in the text", () => {
    const wire = STORY.replace("The minister of transport", "BAGHDAD (AP) — The minister of transport").replace(
      "at the ceremony.",
      "at the ceremony, The Associated Press reported.",
    );
    const aliases = aliasesFrom({ sources: { "The Associated Press": ["AP", "Associated Press"] } });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(wire) }, aliases);
    const alone = article(wire).frontMatter;
    expect(alone.source).toBe("AP");
    expect(result.ok && result.article.frontMatter).toMatchObject({ source: "The Associated Press", organizations: alone.organizations });
    expect(result.ok && result.aliasLookups).toContain(aliasKey("sources", "AP"));
    // An article that names an outlet is not from it.
    const named = ingestArticle({ file: "b.txt", bytes: new TextEncoder().encode(STORY.replace("at the ceremony.", "to AP.")) }, aliases);
    expect(named.ok && named.article.frontMatter.source).toBeUndefined();
  });

  it("says which names an article looked up in the alias file, and which names an edit of the file answers otherwise", () => {
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(STORY) }, NO_ALIASES);
    expect(result.ok && result.aliasLookups).toContain(aliasKey("people", "Anna Berg"));
    const before = { people: { "Anna Berg": ["Ana Bergh", "A. Berg"] }, places: { Baghdad: ["Bagdad"] } };
    const after = { people: { "Anna Berg": ["ana-bergh"], "Anne Berg": ["A. Berg"] }, places: { Baghdad: ["Bagdad"] } };
    expect([...changedAliasKeys(before, after)].sort()).toEqual([aliasKey("people", "A. Berg"), aliasKey("people", "Anne Berg")]);
    expect([...changedAliasKeys(after, {})].sort()).toEqual(
      ["people:a. berg", "people:ana bergh", "people:anna berg", "people:anne berg", "places:bagdad", "places:baghdad"],
    );
  });

  it("reads no person in a Kurmanji noun with its ezafe and the name it is of, but the name after a role and what it is of", () => {
    const { frontMatter } = article(
      "Kurdistan\n\nJi bo vegera koçberên Şengalê banga lezgîn\n\nSêşem, 2 Kanûn 2026, 14:35\n\n" +
        "Kampa Şarya ya li herêma Dihokê. (Wêne: ANF)\n\nHevserokê Meclisa Xweser a Êzidxanê Xeyrî Hesen di daxuyaniyekê " +
        "de got ku zêdetirî 2 hezar malbatên êzidî yên di kampên Dihokê de ji bo vegera Şengalê serlêdan kirine.\n\n" +
        "Xeyrî Hesen got: \"Gelê me 12 sal in li kampan e.\"\n\nLi gorî agahiyên Meclisê, tenê di meha Mijdarê de 340 " +
        "malbat ji kampên Şarya, Kebarto û Xanke vegeriyan Şengalê.\n\nParlamenterê Iraqê yê êzidî Mehma Xelîl jî di " +
        "hevpeyvînekê de ji ANF'ê re got ku divê Wezareta Koçberiyê budceyek taybet ji bo vegera Şengalê veqetîne.\n",
    );
    // `Parlamenterê Iraqê yê êzidî Mehma Xelîl`: Iraq's Yazidi member of parliament, and his name.
    expect(frontMatter).toMatchObject({ language: "ku", people: ["Mehma Xelîl", "Xeyrî Hesen"] });
    const lowerCase = article(
      "Kurdistan\n\nCivîn li Hewlêrê\n\nSêşem, 2 Kanûn 2026, 14:35\n\nLi gorî hevseroka Meclisa Herêmê Leyla " +
        "Mihemed, civîn baş derbas bû. Wezîrê derve yê Tirkiyê Hakan Fidan jî li Hewlêrê bû.\n",
    );
    expect(lowerCase.frontMatter).toMatchObject({ language: "ku", people: ["Hakan Fidan", "Leyla Mihemed"] });
  });

  it("reads a priest's name after `Father`, and no donor's name a fellowship is named after", () => {
    const { frontMatter } = article(
      withBody(
        [
          "The bells of Qaraqosh rang out again three years ago. On Sunday, Father Boutros Sheeto counted 43 worshippers at Mass.",
          "The draft law would create a second army, said Michael Knights, the Jill and Jay Bernstein Fellow at The Washington Institute.",
        ].join("\n\n"),
      ),
    );
    expect(frontMatter.people).toEqual(["Boutros Sheeto", "Michael Knights"]);
  });

  it("reads people after their role in Polish, past what the role is of", () => {
    const sentences = [
      "Premier Mohammed Szia al-Sudani polecił utworzenie komisji. Minister spraw zagranicznych Fuad Hussein rozmawiał z szefem MSZ Turcji Hakanem Fidanem.",
      "Jak przekazał rzecznik rządu Regionu Kurdystanu Peszewa Hawramani, dwa drony uderzyły w zbiornik. Ambasador Iraku w Polsce Hassan al-Obaidi podkreślił znaczenie wizyty.",
      "Analityk Ośrodka Studiów Wschodnich Marek Zieliński zwraca uwagę, że kryzys szybko się nie skończy. Premier spotkał się z Hakanem Fidanem.",
    ];
    // What the role is of goes before the name: a body in the genitive (`Regionu Kurdystanu`, `Ośrodka Studiów
    // Wschodnich`), a country (`Iraku`, `w Polsce`). `Hakanem Fidanem` is in the instrumental, as its role is.
    expect(paragraphs("Atak dronów w Kurdystanie", sentences)).toMatchObject({
      language: "pl",
      people: ["Fuad Hussein", "Hakan Fidan", "Hassan al-Obaidi", "Marek Zieliński", "Mohammed Szia al-Sudani", "Peszewa Hawramani"],
    });
  });

  it("reads a Polish name in the nominative where its role is in an oblique case, and no piece of it as written", () => {
    const sentences = [
      "Wizyta premiera Iraku Mohammeda Szii al-Sudaniego w Ankarze została przełożona.",
      "We wtorek Raszid ma się spotkać w ministerstwie obrony z wicepremierem Władysławem Kosiniakiem-Kamyszem. Rozmawiał też z premierem Mohammedem Szią al-Sudanim.",
      "List przekazano przewodniczącemu parlamentu Mahmudowi al-Maszhadaniemu.",
      // `Markiem` is of `Marek` or `Mark`: the text says which, or no one is read.
      "Rozmawiał z analitykiem Ośrodka Studiów Wschodnich Markiem Zielińskim. Premier spotkał się z prezydentem Tomaszem Jackiem.",
      // `Hakana Fidana` ends as a woman's name in the nominative does: read where the text writes `Fidan`, and no
      // name after `ministra` as some write a woman minister.
      "Prezydent przyjął ministra spraw zagranicznych Turcji Hakana Fidana. Fidan zapowiedział rozmowy. Głos zabrała ministra Katarzyna Kotula.",
    ];
    expect(paragraphs("Irak i Turcja rozmawiają o bezpieczeństwie", sentences)).toMatchObject({
      language: "pl",
      people: ["Hakan Fidan", "Mahmud al-Maszhadani", "Mohammed Szia al-Sudani", "Władysław Kosiniak-Kamysz"],
    });
  });

  it("reads a Polish name after a role of a country of two words, in any case, without the country", () => {
    const sentences = [
      "Premier Wielkiej Brytanii Keir Starmer przyjechał w poniedziałek do Bagdadu.",
      "Wizyta premiera Wielkiej Brytanii Keira Starmera była pierwszą od lat. Rozmawiano o ministrze Stanów Zjednoczonych Marco Rubio.",
      "Spotkał się też z ministrem spraw zagranicznych Arabii Saudyjskiej Fajsalem ibn Farhanem. Obecny był premier Korei Południowej Han Duck-soo.",
    ];
    // The country's words are in the case of the role (`Wielkiej Brytanii`, of `Wielka Brytania`), no part of a name.
    expect(paragraphs("Starmer w Bagdadzie", sentences)).toMatchObject({
      language: "pl",
      people: ["Fajsal ibn Farhan", "Han Duck-soo", "Keir Starmer"],
      places: ["Bagdad", "Saudi Arabia", "South Korea", "United Kingdom", "United States"],
    });
  });

  it("reads a Sorani name after its role and what the role is of, each word of the role tied by the ezafe", () => {
    const sentences = [
      "گوتەبێژی وەزارەتی دەرەوە ماثیو میلەر لە کۆنفرانسێکی ڕۆژنامەوانیدا گوتی پەیوەندییەکان باشن.",
      "ئەم لێدوانە دوای سەردانی سەرۆکی هەرێمی کوردستان نێچیرڤان بارزانی بۆ بەغدا دێت.",
      // A role with no name after it, the sentence going on.
      "سەرۆکی پەرلەمان دۆخەکە باس دەکات. نوێنەری هەرێم لە بەغدا دەمێنێتەوە.",
    ];
    expect(paragraphs("واشنتن پشتگیریی هەرێمی کوردستان دەکات", sentences)).toMatchObject({
      language: "ckb",
      people: ["ماثیو میلەر", "نێچیرڤان بارزانی"],
    });
  });
});
