import { describe, expect, it } from "vitest";
import { readDateLine } from "../../src/ingest/dates.ts";
import { textDirection } from "../../src/site/filters.ts";
import { reasonsOf } from "../support/removed-lines.ts";
import { STORY, article, withBody } from "../support/ingest-text.ts";

describe("leaving out what is not the article", () => {
  it("reads `Join the conversation` above the site's handle as a prompt to follow it, not a comment section", () => {
    const page = `${STORY}Join the conversation\n@The_NewArab\nNewsletter\nSign up to our newsletter to get the latest news\nEmail address\nSubscribe\n`;
    const { frontMatter, body } = article(page);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("@The_NewArab")).toBe("the site's account on a social network, a prompt to follow it, not article text");
    expect(reasons.get("Join the conversation")).toBe("the site's account on a social network, a prompt to follow it, not article text");
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    // Above a commenter's words, it still opens the comment section.
    const comments = article(`${STORY}Join the conversation\nAhmed K · 2h\nThe bridge took too long.\n`).frontMatter;
    expect(reasonsOf(comments).get("Join the conversation")).toBe("comment section: counter, form or policy");
  });

  it("takes a wire story's reporters, each written with the place they reported from, as its author", () => {
    const unsigned = STORY.replace("By Jane Doe\n\n", "");
    const credits = [
      ["Reporting by Timour Azhari in Baghdad and Huseyin Hayatsever in Ankara; Editing by Andrew Heavens", "Timour Azhari and Huseyin Hayatsever"],
      ["Reporting by Timour Azhari in Baghdad, Ahmed Rasheed in Basra and Huseyin Hayatsever; Editing by Andrew Heavens", "Timour Azhari, Ahmed Rasheed and Huseyin Hayatsever"],
      ["Reporting by Ahmed Rasheed in Baghdad; Editing by Jane Merriman", "Ahmed Rasheed"],
    ];
    for (const [line, author] of credits) {
      const { frontMatter, body } = article(`${unsigned}\n${line}\n`);
      expect(frontMatter.author, line).toBe(author);
      expect(reasonsOf(frontMatter).get(line!), line).toBe("the wire story's credits (reporters kept as author)");
      expect(body, line).not.toContain("Reporting by");
    }
  });

  it("drops a comment section and everything after it, recording each line", () => {
    const { frontMatter, body } = article(`${STORY}\n3 comments\n\nLeave a reply\n\nGreat bridge, finally!\n`);
    expect(body).not.toContain("Great bridge");
    expect(frontMatter.removed?.map((line) => line.reason)).toEqual(
      expect.arrayContaining(["comment section: counter, form or policy", "reader comment"]),
    );
  });

  it("drops comments below a 'Comments' heading, each under its writer's name and when they wrote", () => {
    const comments = "Comments\n\nAhmed K · 2h\nWhen will this end?\n\nsara_b • 3 hours ago\nThey said that last year.\n";
    const { frontMatter, body } = article(`${STORY}\n${comments}`);
    expect(body).not.toMatch(/Ahmed K|When will this end|They said that/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Comments")).toBe("comment section: its heading");
    expect(reasons.get("Ahmed K · 2h")).toBe("reader comment: the commenter's name and when they wrote");
    expect(reasons.get("They said that last year.")).toBe("reader comment");
    // A heading alone may be a menu's label: the article's text below it stays.
    expect(article(`${STORY}\nComments\n\nThe bridge cost $40 million.\n`).body).toContain("The bridge cost $40 million.");
  });

  it("drops a Turkish page's tags, related news and comments below the article, its headings in capitals too", () => {
    const lead = "Kürdistan Bölgesi Başkanı Neçirvan Barzani, pazartesi günü Irak Başbakanı ile Peşmerge maaşlarını görüştü.";
    const caption = "Neçirvan Barzani ile Muhammed Şiya es-Sudani Bağdat'ta görüştü.";
    const last = "Bakanlık, yaklaşık 90 bin Peşmerge'nin maaşlarının üç aydır gecikmeli ödendiğini söyledi.";
    const tail = [
      "Etiketler", "Peşmerge", "Bağdat", "İLGİLİ HABERLER", "Erbil-Bağdat petrol anlaşmasında yeni tur",
      "Süleymaniye'de öğretmenler greve son verdi", "Yorumlar", "Rudaw Medya Ağı kuralları doğrultusunda yorumlar yayınlanmaktadır.",
      "Diyar Kaya | 07-12-2026", "Maaşlar ödensin artık, yeter!", "Yorum yaz", "© 2026 Rudaw Medya Ağı",
    ];
    const page = `Kürdistan\n\nBarzani ve Sudani, Peşmerge maaşlarını görüştü\n\n07-12-2026\n\n${lead}\n\n${caption} Fotoğraf: Kürdistan Bölgesi Başkanlığı\n\n${last}\n${tail.join("\n")}\n`;
    const { body, frontMatter } = article(page);
    expect(body.trimEnd()).toBe(`${lead}\n\n::: figure\n${caption}\n\n_Fotoğraf: Kürdistan Bölgesi Başkanlığı_\n:::\n\n${last}`);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("İLGİLİ HABERLER")).toBe("a list of links to other articles, after the article");
    expect(reasons.get("Yorumlar")).toBe("comment section: its heading");
    expect(reasons.get("Maaşlar ödensin artık, yeter!")).toBe("reader comment");
    expect(frontMatter.places).not.toContain("Süleymaniye");
  });

  it("drops the page's note about its writer below the article, not a sentence of the article that says as much", () => {
    const note = "Jane Doe is a correspondent based in Berlin. More about Jane Doe";
    const { body, frontMatter } = article(`${STORY}\n${note}\n\nShare full article\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get(note)).toBe("a note about the writer, after the article");
    // The outlet's name after "is", capitalised or possessive; a wire's note on what its reporter covers, after the
    // outlet's name as the page prints it above.
    for (const other of [
      "Jane Arraf is The Times’s Baghdad bureau chief, covering Iraq and the region.",
      "Hiwa Osman is CNN's senior correspondent in Erbil.",
      "Thomson Reuters Yousef Saba covers Gulf markets and energy for Reuters from Dubai.",
    ]) {
      const noted = article(`${STORY}\n${other}\n`);
      expect(noted.body.trimEnd()).toMatch(/at the ceremony\.$/);
      expect(reasonsOf(noted.frontMatter).get(other)).toBe("a note about the writer, after the article");
    }
    expect(article(`${STORY}\nThomson Reuters Yousef Saba covers Gulf markets for Reuters.\n`).frontMatter.people).toEqual(["Anna Berg"]);
    // Without a byline, the writer the note names is the author (The Arab Weekly's); not where an agency's name runs
    // into the name.
    const unsigned = STORY.replace("By Jane Doe\n\n", "");
    const arabWeekly = article(`${unsigned}\nMehmet Yılmaz is a Turkish journalist based in Ankara.\nShare this article\n`).frontMatter;
    expect(arabWeekly.author).toBe("Mehmet Yılmaz");
    expect(arabWeekly.people).toEqual(["Anna Berg"]);
    expect(article(`${unsigned}\nThomson Reuters Yousef Saba covers Gulf markets for Reuters.\n`).frontMatter.author).toBeUndefined();
    // Reuters' box below the wire's credits: the writer's name, the employer's logo, and where they are based.
    const box = "Yousef Saba\nThomson Reuters\nYousef Saba covers the Gulf's energy sector, based in Dubai.";
    const boxed = article(`${STORY}\n(Reporting by Yousef Saba; Editing by Jacqueline Wong)\n\n${box}\n`);
    expect(boxed.body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(boxed.frontMatter.people).toEqual(["Anna Berg"]);
    const lastParagraph = "Medicare Advantage covers the rest of the cost for most of them.";
    expect(article(`${STORY}\n${lastParagraph}\n`).body).toContain(lastParagraph);
    const quoted = "Anna Berg is a former reporter for the town's paper.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${quoted}\n\n"This bridge`)).body).toContain(quoted);
  });

  it("drops the page's notes about its writers below the article in the other languages, not a sentence of the article", () => {
    // El País' box below the article: each writer's name, then where they were born and their role, or their post.
    const notes = "Óscar Gutiérrez\nMadrid, 1978. Redactor de la sección de Internacional de EL PAÍS.\nÁngeles Espinosa\nEs corresponsal de EL PAÍS en el Golfo.\n";
    const { body, frontMatter } = article(`${STORY}\n${notes}`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    for (const note of ["Madrid, 1978. Redactor de la sección de Internacional de EL PAÍS.", "Es corresponsal de EL PAÍS en el Golfo."]) {
      expect(reasonsOf(frontMatter).get(note), note).toBe("a note about the writer, after the article");
    }
    for (const other of [
      "Hélène Sallon est correspondante du Monde à Beyrouth.",
      "Anna Osius ist Korrespondentin der ARD in Kairo.",
      "Lorenzo Cremonesi è corrispondente del Corriere della Sera da Beirut.",
      "Ana Gomes é correspondente do Público em Bagdade.",
    ]) {
      const noted = article(`${STORY}\n${other}\n`);
      expect(noted.body.trimEnd(), other).toMatch(/at the ceremony\.$/);
    }
    // The article's own sentence saying as much of someone it quotes stays.
    const quoted = "Anna Berg es corresponsal de la radio local desde 2010.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${quoted}\n\n"This bridge`)).body).toContain(quoted);
  });

  it("drops a note below the article about the writer its byline names, whatever their role, not one about someone else", () => {
    // Asia Times' note below the article, above its paywall's pitch.
    const note = "Jane Doe is a research fellow in energy geopolitics at the Institute for Urban Studies in Bologna, Italy.";
    const pitch = "Like this article? Click here to subscribe for full access. Just $5 a month.";
    const { body, frontMatter } = article(`${STORY}
${note}
${pitch}
`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get(note)).toBe("a note about the writer, after the article");
    expect(frontMatter.author).toBe("Jane Doe");
    expect(frontMatter.places).not.toContain("Bologna");
    // The same sentence about someone no byline names is the article's last.
    const other = note.replace("Jane Doe", "Anna Berg");
    expect(article(`${STORY}
${other}
`).body.trimEnd()).toMatch(/in Bologna, Italy\.$/);
  });

  it("drops each writer's name again below the article, above a note of theirs, and the byline again with its aside", () => {
    const elPais =
      "Internacional\nLas milicias chiíes de Irak se resisten a entregar las armas\nEl Gobierno de Bagdad negocia un plan de " +
      "desarme con las facciones armadas\nÓscar Gutiérrez\nÁngeles Espinosa\nBagdad / Dubái - 30 nov 2026 - 05:40 CET\n" +
      "Las milicias chiíes no tienen prisa por desarmarse, admiten fuentes del Gobierno del primer ministro, Mohamed Shia al " +
      "Sudani.\nEl analista iraquí Hisham al Hashimi ya advertía de que la Movilización Popular era un Estado dentro del " +
      "Estado.\nÓscar Gutiérrez\nBagdad\nMadrid, 1978. Redactor de la sección de Internacional de EL PAÍS.\nÁngeles " +
      "Espinosa\nEs corresponsal de EL PAÍS en el Golfo.\n";
    const written = article(elPais).frontMatter;
    expect(written).toMatchObject({ author: "Óscar Gutiérrez and Ángeles Espinosa", people: ["Hisham al Hashimi", "Mohamed Shia al Sudani"] });
    for (const writer of ["Óscar Gutiérrez", "Ángeles Espinosa"]) {
      expect(reasonsOf(written).get(writer), writer).toBe("the writer's name again, above a note about them");
    }
    // The city the writer is based in, below their name: no subhead of the article's.
    expect(article(elPais).body).not.toContain("Bagdad\n");
    expect(reasonsOf(written).get("Bagdad")).toBe("where the writer is based, below their name again");
    const leMonde =
      "Proche-Orient\nIrak : à Mossoul, la reconstruction de la vieille ville avance\nPar Hélène Sallon (Mossoul, Irak, " +
      "envoyée spéciale)\nPublié le 14 novembre 2026 à 05h30\nSur la place qui fait face à la mosquée, « j’ai pleuré », " +
      "confie Ahmed Jassim, un commerçant de 52 ans.\nHélène Sallon (Mossoul, Irak, envoyée spéciale)\n";
    const { frontMatter, body } = article(leMonde);
    expect(frontMatter).toMatchObject({ author: "Hélène Sallon", people: ["Ahmed Jassim"] });
    expect(body.trimEnd()).toMatch(/commerçant de 52 ans\.$/);
    expect(reasonsOf(frontMatter).get("Hélène Sallon (Mossoul, Irak, envoyée spéciale)")).toBe("the byline again, below the article");
  });

  it("leaves out the credits of the journalists who contributed reporting below the article, and lists none of them", () => {
    for (const credit of [
      "CNN's Mostafa Salem and Tamara Qiblawi contributed reporting.",
      "Associated Press writer Abby Sewell in Beirut contributed to this report.",
      "Alissa J. Rubin contributed reporting from Baghdad.",
    ]) {
      const { body, frontMatter } = article(`${STORY}\n${credit}\n`);
      expect(body.trimEnd(), credit).toMatch(/at the ceremony\.$/);
      expect(reasonsOf(frontMatter).get(credit)).toBe("the article's credits: the journalists who contributed reporting");
      expect(frontMatter.people, credit).toEqual(["Anna Berg"]);
    }
  });

  it("drops a sign-up form's terms, a paywall's offer, a call for readers' letters and a blog post's footer, keeping the last paragraph", () => {
    const chrome = {
      "By signing up, you agree to our Privacy Policy": /^site chrome/,
      "Special offer: $1 for the first month": /^the site's paywall notice/,
      "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.":
        /^a prompt to share or react/,
      "Posted by Joel Wing at 7:02 AM": /^site chrome/,
      "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest": /^a prompt to share or react/,
      "Labels: Basra, electricity, Iran, Iraq economy, power cuts, summer": /^site chrome/,
    };
    for (const [line, reason] of Object.entries(chrome)) {
      const { body, frontMatter } = article(`${STORY}${line}\n`);
      expect(body.trimEnd(), line).toMatch(/at the ceremony\.$/);
      expect(reasonsOf(frontMatter).get(line), line).toMatch(reason);
    }
    // A blog's page copied with no blank line anywhere: the footer is not run onto the last paragraph.
    const blog = STORY.replace(/\n\n(?=The minister|"This bridge)/g, "\n") + "Posted by Joel Wing at 7:02 AM\nEmail ThisBlogThis!Share to XShare to FacebookShare to Pinterest\n";
    expect(article(blog).body.trimEnd()).toMatch(/\n\n"This bridge joins two halves of one city," she said at the ceremony\.$/);
  });

  it("drops an audio player's fallback, a print edition's note, a newsletter's offer, a paywall's, a view counter and a licence, wherever they stand", () => {
    const chrome = {
      "Listen to this story.": /^site chrome/,
      "Your browser does not support the <audio> element.": /^site chrome/,
      "Enjoy more audio and podcasts on iOS or Android.": /^site chrome/,
      'This article appeared in the Middle East & Africa section of the print edition under the headline "Dust to dust"': /^site chrome/,
      "Unlock the Editor’s Digest for free": /^site chrome/,
      "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.": /^site chrome/,
      "Continue reading this article with an Al-Monitor subscription": /^the site's paywall notice/,
      "Our Pro subscription includes access to Al-Monitor's newsletters, memos and events": /^the site's paywall notice/,
      "Read full text": /^site chrome/,
      "Views: 1,204": /^site chrome/,
      "Creative Commons License": /^site chrome/,
      "Categories: Current events": /^site chrome/,
      "This page was last edited on 5 December 2026, at 09:12 (UTC).": /^site chrome/,
      "Thanks for reading Musings on Iraq! Subscribe for free to receive new posts and support my work.": /^a prompt to share or react/,
    };
    for (const [line, reason] of Object.entries(chrome)) {
      const { body, frontMatter } = article(STORY.replace('\n\n"This bridge', `\n\n${line}\n\n"This bridge`));
      expect(body, line).not.toContain(line.replace(/<audio>/, "\\<audio\\>"));
      expect(body, line).toContain("at the ceremony.");
      expect(reasonsOf(frontMatter).get(line), line).toMatch(reason);
    }
    // The same words in the article's sentences are its own.
    for (const sentence of [
      "The ministry's app is available on iOS and Android.",
      "The basic subscription includes access to the town's pool.",
      "The mayor announced the opening in our weekly newsletter.",
    ]) {
      expect(article(STORY.replace('\n\n"This bridge', `\n\n${sentence}\n\n"This bridge`)).body, sentence).toContain(sentence);
    }
    // A gift button among the share buttons: The Economist's `Save`, `Share`, `Give`.
    const buttons = article(STORY.replace("12 March 2021\n\n", "12 March 2021\n\nSave\nShare\nGive\n\n"));
    expect(buttons.body).toMatch(/^The minister of transport/);
    expect(reasonsOf(buttons.frontMatter).get("Give")).toBe("a share menu's button, not article text");
  });

  it("drops the writers' boxes below the article, where they reported from, and a list of links whose headline is two sentences", () => {
    const end = [
      "Doe reported from Berlin. Max Roe in Hamburg contributed to this report.",
      "By Jane Doe",
      "Jane Doe is a foreign correspondent for The Town Courier, covering Europe. She previously covered Iraq.",
      "follow on X @janedoe",
      "More on this topic",
      "Bridges promised inclusion. Towns say they are still waiting.",
      "Share",
      "Comment",
      "Gift Article",
    ];
    const { body, frontMatter } = article(`${STORY}\n${end.join("\n")}\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get(end[0]!)).toBe("the article's credits: the journalists who contributed reporting");
    expect(reasons.get(end[5]!)).toBe("a list of links to other articles, after the article");
    // A last short paragraph below a subhead that may head a list is the article's.
    const latest = article(`${STORY}\nLatest\nTalks on a second bridge resume on Monday.\n`);
    expect(latest.body).toContain("Talks on a second bridge resume on Monday.");
  });

  it("drops a blogging platform's box about the writer below the article: its label, the followers and the line about them", () => {
    const end = ["Iraq", "Bridges", "--", "1", "Written by Jane Doe", "214 Followers", "Freelance journalist in Berlin.", "Follow", "More from Jane Doe", "Help", "About"];
    const { body, frontMatter } = article(`${STORY}\n${end.join("\n")}\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get("Freelance journalist in Berlin.")).toBe(
      "the page's box about the writer (`Written by …`, their followers), after the article",
    );
  });

  it("ends the article at Medium's `Responses (9)`: the writer's box, their other stories and the comments are left out", () => {
    const end = [
      "Written by Jane Doe",
      "Follow",
      "214 Followers",
      "Freelance journalist in Berlin. Views my own.",
      "More from Jane Doe",
      "The River Is Running Dry",
      "Jun 12, 2026",
      "Responses (9)",
      "What are your thoughts?",
      "Ali H.",
      "Mar 12, 2021",
      "Great piece. You should also mention the cost of the old ferry.",
      "14",
      "Reply",
      "See all responses",
      "Help",
      "About",
    ];
    const { body, frontMatter } = article(`${STORY}\n${end.join("\n")}\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Freelance journalist in Berlin. Views my own.")).toBe(
      "the page's box about the writer (`Written by …`, their followers), after the article",
    );
    expect(reasons.get("The River Is Running Dry")).toBe("a list of links to other articles, after the article");
    expect(reasons.get("Responses (9)")).toBe("comment section: counter, form or policy");
    expect(reasons.get("Great piece. You should also mention the cost of the old ferry.")).toBe("reader comment");
  });

  it("says what each line below the article is: the page's tags, a share menu's buttons, the site's footer below its copyright", () => {
    const end = "Related Articles\nTeachers end strike after pledge on pay\nTags\nBridges\nBerlin\nShare this article\nFacebook\nTwitter\n© The Town Courier 2026. All rights reserved.\nAbout Us\nContact\n";
    const reasons = reasonsOf(article(`${STORY}\n${end}`).frontMatter);
    expect(reasons.get("Teachers end strike after pledge on pay")).toBe("a list of links to other articles, after the article");
    expect(reasons.get("Berlin")).toBe("the page's tags, links to its topics' pages, after the article");
    expect(reasons.get("Facebook")).toBe("a share menu's button, not article text");
    expect(reasons.get("About Us")).toBe("the site's footer (links to its own pages), below its copyright line");
    // A date alone below the tags is the article's, where no line above gives one.
    const tagged = article(`${STORY.replace("12 March 2021\n\n", "")}\nTags\nBridges\nBerlin\nDecember 2, 2026, 18:47\nMORE NEWS\n`);
    expect(tagged.frontMatter.date).toBe("2026-12-02");
    // Below a comment section: a newsletter's form, the copyright and the footer are no reader's comments.
    const comments = "Write a comment...\nAli H.\nGreat bridge, finally!\nNewsletter\nSign up to our newsletter to get the latest news\nEmail address\nSubscribe\n© 2026 The Town Courier\nPrivacy ∙ Terms\n";
    const below = reasonsOf(article(`${STORY}\n${comments}`).frontMatter);
    expect(below.get("Great bridge, finally!")).toBe("reader comment");
    expect(below.get("Sign up to our newsletter to get the latest news")).toBe("a newsletter's sign-up form, not article text");
    expect(below.get("© 2026 The Town Courier")).toMatch(/^site chrome/);
    expect(below.get("Privacy ∙ Terms")).toBe("the site's footer (links to its own pages), below its copyright line");
  });

  it("drops comments listed without a heading, each under its writer's name and the day and time they wrote", () => {
    const comments = "Karwan | 10/5/2025 9:14:33 PM\nThree months late again. How can a family live like this?\nAhmed | 10/5/2025 10:02:10 PM\nThe problem is not the bridge.\n";
    const { frontMatter, body } = article(`${STORY}\n${comments}`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get("Karwan | 10/5/2025 9:14:33 PM")).toBe("reader comment: the commenter's name and when they wrote");
    expect(reasonsOf(frontMatter).get("The problem is not the bridge.")).toBe("reader comment");
    // A blog's: its counter with a colon, `Anonymous said...` above each comment, the time below it.
    const blog = "3 comments:\nAnonymous said...\nGreat analysis as always.\nJune 17, 2025 at 11:40 AM\nJoel Wing said...\nThanks.\nJune 17, 2025 at 1:15 PM\n";
    const blogged = article(`${STORY}\n${blog}`);
    expect(blogged.body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(blogged.frontMatter).get("Anonymous said...")).toBe("reader comment: the commenter's name");
    expect(reasonsOf(blogged.frontMatter).get("3 comments:")).toBe("comment section: counter, form or policy");
    // One such line alone, the article's text below it, is no list of comments.
    const quoted = "Anna Berg | 12/3/2021 9:14 AM\nThe bridge opens on Friday.\n\nThe council will vote on the tolls in May.\n";
    expect(article(`${STORY}\n${quoted}`).body).toContain("The council will vote on the tolls in May.");
  });

  it("reads a comment counter on the share bar above the article as the bar's, and the comments from where their section starts", () => {
    const bar = "0 Comments\nEmail\nTwitter\nFacebook\nShare\n";
    const comments = "Comments\nLoading comments...\nRead more:\nRiver Town\n";
    const { frontMatter, body } = article(`${STORY.replace("12 March 2021\n", `12 March 2021\n${bar}`)}\n${comments}`);
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body.trimEnd()).toMatch(/^The minister of transport[^]*at the ceremony\.$/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("0 Comments")).toBe("a comment counter or link by the share buttons above the article, not article text");
    expect(reasons.get("Comments")).toBe("comment section: its heading");
    expect(reasons.get("Loading comments...")).toBe("comment section: counter, form or policy");
    // Press TV's form below its heading: `Add comment`, its fields and button.
    const form = article(`${STORY}\nComments\nAdd comment\nYour Comment\nEnter the code\nSubmit\n`);
    expect(form.body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(form.frontMatter).get("Add comment")).toBe("comment section: counter, form or policy");
  });

  it("keeps the article below a share bar's comment counter under a standfirst, and reads the comments at the foot", () => {
    const top =
      "Drone hits base near Erbil\n\nA drone struck a base housing US troops near Erbil late on Saturday, officials said.\n\n" +
      "By Jane Roe\nDecember 5, 2026\n\n12 Comments\nShare\n\n";
    const text =
      "The drone was shot down before it reached the base, two officials said on Sunday.\n\n" +
      "No group claimed the attack, but armed groups have targeted the base several times since October.\n\n";
    const foot = "Share\n12 Comments\nAhmed K. 2 hours ago\nThis is terrible news for the region and its people.\n";
    const { frontMatter, body } = article(`${top}${text}${foot}`);
    expect(body).toContain("No group claimed the attack");
    expect(body).not.toContain("terrible news");
    const removed = (frontMatter.removed ?? []).filter(({ text }) => text === "12 Comments").map(({ reason }) => reason);
    expect(removed).toEqual([
      "a comment counter or link by the share buttons above the article, not article text",
      "comment section: counter, form or policy",
    ]);
  });

  it("keeps the article below a comment counter alone under the standfirst, as outlets print it", () => {
    const top = "Drone hits base near Erbil\n\nA drone struck a base housing US troops near Erbil late on Saturday, officials said.\n\nBy Jane Roe\nDecember 5, 2026\n";
    const text =
      "\nThe drone was shot down before it reached the base, two officials said on Sunday.\n\n" +
      "No group claimed the attack, but armed groups have targeted the base several times since October.\n";
    for (const counter of ["12 Comments", "Comments (3)", "💬 27"]) {
      const { frontMatter, body } = article(`${top}${counter}\n${text}`);
      expect(body).toContain("The drone was shot down");
      expect(body).toContain("No group claimed the attack");
      expect(reasonsOf(frontMatter).get(counter)).toBe("a comment counter above the article, a link down to its comments, not article text");
    }
    // At the page's foot, the same counter above a comment, its reply button below it, starts the comments.
    const foot = "12 Comments\nThe drone attacks will go on as long as nobody is held responsible for them.\nReply\n";
    const { frontMatter, body } = article(`${top}${text}\n${foot}`);
    expect(body).toContain("No group claimed the attack");
    expect(body).not.toContain("held responsible");
    expect(reasonsOf(frontMatter).get("12 Comments")).toBe("comment section: counter, form or policy");
  });

  it("leaves out comments without a heading, each a name, how long ago, its text and its reply button", () => {
    const comments =
      "Share\n12 Comments\n\nOmar Saleh\n2 hours ago\nFinally. The town has waited ten years for this bridge.\nReply\n\n" +
      "Hevi R.\n3 hours ago\nIt cost far too much.\nReply · Like\n";
    for (const foot of [comments, comments.replace("12 Comments\n", "")]) {
      const { frontMatter, body } = article(`${STORY}\n${foot}`);
      expect(body).toContain("ending ten years of delays");
      expect(body).not.toMatch(/Omar Saleh|Finally|Hevi|too much/);
      const reasons = reasonsOf(frontMatter);
      expect(reasons.get("Omar Saleh")).toBe("reader comment: the commenter's name");
      expect(reasons.get("2 hours ago")).toBe("reader comment: when the commenter wrote");
      expect(reasons.get("It cost far too much.")).toBe("reader comment");
      expect(reasons.get("Reply · Like")).toBe("comment section: a reply or like button");
    }
  });

  it("reads a comment's head that prints when the commenter wrote above their name, how long ago or the time of day", () => {
    const comments =
      "3 hours ago\nOmar Saleh\nFinally. The town has waited ten years for this bridge.\nReply\n\n" +
      "14:32\nHevi R.\nIt cost far too much.\nReply · Like\n";
    const { frontMatter, body } = article(`${STORY}\n${comments}`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    const reasons = reasonsOf(frontMatter);
    for (const name of ["Omar Saleh", "Hevi R."]) expect(reasons.get(name)).toBe("reader comment: the commenter's name");
    for (const time of ["3 hours ago", "14:32"]) expect(reasons.get(time)).toBe("reader comment: when the commenter wrote");
    expect(reasons.get("It cost far too much.")).toBe("reader comment");
  });

  it("reads a comment's head of the commenter's name and the day alone, on one line, above the name or below it", () => {
    // Rudaw's name and day on one line, Medium's name above the day, The Guardian's day and time above the name.
    const rudaw = "Yorumlar\nDiyar Kaya | 07-12-2026\nMaaşlar ödensin artık, yeter!\nYorum yaz\n";
    expect(reasonsOf(article(`${STORY}\n${rudaw}`).frontMatter).get("Diyar Kaya | 07-12-2026")).toBe(
      "reader comment: the commenter's name and when they wrote",
    );
    const medium = "Responses (9)\nDara K.\nDec 6, 2026\nGreat piece. You should also mention the debts.\n14\nReply\n";
    const guardian = "Comments (412)\nDisplaying threads\n25 Sep 2017 19:12\nkurdishfriend\nThe town waited ten years for this.\nReply\nReport\n";
    for (const [comments, name, day] of [
      [medium, "Dara K.", "Dec 6, 2026"],
      [guardian, "kurdishfriend", "25 Sep 2017 19:12"],
    ] as const) {
      const { frontMatter, body } = article(`${STORY}\n${comments}`);
      expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
      const reasons = reasonsOf(frontMatter);
      expect(reasons.get(name), name).toBe("reader comment: the commenter's name");
      expect(reasons.get(day), day).toBe("reader comment: when the commenter wrote");
    }
    expect(reasonsOf(article(`${STORY}\n${guardian}`).frontMatter).get("Displaying threads")).toBe("reader comment");
  });

  it("reads a comment form's prompt below the section's counter as the form's, not as a reader's comment", () => {
    const comments = "Responses (9)\nWhat are your thoughts?\nDara K.\nDec 6, 2026\nGreat piece. You should also mention the debts.\n14\nReply\n";
    const { frontMatter, body } = article(`${STORY}\n${comments}`);
    expect(body).not.toMatch(/What are your thoughts|Great piece/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("What are your thoughts?")).toBe("comment section: the comment form's prompt");
    expect(reasons.get("Great piece. You should also mention the debts.")).toBe("reader comment");
    // The article may ask its readers as much, as its last line.
    expect(article(`${STORY}\nWhat are your thoughts?\n`).body.trimEnd()).toMatch(/What are your thoughts\?$/);
  });

  it("keeps the article below a comment counter alone above a paragraph and a section of the article under its subhead", () => {
    const top = "Drone hits base near Erbil\n\nA drone struck a base housing US troops near Erbil late on Saturday, officials said.\n\nBy Jane Roe\nDecember 5, 2026\n";
    const text =
      "\nThe drone was shot down before it reached the base, two officials said on Sunday.\n\nA pattern of attacks\n\n" +
      "No group claimed the attack, but armed groups have targeted the base several times since October.\n\n" +
      "The Kurdistan Region's counter-terrorism service said the drone was launched from the south.\n";
    const { frontMatter, body } = article(`${top}12 Comments\n${text}`);
    expect(body).toContain("The drone was shot down before it reached the base");
    expect(body).toContain("## A pattern of attacks\n\nNo group claimed the attack");
    expect(body.trimEnd()).toMatch(/launched from the south\.$/);
    expect(reasonsOf(frontMatter).get("12 Comments")).toBe("a comment counter above the article, a link down to its comments, not article text");
    // At the page's foot, a counter above a comment, the next commenter's name and their comment starts the comments.
    const foot =
      "12 Comments\nThe drone attacks will go on as long as nobody is held responsible for them.\nAhmed Karim\n" +
      "The government should protect the people of Erbil instead of making promises.\n";
    const commented = article(`${top}${text}\n${foot}`);
    expect(commented.body).not.toMatch(/held responsible|Ahmed Karim|making promises/);
    expect(reasonsOf(commented.frontMatter).get("12 Comments")).toBe("comment section: counter, form or policy");
  });

  it("keeps a numbered list that ends the article, its last items however short", () => {
    const priorities = "The plan lists three priorities:\n\n1. The desalination plant at Fao\n2. The Shatt al-Arab intake\n3. The pumps";
    const { frontMatter, body } = article(`${STORY}\n${priorities}\n`);
    expect(body.trimEnd()).toMatch(/The plan lists three priorities:\n\n1\. The desalination plant at Fao\n2\. The Shatt al-Arab intake\n3\. The pumps$/);
    expect(frontMatter.removed?.map(({ text }) => text)).not.toContain("3. The pumps");
  });

  it("leaves out the editor's credit below the article, naming it so, in English and in Arabic", () => {
    const reason = "the editor's credit: who edited the article, not article text";
    const english = article(`${STORY}\nEdited by: Ahmed Ali\n`);
    expect(english.body).not.toContain("Ahmed Ali");
    expect(reasonsOf(english.frontMatter).get("Edited by: Ahmed Ali")).toBe(reason);
    const arabic = [
      "النفط تعلن ارتفاع صادرات شهر تشرين الثاني",
      "",
      "بغداد - واع",
      "أعلنت وزارة النفط، اليوم الأحد، ارتفاع صادرات العراق من النفط الخام خلال شهر تشرين الثاني الماضي، فيما أشارت إلى أن الإيرادات المالية بلغت أكثر من 7 مليارات دولار.",
      'وتابعت، أن "الكميات المصدرة إلى الأردن بلغت 300 ألف برميل".',
      "تحرير: علي حسين",
    ].join("\n");
    const { frontMatter, body } = article(arabic);
    expect(body).not.toContain("علي حسين");
    expect(reasonsOf(frontMatter).get("تحرير: علي حسين")).toBe(reason);
  });

  it("drops threaded replies: indented bullets with the commenter's name", () => {
    const { body } = article(`${STORY}\n  • river_fan\n\n    I crossed it today and it is lovely.\n\n    • bob\n\n      Agreed.\n`);
    expect(body).not.toMatch(/river_fan|lovely|Agreed/);
  });

  it("takes the summary from the lead paragraph, not from a list of key points above it", () => {
    const keyPoints = "Key points\n\n• The bridge joins the two halves of the town\n• It took ten years to build\n";
    const { frontMatter, body } = article(STORY.replace("\n\nThe minister of transport", `\n\n${keyPoints}\nThe minister of transport`));
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).toContain("- The bridge joins the two halves of the town\n- It took ten years to build");
  });

  it("reads a list of hollow bullets as a list", () => {
    const keyPoints = "Key points\n\n○ The bridge joins the two halves of the town\n○ It took ten years to build\n";
    const { body } = article(STORY.replace("\n\nThe minister of transport", `\n\n${keyPoints}\nThe minister of transport`));
    expect(body).toContain("- The bridge joins the two halves of the town\n- It took ten years to build");
  });

  it("reads a fact box's lines of a label and a value as a list, not one line, and a transcript's lines as text", () => {
    const facts = "Key facts\n\nLength: 420 metres\nCost: $40 million\nOpened by: Anna Berg\n";
    const { body } = article(STORY.replace("\n\nThe minister of transport", `\n\n${facts}\nThe minister of transport`));
    expect(body).toContain("- Length: 420 metres\n- Cost: $40 million\n- Opened by: Anna Berg");
    const transcript = "Minister: We will open it on Friday.\nReporter: Will it be on time?\n";
    const spoken = article(STORY.replace("\n\nThe minister of transport", `\n\n${transcript}\nThe minister of transport`)).body;
    expect(spoken).not.toContain("- Minister");
  });

  it("reads a report's numbered notes, each number a space before its text, as a numbered list below their paragraph", () => {
    const report = [
      "Civil defence teams evacuated 240 families from Sinjar district.¹ More than 60,000 people remain in camps in Duhok.²",
      "",
      "Notes",
      "1 Directorate of Civil Defence, Nineveh, statement of 26 November 2026.",
      "2 IOM Displacement Tracking Matrix, Iraq Master List Round 131, October 2026.",
    ];
    const notes = "1. Directorate of Civil Defence, Nineveh, statement of 26 November 2026.\n2. IOM Displacement Tracking Matrix, Iraq Master List Round 131, October 2026.\n";
    expect(article(withBody(report.join("\n"))).body).toBe(`${report[0]}\n\n## Notes\n\n${notes}`);
    expect(article(withBody(report.filter((line) => line !== "Notes").join("\n"))).body).toBe(`${report[0]}\n\n${notes}`);
    // A line that opens on a number and a capital outside a run of notes is a date, or a sentence: no list's end.
    const box = "Contacts for the press:\nPress office of the Ministry of Transport\nErbil\n3 August 2026\n";
    const contacts = article(STORY.replace("\n\n\"This bridge", `\n\n${box}\n"This bridge`)).body;
    expect(contacts).toContain("\n\n- Press office of the Ministry of Transport\n- Erbil\n- 3 August 2026\n");
  });

  it("reads a match report's score lines, and its scorers below a score, as lists, not one paragraph", () => {
    const lead = "The Iraqi Stars League resumed on Friday after the international break, with wins for both Kurdish clubs.";
    const scores = ["Erbil SC 2 – 1 Duhok SC", "Zakho 0 – 0 Naft Al-Wasat", "Al-Shorta 3 – 1 Al-Quwa Al-Jawiya"];
    const results = article(withBody(`${lead}\n\nResults\n${scores.join("\n")}\n\nErbil moved to third place, two points behind the leaders.`)).body;
    expect(results).toContain(`\n## Results\n\n${scores.map((score) => `- ${score}`).join("\n")}\n\nErbil moved`);
    const box = ["Erbil 2-1 Al-Zawraa", "Erbil: Sherko Karim 23', Rebin Sulaka 77'", "Al-Zawraa: Mohanad Ali 58' (pen)"];
    const report = article(withBody(`${lead}\n\n${box.join("\n")}\n\nSherko Karim opened the scoring after 23 minutes with a header from a corner.`)).body;
    expect(report).toContain(`\n\n${box.map((line) => `- ${line}`).join("\n")}\n\nSherko Karim`);
  });

  it("reads the lines a browser copies of a list without its bullets, below a label, as a list", () => {
    const causes =
      "The ministry names three causes:\nupstream dams, which have cut the flow by half\nevaporation, which rises every summer\n" +
      "old canals that lose 40% of the water\n";
    const lower = article(STORY.replace("\n\n\"This bridge", `\n\n${causes}"This bridge`)).body;
    expect(lower).toContain(
      "The ministry names three causes:\n\n- upstream dams, which have cut the flow by half\n- evaporation, which rises every summer\n" +
        "- old canals that lose 40% of the water\n\n\"This bridge",
    );
    // A page copied with no blank line anywhere, and a box's label without a colon (Reuters' `Summary`).
    const summary = "Summary\nThe bridge cost 40 million euros\nIt took ten years to build\n";
    const boxed = article(STORY.replace(/\n\n(?=The minister|"This bridge)/g, "\n").replace("\"This bridge", `${summary}"This bridge`)).body;
    expect(boxed).toMatch(/\n\n- The bridge cost 40 million euros\n- It took ten years to build\n\n"This bridge/);
  });

  it("keeps a wrapped paragraph whose line ends in a colon, and the quotation below 'he said:', as paragraphs", () => {
    const wrapped =
      "The ministry said in a statement on Sunday that the main threats to the\nmarshes were these:\nupstream dams in Turkey " +
      "and Iran, which have cut the flow by about half\nand evaporation, which rises with every summer heatwave.\n";
    const { body } = article(STORY.replace("\n\n\"This bridge", `\n\n${wrapped}\n"This bridge`));
    expect(body).toContain("the main threats to the marshes were these: upstream dams in Turkey and Iran, which have cut the flow by about half and evaporation");
    const quoted = "In a statement, he said:\nWe will not stop.\nThe ministry denied it.\n";
    const said = article(STORY.replace("\n\n\"This bridge", `\n\n${quoted}\n"This bridge`)).body;
    expect(said).toContain("We will not stop.");
    expect(said).not.toContain("- We will not stop.");
  });

  it("reads lines of cells separated by tabs, as a browser copies a table, as a table, its first row heading numbers", () => {
    const flows = "Flows into Iraq (billion cubic metres)\nRiver\t1933–73\t2023\nTigris\t21.2\t11.4\nEuphrates | main\t30.0\t9.2\n";
    const { body } = article(STORY.replace("\n\n\"This bridge", `\n\n${flows}\n"This bridge`));
    expect(body).toContain(
      "| River | 1933–73 | 2023 |\n| --- | --- | --- |\n| Tigris | 21.2 | 11.4 |\n| Euphrates \\| main | 30.0 | 9.2 |\n\n\"This bridge",
    );
    // The corner above the rows' names is an empty cell, a tab at the line's start; a line indented by a tab is no row.
    const cornered = "Flows into Iraq (billion cubic metres)\n\t1933–73\t2023\nTigris\t21.2\t11.4\nEuphrates\t30.0\t9.2\n";
    const indented = "\tThe minister said more would follow.\n\tShe did not say when.\n";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${cornered}\n${indented}\n"This bridge`)).body).toContain(
      "|  | 1933–73 | 2023 |\n| --- | --- | --- |\n| Tigris | 21.2 | 11.4 |\n| Euphrates | 30.0 | 9.2 |\n\nThe minister said more would follow. She did not say when.\n\n\"This bridge",
    );
    // A box of labels and values heads no columns: a list, as a fact box's; a paragraph's lines with a stray tab in
    // them are no table.
    const facts = "Target\t100 million seedlings\nDeadline\t2030\n";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${facts}\n"This bridge`)).body).toContain(
      "- Target: 100 million seedlings\n- Deadline: 2030\n\n\"This bridge",
    );
    const stray = "The bridge cost 40 million euros,\tthe ministry said.\nIt took ten years to build, and\tmore to pay for.\n";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${stray}\n"This bridge`)).body).toContain(
      "The bridge cost 40 million euros, the ministry said. It took ten years to build, and more to pay for.",
    );
  });

  it("reads a Markdown table, rows whose cells bars part, and columns a text dump lines up with spaces, as tables", () => {
    const table = (rows: string) => article(STORY.replace("\n\n\"This bridge", `\n\n${rows}\n\n"This bridge`)).body;
    const expected = "| Governorate | Deaths | Families |\n| --- | --- | --- |\n| Duhok | 7 | 2,100 |\n| Erbil \\| Koya | 2 | 650 |\n\n\"This bridge";
    expect(table("| Governorate | Deaths | Families |\n|:---|---:|---:|\n| Duhok | 7 | 2,100 |\n| Erbil \\| Koya | 2 | 650 |")).toContain(expected);
    expect(table("Governorate | Deaths | Families\nDuhok | 7 | 2,100\nErbil \\| Koya | 2 | 650")).toContain(expected);
    // A text dump's first row, set in above the rows' names, heads the columns right of them.
    const dumped = "                     Q3 2026    Q3 2025\nNet income ($ bln)   24.6       27.6\nRevenue ($ bln)      103.9      110.2";
    expect(table(dumped)).toContain("|  | Q3 2026 | Q3 2025 |\n| --- | --- | --- |\n| Net income ($ bln) | 24.6 | 27.6 |\n| Revenue ($ bln) | 103.9 | 110.2 |");
    // Bars and spaces part more than cells: a menu's items, sentences two spaces apart, with no column of numbers.
    expect(table("Home | World | Iraq\nPrivacy | Terms | Contact")).not.toContain("| --- |");
    expect(table("The bridge opened.  Traders cheered.\nThe council paid.  The state did not.")).not.toContain("| --- |");
  });

  it("keeps an indented list, as text dumps of a page write one, and the text after it: no comment thread", () => {
    const list = "The plan includes:\n\n  * A two-kilometre wall along the east bank\n  * New pumps at the Mill Street station\n";
    const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${list}\n"This bridge`));
    expect(body).toContain("- A two-kilometre wall along the east bank\n- New pumps at the Mill Street station\n\n\"This bridge");
    expect(frontMatter.removed?.map(({ reason }) => reason)).not.toContainEqual(expect.stringMatching(/comment/));
  });

  it("drops short trailing lines, widgets and share prompts after the last sentence", () => {
    const { body, frontMatter } = article(`${STORY}\nShare this article\n\nMost read\n\nWeather Tomorrow\n`);
    expect(body).not.toMatch(/Share this|Most read|Weather Tomorrow/);
    expect(frontMatter.removed).toHaveLength(7);
  });

  it("drops the chrome below the article down to the page's end, past a sentence of the site's among it", () => {
    const last = '"This bridge joins two halves of one city," she said at the ceremony.';
    const footer = (sentence: string) => `Tags\n\nBridges\n\nRiver Town\n\n${sentence}\n\nPrivacy\n\nCookies\n\n© 2021 The Town Times. All rights reserved.\n`;
    const sentences = {
      "a newsletter's sign-up form": "Town Times newsletter\nGet the best of the Town Times in your inbox every morning\nSign up",
      "market data notice": "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
      "word about itself": "The Town Times, the river's paper since 1901, is an independent news organisation. Our mission is to keep the town informed.",
      "comment policy": "The Town Times moderates all comments submitted on our website. We welcome comments that are relevant to the article.",
    };
    for (const [kind, sentence] of Object.entries(sentences)) {
      const { body, frontMatter } = article(`${STORY}\n${footer(sentence)}`);
      expect(body.trimEnd(), kind).toMatch(new RegExp(`${last.replace(/[.?]/g, "\\$&")}$`));
      for (const line of sentence.split("\n")) expect(reasonsOf(frontMatter).get(line), kind).toBeDefined();
      expect(reasonsOf(frontMatter).get("Bridges"), kind).toBeDefined();
    }
    // The copyright line's holder before its year; and a list of links' headline that asks.
    const links = "Most read\n\nWhy is the river so low?\n\n© The Town Times, 2021\n";
    const { body, frontMatter } = article(`${STORY}\n${links}`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get("Why is the river so low?")).toMatch(/list of links/);
    // A sentence of the article's below short lines is the article's: the chrome below it goes, not it.
    const ending = "The council will vote on the tolls in May.";
    const kept = article(STORY.replace(/\n$/, `\n\nRiver Town\n\nBridges\n\n${ending}\n\nPrivacy\n\nCookies\n`));
    expect(kept.body.trimEnd()).toMatch(/River Town\n\nBridges\n\nThe council will vote on the tolls in May\.$/);
  });

  it("ends the article where a paywall cuts it, dropping the offer's plans and the footer below, and a save button above", () => {
    const offer = [
      "Then $75 per month. Complete digital access to quality FT journalism. Cancel anytime during your trial.",
      "Standard Digital",
      "$45 per month",
      "Check whether you already have access via your university or organisation.",
      "Why the FT?",
      "See why over a million readers pay to read the Financial Times.",
      "Follow the topics in this article",
      "Oil & Gas Industry",
      "Community & Events",
      "Markets data delayed by at least 15 minutes. © THE FINANCIAL TIMES LTD 2026.",
    ].join("\n");
    for (const cut of ["Keep reading for $1", "Subscribe to read", "To read the full article, subscribe now"]) {
      const page = STORY.replace("12 March 2021\n", "12 March 2021\nAdd to myFT\n");
      const { frontMatter, body } = article(`${page}${cut}\n${offer}\n`);
      expect(body.trimEnd(), cut).toMatch(/^The minister of transport[^]*she said at the ceremony\.$/);
      const reasons = reasonsOf(frontMatter);
      expect(reasons.get(cut), cut).toMatch(/^where the site's paywall cut the article/);
      expect(reasons.get("Standard Digital"), cut).toBe("the paywall's offer and the page's footer below it, not article text");
      expect(reasons.get("Add to myFT"), cut).toMatch(/^site chrome/);
      expect(frontMatter.organizations, cut).not.toContain("Community & Events");
    }
  });

  it("drops a comment section headed by its rules, the topics and top news below it, and a call to sign in for members", () => {
    const foot = [
      "Comments",
      "Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.",
      "We have migrated to a new commenting platform. If you are already a registered user of The Town Times and logged in, you may continue to engage with our articles.",
      "Published - March 12, 2021 09:05 pm IST",
      "Related Topics",
      "Bridges / Transport",
      "Top News Today",
      "Sign in to unlock member-only benefits!",
      "Access 10 free stories every month",
    ].join("\n");
    const { frontMatter, body } = article(`${STORY}${foot}\n`);
    expect(body.trimEnd()).toMatch(/she said at the ceremony\.$/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get(foot.split("\n")[1]!)).toBe("comment section: counter, form or policy");
    expect(reasons.get(foot.split("\n")[2]!)).toBe("comment section: counter, form or policy");
    expect(reasons.get("Top News Today")).toMatch(/^a list of links to other articles/);
    expect(reasons.get("Sign in to unlock member-only benefits!")).toMatch(/^the site's paywall notice/);
  });

  it("drops a podcast's player links above the episode's description and its related episodes below the transcript", () => {
    const page = [
      "Middle East Now",
      "Episode 148: Iraq's new parliament and the fight over the premiership",
      "March 2, 2026",
      "Listen on Apple Podcasts",
      "Listen on Spotify",
      "Download MP3",
      "In this episode, host Renad Mansour talks to two guests about the coalition talks that followed Iraq's election.",
      "Renad Mansour: Welcome to Middle East Now. It's been almost four months since Iraqis voted, and there's still no new prime minister.",
      "Related episodes",
      "Episode 147: The PKK lays down arms",
      "Episode 146: Syria one year after Assad",
      "Subscribe to Middle East Now on your favourite podcast app.",
    ].join("\n");
    const { frontMatter, body } = article(`${page}\n`);
    expect(frontMatter.summary).toMatch(/^In this episode, host Renad Mansour/);
    expect(body).not.toMatch(/Apple Podcasts|Spotify|MP3|Episode 14[67]|favourite podcast app/);
    expect(body.trimEnd()).toMatch(/still no new prime minister\.$/);
    expect(reasonsOf(frontMatter).get("Related episodes")).toMatch(/^a list of links to other articles/);
  });

  it("drops a UN press release's note for the media, its related documents and the site's menu below it", () => {
    const foot = [
      "For information media. Not an official record.",
      "Related Documents",
      "Security Council Report on Iraq (S/2026/845)",
      "Meetings Coverage",
      "General Assembly",
      "Security Council",
      "Press Briefings",
      "Copyright | Fraud Alert | Privacy Notice | Site Index | Terms of Use",
    ].join("\n");
    const { frontMatter, body } = article(`${STORY}\n${foot}\n`);
    expect(body).toMatch(/at the ceremony\.\n$/);
    expect(reasonsOf(frontMatter).get("For information media. Not an official record.")).toMatch(/^site chrome/);
    expect(reasonsOf(frontMatter).get("Related Documents")).toMatch(/^a list of links to other articles/);
  });

  it("drops a Sorani page's box of related news after the article", () => {
    const related = "هەواڵی پەیوەندیدار\nوەزیری کارەبا سەردانی وێستگەی کارەبای خورمەڵەی کرد\nدەستپێکردنی قۆناغی سێیەمی پڕۆژەی ڕووناکی لە دهۆک";
    const { frontMatter, body } = article(`${STORY}\n${related}\n`);
    expect(body).toMatch(/at the ceremony\.\n$/);
    expect(reasonsOf(frontMatter).get("هەواڵی پەیوەندیدار")).toMatch(/^a list of links to other articles/);
  });

  it("drops a paywall's notice below the sentence it cut, never joined onto it, and the site's word about itself", () => {
    const cut = STORY.replace(/at the ceremony\.\n$/, "at the ceremony, which\n");
    const paywall = "the site's paywall notice, not article text: the article may go on past what was scraped";
    for (const notice of ["To continue reading, subscribe to The Town Times", "Towntimes.com subscriptions start at $1.99 for the first month."]) {
      const { body, frontMatter } = article(`${cut}${notice}\nAlready a subscriber? Log in\n`);
      expect(body.trimEnd(), notice).toMatch(/she said at the ceremony, which$/);
      expect(reasonsOf(frontMatter).get(notice), notice).toBe(paywall);
    }
    const blurb =
      "Towntimes.com, the online edition of The Town Times, and analysis from the river towns. Towntimes.com provides extensive and in-depth coverage of the river towns, including Bergen, Lund and Oslo.";
    const { body, frontMatter } = article(`${cut}To continue reading, subscribe to The Town Times\n${blurb}\n© The Town Times. All Rights Reserved\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony, which$/);
    expect(reasonsOf(frontMatter).get(blurb)).toMatch(/^site chrome/);
    expect(frontMatter.places).toEqual([]);
  });

  it("drops the page's boxes after the article that read as sentences or headlines: related links, sign-up forms, tags, cookies", () => {
    const tails = {
      "related box and cookie notice": "RECOMMENDED\nTown to open a second bridge in Lund, mayor says\nDAILY TOWN WITH AA\nBERGEN\nPrivacy Policy\nDaily Town uses cookies. You can manage your preferences in Cookie Settings.\nAccept\n",
      "alternate addresses and related stories": "The Town Times' website can also be accessed at the following alternate addresses:\nwww.towntimes.ir\nwww.towntimes.tv\nRelated Stories\nOslo mayor visits the new bridge in Lund\n",
      "newsletter's pitch above its form": "Go deeper: Bergen's long wait for a bridge\nGet more news that matters about Bergen.\nSign up for Town Bergen\nEmail\nSubscribe\n",
      "tags above a sign-up form": "Region / Country\nEurope/Scandinavia\nNorway\nTopic\nBridges\nGet Updates On Bridges From Around The Globe\nJoin our movement today.\nEmail address\nSign up\n",
      "share label and related box in Kurmanji, a cookie notice after its label": "Parve bike\nNûçeyên têkildar\nLi Lundê pireke nû tê avakirin\nCookie: Em cookie bi kar tînin da ku ezmûna te baştir bikin. Qebûl bike\n",
      "membership appeal": "You're a dedicated reader\nWe're really pleased that you've read 10 Town Times articles in the past month.\nJoin Our Community\nAlready a member? Sign in to stop seeing this\n",
    };
    for (const [kind, tail] of Object.entries(tails)) {
      const { body, frontMatter } = article(`${STORY}\n${tail}`);
      expect(body.trimEnd(), kind).toMatch(/at the ceremony\.$/);
      expect(frontMatter.places, kind).toEqual([]);
      expect(frontMatter.people, kind).toEqual(["Anna Berg"]);
    }
    // A box of links opened by its label between paragraphs, and the page's prompts, in Polish.
    const polish = "Podoba Ci się ten artykuł?\nUdostępnij\n\nCzytaj więcej\nŚwiat\nDrony nad Lundem. Kto stoi za atakami na most?\n";
    const { body, frontMatter } = article(STORY.replace('\n\n"This bridge', `\n\n${polish}\n"This bridge`));
    expect(body).not.toMatch(/Podoba|Udostępnij|Czytaj|Świat|Drony/);
    expect(reasonsOf(frontMatter).get("Czytaj więcej")).toBe("a pointer to another article of the site, not article text");
  });

  it("drops a newsletter's promotion above the article and the page's table of contents, reading the lead as the summary", () => {
    const top = "Sign up for Town Gulf: What's driving the river economy. Read it now.\nIn this article:\nThe News\nAnna's view\n\n";
    const text = STORY.replace("The minister of transport", `${top}The News\n\nThe minister of transport`).replace('\n\n"This bridge', "\n\nAnna's view\n\n\"This bridge");
    const { body, frontMatter } = article(text);
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).not.toMatch(/Sign up|In this article/);
    expect(body).toContain("## Anna's view");
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Sign up for Town Gulf: What's driving the river economy. Read it now.")).toBe("a prompt to share or react, not article text");
    expect(reasons.get("In this article:")).toMatch(/table of contents/);
  });

  it("drops a newsletter's sign-up form and a row of share buttons between paragraphs, not a sentence naming them", () => {
    const chrome = ["Sign up for our daily newsletter", "Enter your email", "Facebook Twitter WhatsApp Email"];
    const sentence = "Readers shared photos of the bridge on Facebook and Twitter.";
    const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${chrome[0]}\n${chrome[1]}\n\n${chrome[2]}\n\n${sentence}\n\n"This bridge`));
    expect(body).not.toMatch(/Sign up|Enter your|WhatsApp/);
    expect(body).toContain(sentence);
    expect(frontMatter.organizations).not.toContain("Facebook Twitter");
    for (const line of chrome) expect(frontMatter.removed?.map(({ text }) => text)).toContain(line);
  });

  it("drops a share menu listed one button a line below the date, and keeps the headline and lead around it", () => {
    const menu = ["Share", "Copy", "Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn", "Flipboard", "Print"];
    const { frontMatter, body } = article(STORY.replace("12 March 2021\n", `12 March 2021\n${menu.join("\n")}\n`));
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    expect(body).not.toMatch(/Reddit|LinkedIn|Flipboard|Copy/);
    expect(frontMatter.removed?.filter(({ reason }) => /share/.test(reason))).toHaveLength(menu.length);
  });

  it("drops a share bar of LINE and Mail below the headline, and a video's label and length around its still's caption", () => {
    const page =
      "NHK WORLD-JAPAN\nNews\nJapan\nWorld\nBusiness\nJapan to fund new power lines in southern Iraq\nShare\nX\nFacebook\nLINE\nMail\n" +
      "Japan has agreed to lend Iraq about 120 billion yen for substations and transmission lines in the south of the country, officials in Tokyo said on Tuesday.\n" +
      "The loans will be repaid over 40 years. Iraq suffers frequent blackouts in summer, when temperatures in Basra exceed 50 degrees Celsius.\n" +
      "Video\nOfficials sign the loan agreement in Baghdad on March 10. (NHK)\n0:58\n" +
      "The foreign ministry said the project would also train Iraqi engineers in Japan over the next five years.\nMar. 10, 2026 21:14 JST\n";
    const { frontMatter, body } = article(page);
    expect(frontMatter.title).toBe("Japan to fund new power lines in southern Iraq");
    const reasons = reasonsOf(frontMatter);
    for (const button of ["LINE", "Mail"]) expect(reasons.get(button), button).toBe("a share menu's button, not article text");
    for (const label of ["Video", "0:58"]) expect(reasons.get(label), label).toBe("a video player's label or length, by its still's caption, not article text");
    expect(body).toMatch(/^Japan has agreed/);
    expect(body).toContain("Officials sign the loan agreement in Baghdad on March 10.");
    expect(body).not.toMatch(/Mail|Video|0:58/);
    // A time alone by a caption with no video's label is left as written: a live page's entry may start so.
    const live = article(page.replace("Video\n", "")).body;
    expect(live).toContain("0:58");
  });

  it("drops a share bar's counters between its buttons, and reads a line ending in an agency's file photo credit as a caption", () => {
    const page =
      "DAWN.COM\nE-Paper\nHome\nLatest\nPakistan\nWorld\nBusiness\nPakistan\nGovt lifts ban on road travel for pilgrims to Iraq\nTahir Khan\n" +
      "Published August 2, 2026\nFacebook\nCount\nWhatsapp\nComment\nEmail\n0\n" +
      "Pilgrims board buses at the border crossing in this file photo. — AFP/File\n" +
      "ISLAMABAD: The federal government on Saturday allowed pilgrims to travel by road to Iraq through Iran, lifting a ban imposed in 2024 over security concerns.\n" +
      "Interior Minister Mohsin Naqvi announced the decision after a meeting with the organisers of pilgrim groups in Islamabad.\n" +
      "Pilgrims will travel in convoys with full security from Quetta to the border, officials said.\n";
    const { frontMatter, body } = article(page);
    expect(frontMatter).toMatchObject({ title: "Govt lifts ban on road travel for pilgrims to Iraq", section: "Pakistan", author: "Tahir Khan" });
    expect(reasonsOf(frontMatter).get("Count")).toBe("a share menu's button, not article text");
    expect(body).toContain("::: figure\nPilgrims board buses at the border crossing in this file photo.\n\n_AFP/File_\n:::");
    expect(body).not.toMatch(/Count|Whatsapp/);
  });

  it("drops Substack's share menu with its `Notes` and `More`, and takes no section from it", () => {
    const page =
      "The Tigris Dispatch\nSubscribe\nSign in\nShare this post\nThe Tigris Dispatch\nWhy Basra's water is still poisoning people\n" +
      "Copy link\nFacebook\nEmail\nNotes\nMore\nWhy Basra's water is still poisoning people\n" +
      "Eight years after the 2018 crisis, the pipes and the politics haven't changed\nZahra Al-Ali\nJun 16, 2026\n" +
      "Hi all, and welcome to the new subscribers. This week I went back to Basra, where I grew up, to see whether anything has changed since the summer of 2018.\n" +
      "The short answer is: not much. The water that comes from the municipal network is brown in the morning and tastes of salt.\n";
    const { frontMatter, body } = article(page);
    expect(frontMatter.title).toBe("Why Basra's water is still poisoning people");
    expect(frontMatter.section).not.toBe("More");
    const reasons = reasonsOf(frontMatter);
    for (const button of ["Notes", "More"]) expect(reasons.get(button), button).toBe("a share menu's button, not article text");
    expect(reasons.get("Share this post")).toBe("a prompt to share or react, not article text");
    expect(body).toMatch(/^Hi all/);
    // `More` alone, with no service beside it, is left as written.
    expect(article(`${STORY}More\n`).frontMatter.removed?.find(({ text }) => text === "More")?.reason).not.toBe("a share menu's button, not article text");
  });

  it("drops a share button in another language, and keeps a service's name alone on its line", () => {
    const chrome = "Compartir en Whatsapp\nPartager sur Facebook\n";
    const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${chrome}\nFacebook\n\n"This bridge`));
    expect(body).not.toMatch(/Compartir|Partager/);
    expect(frontMatter.organizations).not.toContain("Facebook");
    const alone = article(STORY.replace("\n\n\"This bridge", `\n\nFacebook\n\n"This bridge`));
    expect(alone.body).toContain("Facebook");
  });

  it("drops a time relative to the copy (never a date) and a list of related headlines after the article", () => {
    const related = "More on this story\n\nIraq's water crisis: 'Our river is dying'\n\nBasra protests over salty water spread to three more districts";
    const { frontMatter, body } = article(`${STORY.replace("12 March 2021", "2 hours ago")}\n${related}\n`);
    expect(frontMatter.date).toBeUndefined();
    expect(body).not.toMatch(/hours ago|More on this story|river is dying|salty water/);
    expect(frontMatter.removed?.filter(({ reason }) => reason.startsWith("a list of links"))).toHaveLength(3);
    // A year of two digits still dates a date in numbers.
    expect(readDateLine("14/03/23, 10:30")).toEqual({ date: "2023-03-14", time: "10:30" });
  });

  it("reads a date in numbers between full stops or hyphens day first, and one between slashes in the article's language's order", () => {
    expect(readDateLine("07.11.2024 | 10:32")).toEqual({ date: "2024-11-07", time: "10:32" });
    expect(readDateLine("2019/08/24 | 00:25")).toEqual({ date: "2019-08-24", time: "00:25" });
    const dated = (text: string, dateLine: string) => article(text.replace("12 March 2021", dateLine)).frontMatter;
    // Between slashes, month first in English as the United States writes it; day first in any other language.
    expect(dated(STORY, "Posted: 07/11/2024")).toMatchObject({ date: "2024-07-11", language: "en" });
    const french =
      "International\n\nSyrie : les Kurdes et Damas signent un accord\n\nPar Georges Malbrunot\n\n12 March 2021\n\n" +
      "Après des mois de négociations sous l'égide de Washington, les Forces démocratiques syriennes ont accepté de fondre " +
      "leurs unités dans la nouvelle armée syrienne. Un accord fragile, que la Turquie observe avec méfiance.\n";
    expect(dated(french, "Publié le 02/12/2026 à 18:45, mis à jour le 03/12/2026 à 08:12")).toMatchObject({
      date: "2026-12-02",
      time: "18:45",
      language: "fr",
    });
    expect(dated(french, "Publié le : 09/10/2026 - 15:27")).toMatchObject({ date: "2026-10-09", time: "15:27" });
    // Another date on the page shows its order by a number over 12.
    expect(dated(STORY, "Posted: 07/11/2024\n\nUpdated: 15/11/2024")).toMatchObject({ date: "2024-11-07" });
    // Between hyphens, day first in English too: the United States does not write a date so.
    expect(dated(STORY, "10-03-2026 10:45")).toMatchObject({ date: "2026-03-10", time: "10:45" });
  });

  it("reads a date between slashes day first in English when its line's time is east of Greenwich, month first west of it", () => {
    const dated = (dateLine: string) => article(STORY.replace("12 March 2021", dateLine)).frontMatter;
    // Euronews's, in Lyon: the United States' clocks are all west of Greenwich.
    expect(dated("Published on 07/12/2026 - 13:41 GMT+1")).toMatchObject({ date: "2026-12-07", time: "13:41", language: "en" });
    expect(dated("12/07/2026 10:41 GMT-5")).toMatchObject({ date: "2026-12-07", utcOffset: "-05:00" });
  });

  it("reads a date between slashes that reads either way on the weekday its line names, in English too", () => {
    const dated = (dateLine: string) => article(STORY.replace("12 March 2021", dateLine)).frontMatter;
    // The Arab Weekly's: 6 December 2026 was a Sunday, 12 June 2026 a Friday.
    expect(dated("Sunday 06/12/2026")).toMatchObject({ date: "2026-12-06", language: "en" });
    expect(dated("Friday, 06/12/2026 10:30")).toMatchObject({ date: "2026-06-12", time: "10:30" });
    // A weekday that falls on neither reading settles nothing: the language's order.
    expect(dated("Monday 06/12/2026")).toMatchObject({ date: "2026-06-12" });
  });

  it("reads a date line between slashes in the order a weekday named before such a date in the text shows", () => {
    // The Iraqi parliament's English page: `07/12/2026` alone on its line, its text `on Monday, 7/12/2026`, 7 December
    // a Monday, 12 July a Sunday.
    const page = [
      "Parliament News",
      "The Council of Representatives completes the first reading of the draft Federal Budget Amendment Law",
      "07/12/2026",
      "The Council of Representatives held its 23rd session, chaired by Speaker Mahmoud al-Mashhadani, in the presence of 198 deputies, on Monday, 7/12/2026.",
      "The Speaker then decided to adjourn the session to Tuesday, 8/12/2026.",
    ].join("\n");
    expect(article(page).frontMatter).toMatchObject({ date: "2026-12-07", language: "en" });
    // A weekday that falls on both readings' days or neither settles nothing: month first in English.
    expect(article(page.replace(/on Monday, 7\/12\/2026/, "on Friday, 7/12/2026").replace("Tuesday, 8/12/2026", "next week")).frontMatter.date).toBe("2026-07-12");
  });

  it("reads a date line with the day in the Hijri calendar beside it, an issue of the printed paper, or how long ago", () => {
    const arabic =
      "العالم العربي\n\nأربيل تتهم بغداد بتسييس ملف رواتب موظفي إقليم كردستان\n\n12 March 2021\n\n" +
      "اتهمت حكومة إقليم كردستان العراق، السبت، الحكومة الاتحادية في بغداد بتسييس ملف رواتب موظفي الإقليم، وذلك بعد " +
      "تأخر صرفها لأكثر من ثلاثة أشهر.\n";
    const asharq = article(arabic.replace("12 March 2021", "نشر: 22:15-29 نوفمبر 2026 م ـ 08 جمادي الآخر 1448 هـ")).frontMatter;
    expect(asharq).toMatchObject({ date: "2026-11-29", time: "22:15" });
    // Its English pages spell the Hijri month in Latin letters, the year marked `H`, below a label of each date.
    const english = article(
      STORY.replace(
        "12 March 2021",
        "Published: 23:12-4 December 2026 M ـ 13 Jumada al-Akhirah 1448 H\nLast Updated: 23:12-4 December 2026 M ـ 13 Jumada al-Akhirah 1448 H",
      ),
    );
    expect(english.frontMatter).toMatchObject({ date: "2026-12-04", time: "23:12" });
    expect(english.frontMatter.people).not.toContain("Jumada al-Akhirah");
    expect(english.body).not.toMatch(/Published|Updated/);
    const russian =
      "Мир\n\nГазета «Коммерсантъ» №223 от 04.12.2026, стр. 6\n\nИран пригрозил закрыть Ормузский пролив\n\n" +
      "Иранские власти пригрозили перекрыть Ормузский пролив, через который проходит около пятой части мировой нефти, в " +
      "ответ на новый пакет санкций США против иранского нефтяного сектора.\n";
    expect(article(russian).frontMatter).toMatchObject({ title: "Иран пригрозил закрыть Ормузский пролив", date: "2026-12-04" });
    expect(readDateLine("01/12/2026 16:48 ‧ Há 3 horas por Lusa")).toMatchObject({ time: "16:48", dayFirst: "2026-12-01" });
  });

  it("reads the date below the headline, not the page's clock printed among its menu above the headline", () => {
    const menu = "Press TV\nHome\nNews\nIran\nWest Asia\nWednesday, 02 December 2026 6:52 PM\nWest Asia";
    const dateLine = "Wednesday, 02 December 2026 6:18 PM [ Last Update: Wednesday, 02 December 2026 6:48 PM ]";
    const { frontMatter, body } = article(`${menu}\n${STORY.replace("World\n\n", "").replace("By Jane Doe\n\n12 March 2021", dateLine)}`);
    expect(frontMatter).toMatchObject({ date: "2026-12-02", time: "18:18", title: "Minister opens new bridge over the river" });
    expect(reasonsOf(frontMatter).get("Wednesday, 02 December 2026 6:52 PM")).toMatch(/clock/);
    expect(body).not.toMatch(/6:52|6:18/);
    // A date above the headline alone is still the article's.
    expect(article(`Wednesday, 02 December 2026 6:52 PM\n${STORY.replace("\n12 March 2021\n", "")}`).frontMatter).toMatchObject({ time: "18:52" });
  });

  it("reads a date line in Kurmanji, the place in capitals above the writer's name, and the language in Latin letters", () => {
    const page =
      "Kurdistan\nJi bo vegera koçberên Şengalê banga lezgîn\n" +
      "Meclisa Xweser a Êzidxanê diyar kir ku zêdetirî 2 hezar malbatên êzidî yên di kampên Dihokê de dixwazin vegerin Şengalê, lê rê li ber wan tê girtin.\n" +
      "ŞENGAL\nHêvî Mizgîn\nSêşem, 2 Kanûn 2026, 14:35\n" +
      "Hevserokê Meclisa Xweser a Êzidxanê Xeyrî Hesen di daxuyaniyekê de got ku zêdetirî 2 hezar malbatên êzidî yên di kampên Dihokê de ji bo vegera Şengalê serlêdan kirine, lê bi hinceta kontrola ewlehiyê li xalên kontrolê têne vegerandin.\n" +
      "Li gorî agahiyên Meclisê, tenê di meha Mijdarê de 340 malbat ji kampên Şarya, Kebarto û Xanke vegeriyan Şengalê.\n";
    const { frontMatter, body } = article(page);
    // The dateline's place first; then the camps' names after their kind (`kampên Dihokê`, `kampên Şarya, Kebarto
    // û Xanke`).
    expect(frontMatter).toMatchObject({
      date: "2026-12-02",
      time: "14:35",
      author: "Hêvî Mizgîn",
      places: ["Şengal", "Dihok", "Kebarto", "Şarya", "Xanke"],
      language: "ku",
    });
    expect(body).not.toMatch(/Sêşem|ŞENGAL/);
    expect(textDirection(frontMatter.language)).toBe("ltr");
    expect(readDateLine("4 Kanûna Paşîn 2027")).toEqual({ date: "2027-01-04" });
    expect(readDateLine("În, 9 Cotmeh 2026")).toEqual({ date: "2026-10-09" });
  });

  it("reads a time on the line below a date after the article, not the time the page was updated", () => {
    const russian =
      "В мире\n\nИрак и Турция договорились о совместной операции против РПК\n\n" +
      "БАГДАД, 2 дек — РИА Новости. Власти Ирака и Турции договорились о создании совместного оперативного центра для " +
      "борьбы с Рабочей партией Курдистана (РПК), сообщил министр иностранных дел Ирака.\n\n" +
      "02.12.2026\n13:45\n(обновлено: 14:20 02.12.2026)\nИрак\nТурция\n";
    const { frontMatter, body } = article(russian);
    expect(frontMatter).toMatchObject({ date: "2026-12-02", time: "13:45" });
    expect(body).not.toMatch(/13:45|обновлено/);
  });

  it("drops a photo's labels for screen readers, not a caption printed on the label's line", () => {
    const { body, frontMatter } = article(`${STORY}\nImage source, Getty Images\n\nImage caption, Crowds crossed the bridge on its first day\n`);
    expect(body).not.toContain("Getty Images");
    expect(body).toContain("Image caption, Crowds crossed the bridge on its first day");
    expect(reasonsOf(frontMatter).get("Image source, Getty Images")).toMatch(/site chrome/);
  });

  it("reads the BBC's labels for screen readers around a photo in its other languages: the caption a figure, its credit kept", () => {
    const labels = {
      fa: ["اعتبار عکس، Getty Images", "توضیح تصویر،", "نمایی از شهر سنندج، مرکز استان کردستان ایران"],
      ar: ["مصدر الصورة، Getty Images", "التعليق على الصورة،", "جسر جديد فوق نهر دجلة في بغداد"],
      ru: ["Автор фото, Getty Images", "Подпись к фото,", "Новый мост через Тигр в Багдаде"],
    };
    for (const [language, [source, label, caption]] of Object.entries(labels)) {
      const { body } = article(STORY.replace("The minister of transport", `${source}\n${label}\n${caption}\n\nThe minister of transport`));
      expect(body, language).toContain(`::: figure\n${caption}\n\n_Getty Images_\n:::`);
      expect(body, language).not.toContain(label!);
    }
  });

  it("reads the line right below a photo agency's name as the photo's caption, not the article's lead", () => {
    const caption = "Crowds crossed the bridge on its first day";
    const photo = (below: string) => article(STORY.replace("12 March 2021\n\n", `12 March 2021\n\nGetty Images\n${below}\n\n`));
    const { body, frontMatter } = photo(caption);
    expect(body).toMatch(new RegExp(`^::: figure\n${caption}\n\n_Getty Images_\n:::\n\nThe minister of transport`));
    expect(reasonsOf(frontMatter).get("Getty Images")).toBe("a photo's credit, kept with its caption");
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
    // A photo without a caption: the sentence below the credit is the lead.
    const lead = "Traffic crossed the river for the first time in a decade on Friday.";
    expect(photo(lead).body).toMatch(new RegExp(`^${lead}\n\nThe minister of transport`));
  });

  it("reads a caption that ends in its credit as a photo's, with the paragraph on the line right below it apart", () => {
    const caption = "Crowds crossed the bridge on its first day. Photograph: Safin Hamed/AFP/Getty Images";
    const { body } = article(STORY.replace("\n\n\"This bridge", `\n\n${caption}\n"This bridge`));
    expect(body).toContain("::: figure\nCrowds crossed the bridge on its first day.\n\n_Photograph: Safin Hamed/AFP/Getty Images_\n:::\n\n\"This bridge");
    // A sentence that names a photograph is the article's.
    const sentence = "The museum showed the bridge in 1920. Photographs: the archive holds 40 of them.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${sentence}\n\n"This bridge`)).body).not.toContain("figure");
  });

  it("drops the page's controls by the header: a short address to copy, a save button, how long ago it was updated", () => {
    const controls = ["Short Url\nhttps://arab.news/abcd3", "Permalink https://p.dw.com/p/4OgKl", "| Last update: 1 year 2 months ago", "Add to your saved stories", "Bookmark"];
    for (const control of controls) {
      const { body, frontMatter } = article(STORY.replace("12 March 2021\n\n", `12 March 2021\n\n${control}\n\n`));
      expect(body, control).toMatch(/^The minister of transport/);
      for (const line of control.split("\n")) expect(reasonsOf(frontMatter).get(line), control).toBeDefined();
    }
  });

  it("reads the credits Al Jazeera, Haaretz, The National, DW and sites in other languages close a caption with, not a sentence's words", () => {
    const captions = {
      "Crowds cross the bridge on its first day [Ahmed Jalil/EPA]": ["Crowds cross the bridge on its first day", "Ahmed Jalil/EPA"],
      "Crowds cross the bridge on its first day [Reuters]": ["Crowds cross the bridge on its first day", "Reuters"],
      "Crowds cross the bridge on its first day.Credit: Ayman Yaqoob/Anadolu via AFP": [
        "Crowds cross the bridge on its first day.",
        "Ayman Yaqoob/Anadolu via AFP",
      ],
      "Crowds cross the bridge on its first day. Chris Whiteoak / The National": [
        "Crowds cross the bridge on its first day.",
        "Chris Whiteoak / The National",
      ],
      // DW's, its agency's name in small letters.
      "Crowds cross the bridge on its first day. Image: picture-alliance/dpa": [
        "Crowds cross the bridge on its first day.",
        "Image: picture-alliance/dpa",
      ],
      // EFE's, RFI's, Público's, El País', DW's run on, F.A.Z.'s and Corriere's.
      "Agentes de la Policía turca en Estambul. EFE/ Erdem Sahin": ["Agentes de la Policía turca en Estambul.", "EFE/ Erdem Sahin"],
      "Des militants à Paris, en janvier 2023. AFP - JULIEN DE ROSA": ["Des militants à Paris, en janvier 2023.", "AFP - JULIEN DE ROSA"],
      "Uma mulher vota numa assembleia de voto em Bagdad Reuters/THAIER AL-SUDANI": ["Uma mulher vota numa assembleia de voto em Bagdad", "Reuters/THAIER AL-SUDANI"],
      // The photographer goes with the agency, not with the caption.
      "Trabajadores durante un desfile en Bagdad, en junio de 2025.AHMAD AL-RUBAYE (AFP)": ["Trabajadores durante un desfile en Bagdad, en junio de 2025.", "AHMAD AL-RUBAYE (AFP)"],
      "Syrische Rückkehrer am Grenzübergang Masnaa im NovemberBild: Louai Beshara/AFP/Getty Images": ["Syrische Rückkehrer am Grenzübergang Masnaa im November", "Bild: Louai Beshara/AFP/Getty Images"],
      "Die Anlage Fordo auf einem Satellitenbild (Archivbild) Bild: Reuters": ["Die Anlage Fordo auf einem Satellitenbild (Archivbild)", "Bild: Reuters"],
      "Papa Leone XIV durante la visita a Qaraqosh (Ansa)": ["Papa Leone XIV durante la visita a Qaraqosh", "Ansa"],
      // Al-Monitor's, a dash before the photographer and agency; The New Arab's, the agency alone in square brackets.
      "Soldiers at Ain al-Asad air base, Jan. 14, 2020. - JOHN DAVISON/AFP via Getty Images": ["Soldiers at Ain al-Asad air base, Jan. 14, 2020.", "JOHN DAVISON/AFP via Getty Images"],
      "Residents fill containers at a public tap in southern Tehran on 25 November 2026. [Getty]": ["Residents fill containers at a public tap in southern Tehran on 25 November 2026.", "Getty"],
    };
    for (const [line, [caption, credit]] of Object.entries(captions)) {
      const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${line}\n\n"This bridge`));
      expect(body, line).toContain(`::: figure\n${caption}\n\n_${credit}_\n:::`);
      expect(frontMatter.people ?? [], line).not.toContain("Erdem Sahin");
    }
    // A paragraph that cites a poll, and a subhead that names a picture, are the article's.
    const poll = "Turnout was about 41 percent, the commission said, citing Reuters/IPSOS";
    const subhead = "Im Bild: Der Präsident und seine Frau";
    for (const line of [poll, subhead]) {
      expect(article(STORY.replace("\n\n\"This bridge", `\n\n${line}\n\n"This bridge`)).body, line).not.toContain("figure");
    }
  });

  it("reads a caption that ends in its agency as Arabic and Kurdish sites write it as the photo's, never as the summary", () => {
    const page = (caption: string, last = "وأضاف أن العمل في الجسر استمر عشر سنوات بسبب نقص التمويل.") =>
      article(
        `جسر جديد يربط ضفتي النهر في الموصل\n${caption}\n\nافتتح وزير النقل، اليوم الجمعة، الجسر الجديد فوق نهر دجلة في مدينة الموصل، منهيا عشر سنوات من التأخير.\n\n${last}\n`,
      );
    const captions = {
      "عمال يعبرون الجسر الجديد في الموصل (رويترز)": ["عمال يعبرون الجسر الجديد في الموصل", "رويترز"],
      "احتجاجات في السليمانية للمطالبة بصرف الرواتب (أ.ف.ب)": ["احتجاجات في السليمانية للمطالبة بصرف الرواتب", "أ.ف.ب"],
      "سد الموصل على نهر دجلة شمال العراق (أ ف ب)": ["سد الموصل على نهر دجلة شمال العراق", "أ ف ب"],
      "وەزارەتی دارایی هەرێمی کوردستان (وێنە: ڕووداو)": ["وەزارەتی دارایی هەرێمی کوردستان", "وێنە: ڕووداو"],
    };
    for (const [line, [caption, credit]] of Object.entries(captions)) {
      const { body, frontMatter } = page(line);
      expect(body, line).toMatch(new RegExp(`^::: figure\n${caption}\n\n_${credit}_\n:::\n\nافتتح وزير النقل`));
      expect(frontMatter.summary, line).toMatch(/^افتتح وزير النقل/);
    }
    // A wire story's last paragraph that closes on its agency after its full stop is the article's.
    const wire = "وأضاف أن العمل في الجسر استمر عشر سنوات بسبب نقص التمويل. (أ ف ب)";
    const { body } = page("عمال يعبرون الجسر الجديد في الموصل (رويترز)", wire);
    expect(body.trimEnd().endsWith(`.\n\n${wire}`)).toBe(true);
    expect(body.split("::: figure")).toHaveLength(2);
  });

  it("reads a caption that says its photo is an old one or a screenshot as a caption, not a paragraph or a subhead", () => {
    const captioned = ["Irak ordusu (Arşiv)", "Граница между Ираком и Турцией. Архивное фото", "Screenshot of the false post, taken on April 14, 2026"];
    for (const caption of captioned) {
      const { body } = article(STORY.replace("\n\n\"This bridge", `\n\n${caption}\n\n"This bridge`));
      expect(body, caption).toContain(`::: figure\n${caption}\n:::`);
    }
    // RIA Novosti's credit on the line above the caption: the photo's copyright and photographer.
    const ria = article(STORY.replace("\n\n\"This bridge", `\n\n© AFP 2026 / Safin Hamid\n${captioned[1]}\n\n"This bridge`));
    expect(ria.body).toContain(`::: figure\n${captioned[1]}\n\n_AFP 2026 / Safin Hamid_\n:::`);
    expect(reasonsOf(ria.frontMatter).get("© AFP 2026 / Safin Hamid")).toBe("a photo's credit, kept with its caption");
    const sentence = "Screenshots of the posts were shared widely on Facebook and X on Monday.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${sentence}\n\n"This bridge`)).body).not.toContain("figure");
  });

  it("reads a gallery's photos, each a news agency's name above its caption, and BBC Persian's labels for screen readers", () => {
    const gallery = STORY.replace(
      "\n\n\"This bridge",
      "\n\nReuters\nCrowds crossed the bridge on its first day\n\nPA Media\nA girl holds a flag at the opening ceremony\n\n\"This bridge",
    );
    const { body, frontMatter } = article(gallery);
    expect(body).toContain("::: figure\nCrowds crossed the bridge on its first day\n\n_Reuters_\n:::");
    expect(body).toContain("::: figure\nA girl holds a flag at the opening ceremony\n\n_PA Media_\n:::");
    expect(reasonsOf(frontMatter).get("PA Media")).toBe("a photo's credit, kept with its caption");
    // An agency's own page opens with its name, its headline below it.
    const agencyPage = article(`Reuters\nMinister opens new bridge over the river\n\n${STORY.split("12 March 2021\n\n")[1]}`);
    expect(agencyPage.frontMatter.title).toBe("Minister opens new bridge over the river");
    const persian = article(
      STORY.replace("12 March 2021\n\n", "12 March 2021\n\nاعتبار عکس، Getty Images\nتوضیح تصویر،\nنمایی از شهر سنندج، مرکز استان کردستان ایران\n\n"),
    );
    expect(persian.body).toMatch(/^::: figure\nنمایی از شهر سنندج، مرکز استان کردستان ایران\n\n_Getty Images_\n:::\n\nThe minister of transport/);
    expect(persian.frontMatter.summary).toMatch(/^The minister of transport/);
    // F.A.Z.'s button that shows a photo's caption is the page's.
    const faz = article(STORY.replace("12 March 2021\n\n", "12 March 2021\n\nBildbeschreibung einblenden\n\n"));
    expect(faz.frontMatter.summary).toMatch(/^The minister of transport/);
    expect(reasonsOf(faz.frontMatter).get("Bildbeschreibung einblenden")).toMatch(/site chrome/);
  });

  it("reads a caption below the header that ends on a credit of another form as the photo's, never as the summary", () => {
    const captions = {
      // Daily Sabah's, Ahram Online's, Human Rights Watch's, Bloomberg's, ANF's (Kurmanji `Wêne`, photo) and CENTCOM's.
      "Photo shows a view of the new bridge in Mosul. (Shutterstock Photo)": ["Photo shows a view of the new bridge in Mosul.", "Shutterstock Photo"],
      "The minister and the mayor cut the ribbon at the bridge. Photo courtesy of the Ministry of Transport": [
        "The minister and the mayor cut the ribbon at the bridge.",
        "Photo courtesy of the Ministry of Transport",
      ],
      "Crowds on the new bridge in Mosul, March 2021. © 2021 Human Rights Watch": ["Crowds on the new bridge in Mosul, March 2021.", "© 2021 Human Rights Watch"],
      "The new bridge over the Tigris in Mosul. Photographer: Ali Hassan/Bloomberg": ["The new bridge over the Tigris in Mosul.", "Photographer: Ali Hassan/Bloomberg"],
      "Pira nû ya li ser çemê Dîcleyê. (Wêne: ANF)": ["Pira nû ya li ser çemê Dîcleyê.", "Wêne: ANF"],
      "An engineer inspects the new bridge, March 10, 2021. (U.S. Army photo by Sgt. Kayla Brooks)": [
        "An engineer inspects the new bridge, March 10, 2021.",
        "U.S. Army photo by Sgt. Kayla Brooks",
      ],
    };
    for (const [line, [caption, credit]] of Object.entries(captions)) {
      const { body, frontMatter } = article(STORY.replace("12 March 2021\n\n", `12 March 2021\n\n${line}\n\n`));
      expect(body.startsWith(`::: figure\n${caption}\n\n_${credit}_\n:::\n\nThe minister of transport`), `${line}\n${body}`).toBe(true);
      expect(frontMatter.summary, line).toMatch(/^The minister of transport/);
      expect(frontMatter.people ?? [], line).not.toContain("Shutterstock Photo");
    }
    // A sentence of the article that goes on after a courtesy is the article's.
    const sentence = "The council thanked the builders. Courtesy of the weather, work ended early. Traffic began on Friday.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${sentence}\n\n"This bridge`)).body).not.toContain("figure");
  });

  it("reads a sentence above a photo's credit below the byline as the caption, as Gulf News prints it, not between paragraphs", () => {
    const gulfNews = article(STORY.replace("12 March 2021\n\n", "12 March 2021\n\nCrowds on the bridge on Friday.\nImage Credit: Supplied\n\n"));
    expect(gulfNews.body).toMatch(/^::: figure\nCrowds on the bridge on Friday\.\n\n_Supplied_\n:::\n\nThe minister of transport/);
    expect(gulfNews.frontMatter.summary).toMatch(/^The minister of transport/);
    expect(reasonsOf(gulfNews.frontMatter).get("Image Credit: Supplied")).toBe("a photo's credit, kept with its caption");
    // Between the article's paragraphs, the sentence above a photo printed without a caption is the article's.
    const sentence = "Traffic began on Friday.";
    const between = article(STORY.replace("\n\n\"This bridge", `\n${sentence}\nImage: Reuters\n\n"This bridge`));
    expect(between.body).not.toContain("figure");
    expect(between.body).toContain(sentence);
  });

  it("keeps a photo's credit printed alone between paragraphs as the photo's caption, its credit only, in any language", () => {
    const page = (credit: string) =>
      [
        "Explosão em depósito de armas deixa cinco mortos em Bagdade",
        "3 de dezembro de 2026",
        "Uma explosão num depósito de armas de uma milícia no sul de Bagdade matou pelo menos cinco pessoas na quarta-feira, segundo fontes de segurança.",
        "",
        credit,
        "",
        "O depósito pertencia a uma das facções armadas das Forças de Mobilização Popular, disse um responsável do Ministério do Interior.",
        "",
        "As autoridades abriram um inquérito para apurar as causas da explosão, que foi ouvida em vários bairros da capital.",
      ].join("\n");
    for (const credit of ["Foto: Ahmed Jalil - Reuters (arquivo)", "Photo: Safin Hamed/AFP", "Foto: EPA/STRINGER", "Photograph: Ari Jalal/Reuters"]) {
      const { body, frontMatter } = article(page(credit));
      expect(body, credit).toContain(`segundo fontes de segurança.\n\n::: figure\n_${credit}_\n:::\n\nO depósito pertencia`);
      expect(frontMatter.removed?.map(({ text }) => text) ?? [], credit).not.toContain(credit);
    }
    // Below the article's last paragraph, a credit alone is the page's: no paragraph of the article below it.
    const below = article(`${page("Photo: Safin Hamed/AFP").replace("\n\nPhoto: Safin Hamed/AFP", "")}\n\nPhoto: Safin Hamed/AFP\n`);
    expect(below.body).not.toContain("figure");
    expect(reasonsOf(below.frontMatter).get("Photo: Safin Hamed/AFP")).toMatch(/site chrome/);
  });

  it("reads the writer's name above the credit of the page's picture as the byline, as Axios prints it, not as a caption", () => {
    const axios = `Axios\n\nDec 4, 2026 - World\nScoop: Minister opens new bridge over the river\nBarak Ravid\nIllustration: Aïda Amer/Axios\nThe minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.\n"This bridge joins two halves of one city," she said at the ceremony.\n`;
    const { body, frontMatter } = article(axios);
    expect(frontMatter.author).toBe("Barak Ravid");
    expect(body).not.toContain("figure");
    expect(body).toMatch(/^The minister of transport/);
  });

  it("reads a caption that says where someone stands by initials as the photo's, not a sentence that reports speech", () => {
    const irna = "Foreign Minister Anna Berg (R) and the mayor of Mosul meet at the bridge on Friday.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${irna}\n\n"This bridge`)).body).toContain(`::: figure\n${irna}\n:::`);
    const senator = "Senator John Smith (R) said the bridge was built on time.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${senator}\n\n"This bridge`)).body).not.toContain("figure");
  });

  it("drops the controls and labels pages print by the header: share and alert buttons, a contact box, a player's length, a release's number", () => {
    const controls = [
      // Haaretz's, Ahram Online's, Bloomberg's, Human Rights Watch's and CENTCOM's.
      "Get email notification for articles from Jane Doe\nFollow\nShare in Facebook\nShare in Twitter",
      "Share/Bookmark",
      "Translate",
      "Contact us:\nProvide news feedback or report an error\nConfidential tip?\nSend a tip to our reporters\nSite feedback:\nTake our Survey",
      "Listen\n4:11",
      "Click to expand Image",
      "Release No: 20210312-01",
    ];
    for (const control of controls) {
      const { body, frontMatter } = article(STORY.replace("12 March 2021\n\n", `12 March 2021\n\n${control}\n\n`));
      expect(body, control).toMatch(/^The minister of transport/);
      for (const line of control.split("\n")) expect(reasonsOf(frontMatter).get(line), control).toBeDefined();
    }
  });

  it("keeps the caption of a press release's photo below its end mark, and leaves out the sender's contacts", () => {
    const release = STORY.replace(/\n$/, "\n\n-END-\nPhoto: Crowds on the new bridge, March 12, 2021. (U.S. Army photo by Sgt. Kayla Brooks)\nContact Us\nPhone: (813) 529-0220\n");
    const { body, frontMatter } = article(release);
    expect(body).toContain("::: figure\nPhoto: Crowds on the new bridge, March 12, 2021.\n\n_U.S. Army photo by Sgt. Kayla Brooks_\n:::");
    expect(body).not.toMatch(/END|Phone/);
    expect(reasonsOf(frontMatter).get("-END-")).toMatch(/end mark|ends with/);
  });

  it("drops a release's link to the sender's pages on its subject, below its contacts, and a pointer of its kind between paragraphs", () => {
    const more = "Find out more about the ministry's work on bridges";
    const { body, frontMatter } = article(`${STORY}\nFor further information, please contact:\nAnna Berg, tel: +49 30 1234 5678\n${more}\n`);
    expect(body).not.toContain("Find out more");
    expect(reasonsOf(frontMatter).get(more)).toMatch(/^a pointer to another/);
    const french = "En savoir plus sur les ponts de la ville";
    const between = article(STORY.replace('\n\n"This bridge', `\n\n${french}\n\n"This bridge`));
    expect(between.body).not.toContain("En savoir plus");
    // A sentence that begins so is the article's.
    const sentence = "Learn more about the bridge at the town hall, which shows the plans until May.";
    expect(article(STORY.replace('\n\n"This bridge', `\n\n${sentence}\n\n"This bridge`)).body).toContain(sentence);
  });

  it("drops a label of the piece's kind and a desk's credit between the date line and the lead, not a report's first heading", () => {
    // The Washington Institute's `Brief Analysis` below the date line; the Iraqi parliament's `Media Directorate`
    // there, signed again at the foot.
    const labelled = STORY.replace("12 March 2021\n", "12 March 2021\nBrief Analysis\n");
    const analysis = article(labelled);
    expect(analysis.body).toMatch(/^The minister of transport/);
    expect(reasonsOf(analysis.frontMatter).get("Brief Analysis")).toBe("the kind of piece it is, a label above the article's text, not article text");
    const signed = STORY.replace("12 March 2021\n", "12 March 2021\nMedia Directorate\n");
    const desk = article(`${signed}\nMedia Directorate\nMinistry of Transport\n12/3/2021\nPrint\nShare\n`);
    expect(desk.body).toMatch(/^The minister of transport/);
    expect(desk.body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(desk.frontMatter.removed?.find(({ text }) => text === "Media Directorate")?.reason).toBe(
      "the desk's credit above the article's text, signed again below it, not article text",
    );
    expect(desk.frontMatter.organizations).not.toContain("Media Directorate");
    // A heading there that the foot does not print again heads the article's first part.
    const report = article(STORY.replace("12 March 2021\n", "12 March 2021\n\nSummary\n"));
    expect(report.body).toMatch(/^## Summary\n\nThe minister of transport/);
  });

  it("drops a table of contents that lists the article's own subheads, and keeps the subheads", () => {
    // Semafor's, below the header.
    const contents = "In this article:\nThe Bridge\nThe View From Mosul\n\nThe Bridge\n\n";
    const parts = "\n\nThe View From Mosul\n\nResidents welcomed the bridge, which cut the drive to the university from an hour to ten minutes.\n";
    const { body, frontMatter } = article(STORY.replace("12 March 2021\n\n", `12 March 2021\n\n${contents}`).replace(/\n$/, parts));
    expect(body).toMatch(/^## The Bridge\n\nThe minister of transport/);
    expect(body).toContain("## The View From Mosul\n\nResidents welcomed");
    expect(body.split("The View From Mosul")).toHaveLength(2);
    expect(reasonsOf(frontMatter).get("In this article:")).toMatch(/table of contents/);
  });

  it("drops a paragraph a scrape printed twice in a row, and records it", () => {
    const paragraph = "The bridge cost 40 million euros, twice what the council first planned.";
    const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${paragraph}\n\n${paragraph}\n\n"This bridge`));
    expect(body.split(paragraph)).toHaveLength(2);
    expect(reasonsOf(frontMatter).get(paragraph)).toMatch(/printed again/);
  });

  it("drops a second copy of the page pasted below the first, its header and paragraphs, and keeps a paragraph only it has", () => {
    const header = ["The Daily River", "Home", "World", "Business", "World", "Minister opens new bridge over the river", "By Jane Doe", "12 March 2021"];
    const text = [
      "The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.",
      "\"This bridge joins two halves of one city,\" she said at the ceremony, to applause from a crowd of several hundred.",
      "The bridge cost 40 million euros, twice what the council first planned when work began in 2011.",
      "Traffic on the old ferry route is expected to fall by half within a year, the council said in a statement.",
    ];
    const added = "Work on a second bridge further north is due to start next spring, the minister added.";
    const second = [...header.slice(1), ...text.slice(0, 3), added, text[3]!];
    const page = [...header, ...text, "Read more", "Flood warning for the valley as the river rises", ...second, "© 2021 The Daily River"].join("\n\n");
    const { body, frontMatter } = article(`${page}\n`);
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    for (const paragraph of text) expect(body.split(paragraph)).toHaveLength(2);
    expect(body).toContain(`${text[3]}\n\n${added}\n`);
    expect(body).not.toContain("#");
    const copied = frontMatter.removed!.filter(({ reason }) => reason.startsWith("a second copy of the article"));
    expect(copied.map(({ text }) => text)).toEqual([...header.slice(1), ...text]);
    // Two paragraphs printed again below the headline are no copy of the article.
    const quoted = [...header, ...text, "Minister opens new bridge over the river", ...text.slice(1, 3), "© 2021 The Daily River"].join("\n\n");
    expect(article(`${quoted}\n`).frontMatter.removed!.some(({ reason }) => reason.startsWith("a second copy"))).toBe(false);
  });

  it("drops a pull quote, the article's words set apart in quotation marks, not a quoted paragraph said twice", () => {
    const said = "“The river has never been this low,” said Anna Berg. Farmers agree the river has never been this low in living memory.";
    const pull = (quote: string) => article(STORY.replace("\n\n\"This bridge", `\n\n${quote}\n\n${said}\n\n"This bridge`));
    const { body, frontMatter } = pull("“The river has never been this low”");
    expect(body).toContain(`ending ten years of delays for the town.\n\n${said}`);
    expect(reasonsOf(frontMatter).get("“The river has never been this low”")).toMatch(/pull quote/);
    expect(pull("“The river has never been this low.”").body).toContain("“The river has never been this low.”\n\n");
  });

  it("drops a pull quote with its full stop inside the quotation marks, a sentence the text writes whole, each time it is printed", () => {
    const said = "\"The crossing is for trucks and for officials,\" said Dilovan, 23. \"The river is for everybody else.\"";
    const pull = "“The river is for everybody else.”";
    const later = "The trade is not new. During the civil war, the river was the lifeline of a region under embargo from all sides.";
    const text = [said, "Since the agreement signed in March 2025, the northeast has slowly been folded back into the Syrian state.", pull, later];
    const far = Array.from({ length: 7 }, (_, i) => `Smugglers said the fees at checkpoint number ${i + 1} had doubled since the summer.`);
    const { body, frontMatter } = article(withBody([...text, ...far, pull].join("\n\n")));
    expect(body.split("river is for everybody else")).toHaveLength(2);
    expect(body).toContain(said);
    expect(frontMatter.removed?.filter(({ text }) => text === pull).map(({ reason }) => reason)).toEqual(
      Array(2).fill("a pull quote: the article's own words printed again, not more text"),
    );
  });

  it("drops a pull quote that repeats the paragraph above by its words, a comma of the paragraph's a full stop or dropped", () => {
    const lead =
      "Iraq's interior minister vowed on Wednesday to prosecute officials who help smuggle subsidised fuel out of the country through the port of Umm Qasr.";
    const later = "The inquiry found that at least 40 tankers had sailed from Umm Qasr in the past year with forged export permits.";
    const page = (said: string, pull: string) => withBody([lead, said, pull, later].join("\n\n"));
    const said = "“Smuggling is a crime, and we will pursue it,” the minister said at a news conference in Basra.";
    const pull = "“Smuggling is a crime and we will pursue it.”";
    const { body, frontMatter } = article(page(said, pull));
    expect(body).toBe(`${lead}\n\n${said}\n\n${later}\n`);
    expect(reasonsOf(frontMatter).get(pull)).toMatch(/^a pull quote/);
    // The paragraph's full stop set apart as a comma, the quote without its stop.
    const stopped = "The minister said: “Smuggling is a crime. We will pursue it wherever it leads.”";
    const comma = "“Smuggling is a crime, we will pursue it wherever it leads”";
    expect(article(page(stopped, comma)).body).not.toContain(comma);
    // Other words are no repeat: `and` the quote has where the paragraph has none.
    expect(article(page(stopped, "“Smuggling is a crime and we will pursue it wherever it leads”")).body).toContain("crime and we");
  });

  it("drops a Spanish page's share and comment controls and its box of more news on the topic", () => {
    const page = [
      "Internacional",
      "Erdogan y el PKK: la paz que nadie se atreve a firmar",
      "Lucía Méndez Iglesias",
      "Actualizado Sábado, 28 noviembre 2026 - 19:42",
      "Compartir en Facebook",
      "Compartir en Twitter",
      "Enviar por email",
      "Ver 14 comentarios",
      "Cuando los primeros treinta combatientes del PKK quemaron sus fusiles en una cueva cerca de Sulaimaniya, el proceso de paz parecía irreversible.",
      "La ley es precisamente lo que falta, dicen los diputados kurdos en Ankara.",
      "Más noticias sobre Turquía",
      "Turquía detiene a 40 personas por presunto espionaje para Irán",
      "El alcalde encarcelado de Estambul, Imamoglu, comparece de nuevo ante el juez",
      "Comentarios",
      "Ver 14 comentarios",
      "Normas de participación",
      "",
    ].join("\n");
    const { body, frontMatter } = article(page);
    expect(body).toMatch(/^Cuando los primeros treinta combatientes/);
    expect(body.trimEnd()).toMatch(/dicen los diputados kurdos en Ankara\.$/);
    expect(reasonsOf(frontMatter).get("Más noticias sobre Turquía")).toBe("a list of links to other articles, after the article");
  });

  it("drops a Reuters writer's card below the article, its note without their name, and the page's suggested topics", () => {
    const tail = ["Suggested Topics:", "Middle East", "Iraq", "Timour Azhari", "Thomson Reuters", "Covers Iraq from Baghdad. Previously based in Beirut."];
    const { body, frontMatter } = article(`${STORY}\n${tail.join("\n")}\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get(tail.at(-1)!)).toBe("a note about the writer, after the article");
  });

  it("drops a pointer to another article between paragraphs, not a sentence that begins like one", () => {
    const pointer = "READ MORE: Iraq's parliament passes the 2021 budget";
    const sentence = "Read more: the ministry published the full plans on Friday, with costs.";
    const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${pointer}\n\nStory continues below advertisement\n\n${sentence}\n\n"This bridge`));
    expect(body).not.toMatch(/parliament passes|Story continues/);
    expect(body).toContain("the ministry published the full plans on Friday");
    expect(reasonsOf(frontMatter).get(pointer)).toMatch(/another article/);
    // After its label and colon, a headline of two sentences.
    const twoSentences = "Related: Iraq's date palms are dying. Farmers blame Turkey.";
    const related = article(STORY.replace("\n\n\"This bridge", `\n\n${twoSentences}\n\n"This bridge`));
    expect(related.body).not.toContain("date palms");
    expect(reasonsOf(related.frontMatter).get(twoSentences)).toMatch(/another article/);
    const next = "Read next: Sudani: Iraq will not be a launchpad for attacks on neighbors";
    const read = article(STORY.replace("\n\n\"This bridge", `\n\n${next}\n\n"This bridge`));
    expect(read.body).not.toContain("launchpad");
    expect(reasonsOf(read.frontMatter).get(next)).toMatch(/another article/);
  });

  it("drops a long article's links to its other pages, and keeps the text of every page", () => {
    const paged = STORY.replace("\n\n\"This bridge", "\n\nNext page »\n\nPage 2 of 2\n\n\"This bridge");
    const { body, frontMatter } = article(`${paged}\n« Previous page\n`);
    expect(body).not.toMatch(/Next page|Previous page/);
    expect(body).toContain("ending ten years of delays for the town.\n\n\"This bridge joins");
    expect(reasonsOf(frontMatter).get("Next page »")).toMatch(/site chrome/);
  });

  it("drops the foot of a reader Q&A: the invitation to write in, the box of the column's other issues, the site's note on itself", () => {
    const foot = [
      "Have a question for next month? Write to editor@rivertown.example",
      "Share",
      "Facebook",
      "Email",
      "More from Ask the Editor",
      "February: Your questions about the ferry timetable",
      "January: Why is the river so low?",
      "River Town Chronicle is published by the River Town Chronicle Foundation.",
      "© 2026",
    ];
    const { body, frontMatter } = article(`River Town Chronicle\n${STORY}\n${foot.join("\n")}\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get(foot[0]!)).toBe("an invitation to write to the site, after the article");
    expect(reasons.get(foot[7]!)).toBe("the site's note on itself (who publishes it, what it is), after the article");
    expect(frontMatter.organizations ?? []).not.toContain("River Town Chronicle Foundation");
    // The site named by its copyright line.
    const nonprofit = "Syria Direct is an independent, nonprofit news organization.";
    const direct = article(`${STORY}\nShare this\n${nonprofit}\nSupport our journalism\n© 2026 Syria Direct\n`);
    expect(direct.body.trimEnd()).toMatch(/at the ceremony\.$/);
    // The article's last sentence about another outlet is the article's.
    const other = "Rudaw is a Kurdish media network based in Erbil.";
    expect(article(`${STORY}\n${other}\n© 2026 Syria Direct\n`).body).toContain(other);
  });

  it("leaves out a wire's end mark, `(END)`, and the desk's contacts below it", () => {
    const { body, frontMatter } = article(`${STORY}\n(END)\n\nkdy@yna.co.kr\n\n(END)\n`);
    expect(body.trimEnd()).toMatch(/at the ceremony\.$/);
    expect(reasonsOf(frontMatter).get("kdy@yna.co.kr")).toMatch(/end mark/);
  });

  it.each([["[END OF TRANSCRIPT]"], ["[END]"], ["— END —"]])("leaves out a transcript's end mark, `%s`, and the page's copyright line below it", (mark) => {
    const copyright = "Copyright 2026 The Town Courier. All rights reserved. This transcript may not be reproduced without permission.";
    const transcript = withBody("HOST: Minister, thank you.\n\nMINISTER: Thank you. The bridge will be open to traffic from Monday.");
    const { body, frontMatter } = article(`${transcript}\n${mark}\n\n${copyright}\n`);
    expect(body.trimEnd()).toMatch(/open to traffic from Monday\.$/);
    expect(reasonsOf(frontMatter).get(mark)).toBe("the mark a press release, wire copy or transcript ends with, not article text");
    expect(reasonsOf(frontMatter).get(copyright)).toMatch(/copyright/);
  });

  it("drops a box of pointers between paragraphs, its label and every headline in it, not a subhead below it", () => {
    const box = (lines: string[]) => article(STORY.replace("\n\n\"This bridge", `\n\n${lines.join("\n")}\n\n"This bridge`));
    const headlines = ["UAE unveils plan to cut emissions by 40 per cent", "Why Are So Many Young People Buying Flip Phones?"];
    for (const label of ["READ MORE", "Editors’ Picks", "Related"]) {
      const { body, frontMatter } = box([label, ...headlines]);
      expect(body, label).toMatch(/ending ten years of delays for the town\.\n\n"This bridge/);
      expect(reasonsOf(frontMatter).get(label), label).toBeDefined();
      for (const line of headlines) expect(reasonsOf(frontMatter).get(line), label).toMatch(/another article/);
    }
    const read = box(["Read: Baghdad and Erbil reach a deal on oil exports"]);
    expect(read.body).not.toContain("Baghdad and Erbil");
    // A subhead below the box's headline is the article's: a few words.
    const { body } = box(["Read more", headlines[0]!, "A Slow Return"]);
    expect(body).toContain("A Slow Return");
  });

  it("drops Al Jazeera's box of related articles inside the article, its labels and headlines, in English and Arabic", () => {
    const paragraphs = [
      "Iraq's national security service said on Wednesday it had arrested a senior ISIL leader in Kirkuk province.",
      "The operation followed months of intelligence work with the Joint Operations Command.",
      "Prime Minister Mohammed Shia al-Sudani has said the group's threat \"has not ended\".",
    ];
    const headlines = [
      "Explosion at weapons depot south of Baghdad",
      "What is behind the rise in ISIL attacks in Iraq?",
      "Three Iraqi soldiers killed in attack in the north",
    ];
    const box = ["list of 3 items", ...headlines.flatMap((headline, i) => [`list ${i + 1} of 3`, headline]), "end of list"];
    // Al Jazeera's copy: a line a paragraph, no blank line between.
    const page = ["Iraq arrests ISIL leader known as 'wali of Baghdad'", "By Al Jazeera Staff", "Published On 3 Jun 2026", ...paragraphs.slice(0, 2), ...box, paragraphs[2]];
    const { body, frontMatter } = article(page.join("\n"));
    expect(body).toBe(`${paragraphs.join("\n\n")}\n`);
    for (const headline of headlines) expect(reasonsOf(frontMatter).get(headline)).toMatch(/links to other articles/);
    const arabic = [
      "أعلن جهاز الأمن الوطني العراقي، اليوم الأربعاء، القبض على قيادي بارز في تنظيم الدولة الإسلامية في محافظة كركوك.",
      "وأضاف البيان أن العملية جاءت بعد متابعة استخبارية دقيقة استمرت عدة أشهر، بالتنسيق مع قيادة العمليات المشتركة.",
      "اقرأ أيضا",
      "list of 4 items",
      "list 1 of 4",
      "العراق.. انفجار في مخزن للأسلحة جنوب بغداد",
      "list 2 of 4",
      "مقتل 3 جنود عراقيين في هجوم شمالي البلاد",
      "end of list",
      "وكان رئيس الوزراء العراقي محمد شياع السوداني قد أكد في وقت سابق أن خطر التنظيم \"لم ينته بعد\".",
    ];
    const kept = [arabic[0], arabic[1], arabic[9]];
    expect(article(["القبض على \"والي بغداد\" في كركوك", "15/6/2026", ...arabic].join("\n")).body).toBe(`${kept.join("\n\n")}\n`);
  });

  it("drops the labels and buttons above the article in the languages ingest reads, and reads France 24's byline below its label", () => {
    const labels = [
      "Article réservé aux abonnés\nOffrir l’article\nLire plus tard",
      "Écouter cet article\n00:00/05:12",
      "Ouça este artigo\nPartilhar notícia",
      "Ascolta l'articolo i\nCLICCA PER INGRANDIRE",
      "Zur Merkliste hinzufügen\nX.com\nLink kopieren\nMerken",
      "Copiar enlace\nIr a los comentarios",
      "Читать ria.ru в\nДзен\nTelegram",
      "حفظ\nTT",
      "A+ A-",
    ];
    const lead = STORY.slice(STORY.indexOf("The minister of transport"));
    for (const label of labels) {
      const { body } = article(STORY.replace("The minister of transport", `${label}\n\nThe minister of transport`));
      expect(body, label).toBe(lead);
    }
    const france24 = article(STORY.replace("By Jane Doe\n\n", "").replace("The minister of transport", "Texte par :\nFRANCE 24\n2 mn\nPublicité\n\nThe minister of transport"));
    expect(france24.body).toBe(lead);
    expect(france24.frontMatter.source).toBe("FRANCE 24");
  });

  it("drops an audio player's buttons for each language it reads the article in, no outlet's name (`Listen In English`)", () => {
    const { frontMatter, body } = article(STORY.replace("The minister of transport", "Listen In English\nListen In Arabic\n\nThe minister of transport"));
    expect(frontMatter.source).toBeUndefined();
    expect(body).toBe(STORY.slice(STORY.indexOf("The minister of transport")));
  });

  it("drops a podcast player's controls and its length printed again, as France 24's episode page prints them", () => {
    const player = "Play - 12:46\n12:46\nDownload\nSubscribe\nApple Podcasts\nSpotify\nDeezer\nRSS";
    const lead = STORY.slice(STORY.indexOf("The minister of transport"));
    const { frontMatter, body } = article(STORY.replace("The minister of transport", `${player}\n\nThe minister of transport`));
    expect(body).toBe(lead);
    expect(frontMatter.summary).toMatch(/^The minister of transport/);
  });

  it("drops the tags, related links, notices and footers after the article in the languages ingest reads", () => {
    const tails = [
      "La rédaction vous conseille\nIrak : le Kurdistan face à la crise des salaires\nSujets\nSyrie\nKurdes",
      "Commentaires (12)\nNous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
      "Lecture du Monde en cours sur un autre appareil.\nVous pouvez lire Le Monde sur un seul appareil à la fois",
      "Archivado En\nIrak\nMilicias\nEstados Unidos",
      "(c) Agencia EFE\nTemas\nTurquía\nTerrorismo\nNoticias relacionadas\nIrak ejecuta a 21 condenados por terrorismo",
      "Tópicos\nMundo\nIraque\nComentários\nOs comentários deste artigo estão desactivados.",
      "Themen zu diesem Artikel\nIran\nIAEA\nAlle Rechte vorbehalten. © Frankfurter Allgemeine Zeitung GmbH 2026",
      "الكلمات الدالة\nالعراق\nسد الموصل\nيحتوي هذا المقال على رسائل تعبر عن رأي كاتبيها ولا تعبر بالضرورة عن رأي \"اندبندنت عربية\"",
      "ذات صلة\nمقتل جندي بهجوم لداعش في كركوك\nكل الحقوق محفوظة لوكالة شفق نيوز © 2026",
      "خبرهای مرتبط\nاعدام دو زندانی کرد در زندان ارومیه\nموضوعات مرتبط\nایران\n© ۲۰۲۶ بی بی سی. بی بی سی مسئول محتوای سایت‌های دیگر نیست.",
      "About AFP\nLegal\nPrivacy policy\nCookies\nCopyright © AFP 2017-2026. Any commercial use of this content requires a subscription. Click here to find out more.",
      "Purchase Licensing Rights\nHow we handle corrections\nFollow us Facebook | X | Instagram | YouTube | Telegram",
      "Opinion\nIraq\nThe views expressed by our columnists are their own and do not necessarily reflect The National's editorial policy.",
      "Also in The World This Week\nSyria's reconstruction: who pays?\nLebanon's new president: six months on",
    ];
    for (const tail of tails) expect(article(`${STORY}\n${tail}\n`).body, tail).toMatch(/at the ceremony\.\n$/);
    const anadolu = "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.";
    expect(article(`${STORY}\n${anadolu}\n`)).toMatchObject({ frontMatter: { source: "Anadolu Ajansı", organizations: [] } });
    const reliefWeb = "Primary country\nIraq\nOther country\nSyria\nSource\nUN Office for the Coordination of Humanitarian Affairs\nLanguage\nEnglish";
    const report = article(`${STORY}\n${reliefWeb}\n`);
    expect(report.body).toMatch(/at the ceremony\.\n$/);
    expect(report.frontMatter.source).toBe("UN Office for the Coordination of Humanitarian Affairs");
  });

  it("drops a Turkish page's share bar, related box, source credit, tags, cookie notice, comments, most read and footer", () => {
    const page = [
      "TRT Haber",
      "Dünya",
      "Irak'ta Kalkınma Yolu Projesinin ilk etabı için temel atıldı",
      "Irak'ın Basra kentinde, Kalkınma Yolu Projesi'nin ilk etabı için temel atma töreni düzenlendi.",
      "Yayınlanma: 11.05.2026 16:42",
      "Paylaş",
      "Facebook",
      "X",
      "WhatsApp",
      "Kopyala",
      "Irak'ın güneyindeki Fav Büyük Limanı ile Türkiye sınırını birbirine bağlayacak projenin ilk etabında çalışmalar resmen başladı.",
      "İlgili Haberler",
      "Irak ile Türkiye arasında su anlaşması imzalandı",
      "Kalkınma Yolu için finansman görüşmeleri sürüyor",
      "Uzmanlar ise projenin güvenlik ve finansman sorunları nedeniyle gecikebileceği uyarısında bulunuyor.",
      "Kaynak: AA",
      "Etiketler",
      "Irak",
      "Kalkınma Yolu",
      "Bu sitede çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
      "Tamam",
      "Yorumlar",
      "Yorum yapmak için giriş yapın.",
      "En Çok Okunanlar",
      "1",
      "Meteoroloji'den kuvvetli yağış uyarısı",
      "2",
      "Merkez Bankası faiz kararını açıkladı",
      "Künye",
      "İletişim",
      "© 2026 TRT Haber",
      "Tüm hakları saklıdır.",
    ].join("\n");
    const { frontMatter, body } = article(`${page}\n`);
    expect(body.trim()).toBe(
      "Irak'ın güneyindeki Fav Büyük Limanı ile Türkiye sınırını birbirine bağlayacak projenin ilk etabında çalışmalar resmen başladı.\n\n" +
        "Uzmanlar ise projenin güvenlik ve finansman sorunları nedeniyle gecikebileceği uyarısında bulunuyor.",
    );
    expect(frontMatter.source).toBe("AA");
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("İlgili Haberler")).toMatch(/another article/);
    expect(reasons.get("Kalkınma Yolu için finansman görüşmeleri sürüyor")).toMatch(/another article/);
    expect(reasons.get("Yorum yapmak için giriş yapın.")).toMatch(/^comment section/);
    expect(reasons.get("Merkez Bankası faiz kararını açıkladı")).toMatch(/^a list of links to other articles/);
    expect(reasons.get("Tüm hakları saklıdır.")).toMatch(/^site chrome/);
  });

  it("drops a pointer to another article between paragraphs in the other languages, glued to its label or not", () => {
    const pointers = [
      "Lire aussi | Article réservé à nos abonnés En Irak, le retour difficile des déplacés de Sinjar",
      "À lire aussiIrak : l'armée lance une offensive contre les cellules dormantes de l'EI dans le désert d'Anbar",
      "Leia Também: Turquia e Iraque assinam acordo sobre água do Tigre e Eufrates",
      // El País's label, the headline on the line below it.
      "Más información\nIrak elige un nuevo Parlamento marcado por la abstención",
    ];
    for (const pointer of pointers) {
      const { body, frontMatter } = article(STORY.replace("\n\n\"This bridge", `\n\n${pointer}\n\n"This bridge`));
      expect(body, pointer).toMatch(/ending ten years of delays for the town\.\n\n"This bridge/);
      expect(reasonsOf(frontMatter).get(pointer.split("\n")[0]!)).toMatch(/another article/);
    }
    // A sentence that begins so and ends in a full stop is the article's.
    const sentence = "Lire aussi : le rapport complet, publié vendredi, détaille les coûts.";
    expect(article(STORY.replace("\n\n\"This bridge", `\n\n${sentence}\n\n"This bridge`)).body).toContain("le rapport complet, publié vendredi");
  });

  it("reads `WATCH: …` on the text's first line as a video page's headline, and below it as a pointer to another", () => {
    const clip =
      "WATCH: Iraqi parliament elects new president\n\nOctober 13, 2022\n\nThe Iraqi parliament on Thursday elected a new " +
      "president.\n\nWATCH: Rockets hit the Green Zone\n\nThe vote came hours after rockets struck the Green Zone.\n";
    const { frontMatter, body } = article(clip);
    expect(frontMatter).toMatchObject({ title: "WATCH: Iraqi parliament elects new president", date: "2022-10-13" });
    expect(body).not.toContain("Rockets hit");
    expect(reasonsOf(frontMatter).get("WATCH: Rockets hit the Green Zone")).toMatch(/another article/);
  });

  it("leaves out a news outlet's line about itself below the article", () => {
    const line = "Stars and Stripes is an editorially independent news organization authorized by the Department of War.";
    const { body, frontMatter } = article(`${STORY}\n© 2026 Stars and Stripes. All rights reserved.\n${line}\n`);
    expect(body).not.toContain("editorially independent");
    expect(frontMatter.removed?.map(({ text }) => text)).toContain(line);
  });

  it("keeps the publication named in a credit line as the source", () => {
    expect(article(`${STORY}\nSource: The Daily Bridge\n`).frontMatter.source).toBe("The Daily Bridge");
    expect(article(`${STORY}\nSource: Al Jazeera and news agencies\n`).frontMatter.source).toBe("Al Jazeera");
  });

  it("takes a publication's name off the front of the lead as the source", () => {
    const { frontMatter, body } = article(STORY.replace("The minister of transport", "River Times / The minister of transport"));
    expect(frontMatter.source).toBe("River Times");
    expect(body.startsWith("The minister of transport")).toBe(true);
    expect(frontMatter.removed).toContainEqual({ line: 9, text: "River Times /", reason: "publication named before the lead (kept as source)" });
  });

  it("leaves out a share button and a list of related articles in Persian and Sorani", () => {
    // Radio Farda's `اشتراک‌گذاری` (share, its parts joined by a zero-width non-joiner) below the date line, and its
    // `مطالب مرتبط` (related articles) after the text.
    const page = [
      "رادیو فردا",
      "ایران",
      "بازداشت دو فعال کارگری در تهران",
      "۱۶ آذر ۱۴۰۵",
      "اشتراک\u200cگذاری",
      "دو فعال کارگری روز یکشنبه در تهران بازداشت شدند و به مکان نامعلومی منتقل شدند.",
      "خانواده‌های آنان می‌گویند از وضعیت بازداشت‌شدگان خبری ندارند.",
      "مطالب مرتبط",
      "اعتراض کارگران در اهواز",
    ].join("\n");
    const { frontMatter, body } = article(page);
    expect(frontMatter.summary).toMatch(/^دو فعال کارگری/);
    expect(body).not.toMatch(/اشتراک|مطالب مرتبط|اهواز/);
    const sorani = article(withBody("بەشکردن\nپەرلەمانی کوردستان کۆبوونەوەی داهاتوو دەکات.\nبابەتە پەیوەندیدارەکان\nمووچەی فەرمانبەران دابەش دەکرێت")).body;
    expect(sorani).not.toMatch(/بەشکردن|پەیوەندیدار|مووچەی/);
  });

  it("drops a paywall's free trial, a related article below it and the comment policy; reads a credit in capitals below its caption", () => {
    const page = [
      "WORLD | MIDDLE EAST",
      "Iraq's Christians fear final exodus as Nineveh militia tightens grip",
      "Richard Spencer, Middle East Correspondent",
      "Monday December 07 2026, 12.01am GMT, The Times",
      "A priest walks through the Church of the Immaculate Conception in Qaraqosh, which was restored after Islamic State occupation",
      "SAFIN HAMED/AFP/GETTY IMAGES",
      "The bells of Qaraqosh rang out again three years ago. On Sunday, Father Boutros Sheeto counted 43 worshippers at Mass.",
      "“Every week another family comes to say goodbye,” he said. “They go to Erbil, then to Lebanon. They do not come back.”",
      "Continue reading with a 3-month free trial",
      "Access unlimited articles, puzzles and newsletters",
      "Start free trial",
      "Already a subscriber? Sign in",
      "Related articles",
      "Pope Leo’s Iraq visit tests Vatican diplomacy",
      "December 02 2026, 12.01am GMT",
      "Richard Spencer",
      "Comments are subject to our community guidelines, which can be viewed here.",
    ].join("\n");
    const { frontMatter, body } = article(`${page}\n`);
    expect(body).toContain("::: figure\nA priest walks through the Church of the Immaculate Conception in Qaraqosh");
    expect(body).toContain("_SAFIN HAMED/AFP/GETTY IMAGES_");
    expect(body.trimEnd()).toMatch(/They do not come back\.”$/);
    expect(body).not.toMatch(/free trial|unlimited|Pope Leo|## December|community guidelines/);
    expect(frontMatter.places).toContain("Erbil");
    expect(frontMatter.places).not.toContain("Mass");
  });

  it("drops a share menu's label, a magazine's note of its issue, a related list, and a call to subscribe after a question", () => {
    const { body, frontMatter } = article(
      withBody(
        [
          "Share this:",
          "Facebook",
          "WhatsApp",
          "In Zakho, a group called Dengê Çiya performs kilam over electronic beats.",
          "Read the full issue",
          "This article appears in Issue 34 of Kurdistan Chronicle. Download the PDF",
          "Like this article? Click here to subscribe for full access. Just $5 a month.",
          "Related Posts",
          "Halabja's pomegranate growers look to Gulf markets",
          "Erbil Citadel reopens its textile museum",
        ].join("\n"),
      ),
    );
    expect(body).toMatch(/^In Zakho/);
    expect(body.trimEnd()).toMatch(/electronic beats\.$/);
    expect(frontMatter.organizations).not.toContain("PDF");
  });

  it("drops a site's tags, its call for writers and its appeal for donations below the article; the masthead is the source over an edition's", () => {
    const page = [
      "The Conversation",
      "Academic rigour, journalistic flair",
      "Arts + Culture",
      "Business + Economy",
      "Environment",
      "Health",
      "Politics + Society",
      "Iraq’s marshes are drying again",
      "Published: December 7, 2026 3:14pm GMT",
      "Author",
      "Azzam Alwash",
      "Visiting Fellow, Department of Geography, King's College London",
      "Partners",
      "King's College London provides funding as a member of The Conversation UK.",
      "The marshes are home to the Ma’dan, or Marsh Arabs, whose way of life stretches back thousands of years.",
      "Iraq could recover some of this water by lining canals, as Jordan has done.",
      "Iraq",
      "Water",
      "Marsh Arabs",
      "Want to write?",
      "Register now",
      "Before you go...",
      "Every day, The Conversation publishes independent analysis by academics. Please consider a donation.",
      "Donate now",
      "Copyright © 2010–2026, The Conversation Media Group Ltd",
    ].join("\n");
    const { frontMatter, body } = article(`${page}\n`);
    expect(body.trimEnd()).toMatch(/as Jordan has done\.$/);
    expect(frontMatter.source).toBe("The Conversation");
    expect(frontMatter.places).not.toContain("Marsh Arabs");
  });
});

describe("a German, a French and Polish pages' chrome", () => {
  it("reads NZZ's masthead, toolbar, caption credit, subscriber's note and related box", () => {
    const page = [
      "Neue Zürcher Zeitung",
      "NZZ",
      "Startseite",
      "Schweiz",
      "International",
      "Kommentar",
      "Der Irak braucht keine neue Miliz-Amnestie",
      "Das Parlament in Bagdad will Tausende Milizionäre begnadigen. Damit verspielt die Regierung das Wenige, was vom Rechtsstaat übrig ist.",
      "Ulrich von Schwerin, Istanbul",
      "07.12.2026, 05.30 Uhr",
      "Hören",
      "Merken",
      "Drucken",
      "Teilen",
      "Kämpfer der Volksmobilisierungskräfte bei einer Parade in Bagdad.",
      "Ahmad Al-Rubaye / AFP",
      "Seit Wochen ringt das irakische Parlament um ein Amnestiegesetz. Es soll, so die offizielle Begründung, die überfüllten Gefängnisse entlasten.",
      "Sie können diesen Artikel dank Ihrem Abonnement lesen.",
      "Ministerpräsident Mohammed Shia al-Sudani hat sich bisher nicht festgelegt. Er braucht die Stimmen der Koalition, um seinen Haushalt durchzubringen.",
      "Passend zum Artikel",
      "Irak: Die Miliz, die ein Ministerium wurde",
      "08.11.2026",
      "Mehr zum Thema Irak",
      "Alle Artikel",
      "NZZ Briefing – der Tagesüberblick. Jetzt kostenlos abonnieren.",
    ].join("\n");
    const { frontMatter, body } = article(`${page}\n`);
    expect(frontMatter.source).toBe("Neue Zürcher Zeitung");
    expect(body).not.toMatch(/Hören|Drucken|Abonnement|Passend zum Artikel|Alle Artikel|Briefing/);
    expect(body).toContain("::: figure\nKämpfer der Volksmobilisierungskräfte bei einer Parade in Bagdad.\n\n_Ahmad Al-Rubaye / AFP_\n:::");
    expect(frontMatter.people).not.toContain("Alle Artikel");
    expect(frontMatter.people).not.toContain("Ahmad Al-Rubaye");
    expect(body.trimEnd()).toMatch(/durchzubringen\.$/);
  });

  it("reads Middle East Eye's unsigned byline over lines and its French notes below the article", () => {
    const page = [
      "Middle East Eye édition française",
      "Actualités",
      "Opinion",
      "Décryptages",
      "Irak",
      "Kirkouk : sous la pression de Bagdad, les Kurdes perdent du terrain dans l’administration",
      "Trois ans après la nomination d’un gouverneur arabe, les fonctionnaires kurdes dénoncent des mutations forcées",
      "Par",
      "Correspondant de MEE à Kirkouk, Irak",
      "Publié le :",
      "Lundi 7 décembre 2026 - 10:15 | Dernière mise à jour : il y a 3 heures",
      "Dans les couloirs du gouvernorat de Kirkouk, les plaques portant des noms kurdes se font rares depuis trois ans.",
      "L’article 140 de la Constitution irakienne de 2005 prévoyait un référendum sur le statut de Kirkouk avant fin 2007.",
      "Cet article est disponible en anglais sur Middle East Eye.",
      "Les opinions exprimées dans cet article n’engagent que leur auteur et ne reflètent pas nécessairement la politique éditoriale de Middle East Eye.",
      "Middle East Eye propose une couverture et une analyse indépendantes et incomparables du Moyen-Orient, de l’Afrique du Nord et d’autres régions du monde.",
    ].join("\n");
    const { frontMatter, body } = article(`${page}\n`);
    expect(body).not.toMatch(/^Par$|Correspondant|Publié|disponible en anglais|opinions exprimées|propose une couverture/m);
    expect(body.trimEnd()).toMatch(/avant fin 2007\.$/);
    expect(frontMatter.date).toBe("2026-12-07");
    expect(frontMatter.time).toBe("10:15");
    expect(frontMatter.places).toContain("Kirkouk");
    expect(frontMatter.author).toBeUndefined();
  });

  it("leaves out a Polish box of related links whose headline ends on a quote, the agency's editors' initials, and reads `Fot.` as a caption's credit", () => {
    const lead = "Przed budynkiem ministerstwa finansów w Erbilu od rana stoją setki ludzi. Większość z nich to nauczyciele i lekarze.";
    const last = "Ekspert uważa, że kryzys szybko się nie skończy. – Dopóki nie ma ustawy o ropie i gazie, każdy budżet będzie polem bitwy – mówi.";
    const head = "Świat\nKurdowie z Erbilu czekają na pensje. „Bagdad trzyma nas w szachu”\nAnna Nowak\n7 grudnia 2026, 09:15\n";
    const caption = "Prezydent Iraku Abdul Latif Raszid podczas powitania na lotnisku Chopina Fot. Radek Pietruszka/PAP";
    const related = "Czytaj także:\nIrak. Premier al-Sudani w Erbilu. „Jesteśmy jednym państwem”\nKurdystan: zamieszki w Sulejmanii po śmierci demonstranta\n";
    const { frontMatter, body } = article(`${head}${caption}\n${lead}\n${last}\nmal/ kar/\n${related}Komentarze (12)\n`);
    expect(body).not.toMatch(/Czytaj także|Jesteśmy jednym państwem|zamieszki w Sulejmanii|mal\//);
    expect(body).toContain("::: figure\nPrezydent Iraku Abdul Latif Raszid podczas powitania na lotnisku Chopina\n\n_Fot. Radek Pietruszka/PAP_\n:::");
    expect(reasonsOf(frontMatter).get("Czytaj także:")).toBe("a list of links to other articles, after the article");
    expect(body.trimEnd()).toMatch(/– mówi\.$/);
  });
});

describe("boxes and feet of BBC Urdu, France 24, de Volkskrant, Medium, a newsletter and the Guardian's letters", () => {
  const POINTER = "a pointer to another article of the site, not article text";
  const RELATED = "a list of links to other articles, after the article";

  it("drops BBC Urdu's `یہ بھی پڑھیے` box between paragraphs, its headlines, not a sentence below its label", () => {
    const before = [
      "عراق کے جنوبی صوبے ذی قار میں ہزاروں کسان گذشتہ تین برسوں میں اپنے کھیت چھوڑ کر شہروں کی طرف منتقل ہو چکے ہیں۔",
      "وزارت آبی وسائل کے مطابق ملک میں پانی کے ذخائر گذشتہ ایک صدی کی کم ترین سطح پر ہیں اور اس سال گرمیوں میں دریاؤں کا بہاؤ آدھا رہ گیا۔",
    ];
    const box = ["یہ بھی پڑھیے", "عراق میں گرمی کی شدید لہر، بجلی کا نظام بیٹھ گیا", "بصرہ میں کھارا پانی: ہزاروں افراد ہسپتال پہنچ گئے", "ترکی کے ڈیم اور عراق کا پانی"];
    const after = [
      "ناصریہ کے قریب ایک گاؤں کے رہائشی حسن کاظم نے بتایا کہ ان کے خاندان نے نسلوں سے گندم اور جو کاشت کی لیکن اب زمین میں نمک کے سوا کچھ نہیں بچا۔",
      "انھوں نے کہا کہ حکومت نے مدد کا وعدہ کیا تھا مگر اب تک کوئی امداد نہیں پہنچی اور گاؤں کے آدھے گھر خالی ہو چکے ہیں۔",
    ];
    const page = (middle: string[]) => `BBC News, اردو\n\nعراق میں پانی کی قلت: کسان کھیت چھوڑنے پر مجبور\n\n7 دسمبر 2026\n\n${[...before, ...middle, ...after].join("\n\n")}\n`;
    const { body, frontMatter } = article(page(box));
    expect(body.trimEnd()).toBe([...before, ...after].join("\n\n"));
    for (const line of box) expect(reasonsOf(frontMatter).get(line), line).toBe(POINTER);
    // Below the label, a short sentence ending in Urdu's full stop is the article's.
    const sentence = "حکومت نے کہا کہ امداد جلد پہنچے گی۔";
    expect(article(page(["یہ بھی پڑھیے", sentence])).body).toContain(sentence);
  });

  it("drops de Volkskrant's `Lees ook` box, a quoted headline in it too, and its subscription box", () => {
    const first = "In het zuiden van Irak hebben duizenden boeren de afgelopen drie jaar hun land verlaten, nu de rivieren Tigris en Eufraat steeds minder water voeren.";
    const quote = "„Mijn familie heeft hier generaties lang tarwe verbouwd”, zegt boer Hassan Kadhim uit een dorp bij Nasiriyah. „Nu groeit er niets meer.”";
    const last = "De regering heeft hulp beloofd, maar volgens de boeren is daar nog niets van terechtgekomen.";
    const box = ["Lees ook", "Irak kampt met de heetste zomer ooit gemeten", "Turkse dammen houden het water van de Eufraat tegen", "‘Het water is zout, onze kinderen worden ziek’"];
    const subscription = ["Word abonnee", "Onbeperkt toegang tot alle artikelen", "Al abonnee? Log in"];
    const head = "Buitenland\n\nIraakse boeren verlaten hun land nu de Tigris droogvalt\n\nDoor Maartje Bakker\n\n7 december 2026, 14:32\n\n";
    const { body, frontMatter } = article(`${head}${[first, ...box, quote, ...subscription, last].join("\n\n")}\n`);
    expect(body.trimEnd()).toBe([first, quote, last].join("\n\n"));
    const reasons = reasonsOf(frontMatter);
    for (const line of box) expect(reasons.get(line), line).toBe(POINTER);
    for (const line of subscription) expect(reasons.get(line), line).toMatch(/^the site's paywall notice/);
  });

  it("drops France 24's foot: its share and read-on links, its subscribe button and the promotion of its app", () => {
    const last = "Les manifestants ont exigé la démission du ministre, avant d'être dispersés par les forces de sécurité dans la soirée.";
    const foot = [
      "Partager",
      "Lire la suite",
      "Je m'abonne",
      "Téléchargez l'application France 24",
      "Restez informé avec l'application France 24",
      "Restez informé de l'actualité internationale en temps réel avec l'application France 24.",
    ];
    const page = [
      "Moyen-Orient",
      "Irak : des milliers de manifestants à Bagdad contre les coupures d'électricité",
      "Publié le : 07/12/2026 - 14:32",
      "Des milliers de manifestants se sont rassemblés dimanche sur la place Tahrir, à Bagdad, pour dénoncer les coupures d'électricité.",
      last,
      "(FRANCE 24 avec AFP)",
      ...foot,
    ];
    const { body, frontMatter } = article(`${page.join("\n\n")}\n`);
    expect(body.trimEnd()).toMatch(/dans la soirée\.$/);
    expect(frontMatter.source).toBe("FRANCE 24");
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Lire la suite")).toBe(POINTER);
    for (const line of foot.slice(2)) expect(reasons.get(line), line).toMatch(/^site chrome/);
    // An app a sentence of the article names is the article's.
    const sentence = "Téléchargez l'application Tawasul pour signaler une panne, a précisé le ministère.";
    expect(article(`${page.slice(0, 4).join("\n\n")}\n\n${sentence}\n\n${last}\n`).body).toContain(sentence);
  });

  it("reads Medium's foot as the page's: the writer's box, the responses, the lists of other stories and the footer's links", () => {
    const paragraphs = [
      "Every summer the river that runs through Baghdad shrinks a little more, and every summer the city tells itself that next year will be different.",
      "Farmers along the banks have started to leave for the city, where they find neither work nor water.",
    ];
    const head = ["The Tigris Is Running Dry, and Baghdad Is Not Ready", "Zainab Mohammed", "Follow", "6 min read", "·", "Dec 6, 2026", "--", "3", "Listen", "Share"];
    const box = ["Written by Zainab Mohammed", "1.2K followers · 214 following", "Freelance journalist in Baghdad writing about water, climate and cities.", "Follow"];
    const responses = ["Responses (3)", "What are your thoughts?", "Ali H.", "Dec 7, 2026", "Great piece. The ministry has been saying this for years.", "--", "Reply", "See all responses"];
    const more = ["More from Zainab Mohammed", "Basra's Salt Water Crisis Is a Warning", "Dec 1, 2026", "Why Iraq's Date Palms Are Dying", "Nov 20, 2026"];
    const recommended = ["Recommended from Medium", "How Turkey's Dams Reshaped a Region", "Oct 28, 2026", "See more recommendations"];
    const footer = ["Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams"];
    const tail = ["Iraq", "Water", "--", "3", ...box, ...responses, ...more, ...recommended, ...footer];
    const { body, frontMatter } = article(`${[...head, ...paragraphs, ...tail].join("\n")}\n`);
    expect(body.trimEnd()).toBe(paragraphs.join("\n\n"));
    const reasons = reasonsOf(frontMatter);
    for (const line of box.slice(0, 3)) expect(reasons.get(line), line).toBe("the page's box about the writer (`Written by …`, their followers), after the article");
    expect(reasons.get("Great piece. The ministry has been saying this for years.")).toBe("reader comment");
    // A story's headline and date below the comments are no commenter's name and time.
    for (const line of [...more, ...recommended]) expect(reasons.get(line), line).toBe(RELATED);
    for (const line of footer) expect(reasons.get(line), line).toBe("the site's footer: links to its own pages (`Help`, `About`, `Terms`), not article text");
    // With no responses yet, the writer's box above them is the page's too, and the footer on one line.
    const none = [...box, "No responses yet", "What are your thoughts?", ...more.slice(0, 2), footer.join(" ")];
    const quiet = article(`${[...head, ...paragraphs, ...none].join("\n")}\n`);
    expect(quiet.body.trimEnd()).toBe(paragraphs.join("\n\n"));
    expect(reasonsOf(quiet.frontMatter).get("No responses yet")).toBe("comment section: counter, form or policy");
    expect(reasonsOf(quiet.frontMatter).get(footer.join(" "))).toMatch(/^site chrome/);
  });

  it("drops an email newsletter's lists of others' articles at its end, each headline above its outlet, not a last paragraph under `Elsewhere`", () => {
    const paragraphs = [
      "Good morning. The Tigris at Baghdad fell to its lowest level on record this week, the ministry of water resources said on Thursday.",
      "In Basra, the provincial council voted to spend 40 billion dinars on new desalination units, the first of which should open in March.",
    ];
    const lists = [
      "What we're reading",
      "Iraq's farmers are abandoning their land as the rivers dry up",
      "The New York Times",
      "How Turkey's dams are reshaping the Middle East",
      "Financial Times",
      "Elsewhere",
      "Basra's water crisis, explained",
      "Al-Monitor",
      "In case you missed it",
      "Why the Euphrates may run dry by 2040",
      "Iraq Water Weekly",
    ];
    const foot = ["You are receiving this email because you subscribed to Iraq Water Weekly.", "Unsubscribe | Update your preferences"];
    const head = "Iraq Water Weekly\n\nThe Tigris hits a record low\n\nBy Layla Hassan\n\nDecember 7, 2026\n\n";
    const { body, frontMatter } = article(`${head}${[...paragraphs, ...lists, ...foot].join("\n\n")}\n`);
    expect(body.trimEnd()).toBe(paragraphs.join("\n\n"));
    for (const line of lists) expect(reasonsOf(frontMatter).get(line), line).toBe(RELATED);
    // `Elsewhere` may head the article's last paragraph, share buttons below it.
    const last = article(`${STORY}\nElsewhere\n\nIn Mosul, three people were killed on Sunday.\n\nShare\nFacebook\n`);
    expect(last.body).toContain("In Mosul, three people were killed on Sunday.");
  });

  it("drops the Guardian letters page's call for letters below the letters, keeping the letters", () => {
    const letters = [
      "Your report on farmers leaving their land in southern Iraq (1 December) made grim reading, but it will surprise no one who has worked on the Tigris.",
      "For decades, successive governments have promised new irrigation schemes and failed to maintain the ones that already exist.",
    ];
    const prompt =
      "Have an opinion on anything you've read in the Guardian today? Please email us your letter and it will be considered for publication in our letters section.";
    const head = "Letters\n\nIraq's water crisis needs more than promises\n\nSun 7 Dec 2026 18.00 GMT\n\n";
    const { body, frontMatter } = article(`${head}${[...letters, prompt].join("\n\n")}\n`);
    expect(body.trimEnd()).toBe(letters.join("\n\n"));
    expect(reasonsOf(frontMatter).get(prompt)).toBe("a prompt to share or react, after the article");
  });
});
