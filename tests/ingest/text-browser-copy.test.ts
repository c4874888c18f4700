import { describe, expect, it } from "vitest";
import { reasonsOf } from "../support/removed-lines.ts";
import { article } from "../support/ingest-text.ts";

/** Euronews's page as `lynx -dump` prints it: links numbered, text indented, the links' addresses listed below. */
const LYNX = `   [1]Skip to main content
   [2]Euronews

   [3]Europe [4]World [5]Business [6]Travel [7]Culture [8]Next [9]Live

   [10]World News

                Turkey launches new air strikes on PKK targets in northern Iraq

   By [11]Euronews with AFP
   Published on 07/12/2026 - 13:41 GMT+1 . Updated 14:02

   [12]Share this article [13]Comments

   Turkey's defence ministry said on Monday it had carried out air strikes
   on PKK targets in the Qandil mountains and the Gara region of northern
   Iraq, days after the outlawed group said it was ready to disarm.

   [14]IMAGE: Smoke rises over the Qandil mountains, file photo [15]AP
   Photo

   A PKK spokesman, Zagros Hiwa, told the [16]Firat News Agency the strikes
   were "a betrayal of the peace process".

   [17]Read more [18]Turkey PKK peace talks: what we know

   [19]Iraq [20]Turkey [21]PKK

References

   1. https://www.euronews.com/#main
   2. https://www.euronews.com/
   16. https://anfenglish.com/
`;

/** Rudaw's page as `w3m -dump` prints it with the links' numbers: no indent, `References:` and `[n] address` below. */
const W3M = `[1]Rudaw
[2]Kurdistan [3]Iraq [4]Middle East [5]World [6]Opinion [7]Interviews [8]Multimedia

Search ____________________ (BUTTON) Search

[9]Kurdistan
KRG and Baghdad agree on salary transfers for public employees

[image]
Kurdistan Region Prime Minister Masrour Barzani meets Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on December 6, 2026. Photo: [10]KRG

ERBIL, Kurdistan Region - Erbil and Baghdad have reached an agreement on the transfer of public sector salaries for the rest of the year, the Kurdistan Regional Government ([11]KRG) announced on Monday.

The deal was reached during a meeting between Prime Minister Masrour Barzani and his Iraqi counterpart in Baghdad on Sunday, according to a [12]statement from the KRG.

[13]Iraq [14]KRG [15]Salaries [16]Baghdad

References:

[1] https://www.rudaw.net/english
[10] https://gov.krd/
[12] https://gov.krd/english/news
`;

describe("a page copied from a text browser", () => {
  it("reads lynx's copy: the links' numbers off the words, its lines of links and list of addresses left out, its photo a caption", () => {
    const { frontMatter, body } = article(LYNX);
    expect(frontMatter).toMatchObject({
      title: "Turkey launches new air strikes on PKK targets in northern Iraq",
      section: "World News",
      // Day first: the date line's clock is east of Greenwich, as Euronews' is (`GMT+1`).
      date: "2026-12-07",
      source: "Euronews",
    });
    expect(frontMatter.summary).toMatch(/^Turkey's defence ministry said on Monday/);
    expect(frontMatter.places).toContain("Qandil");
    expect(frontMatter.organizations).not.toContain("IMAGE");
    expect(body).toContain('told the Firat News Agency the strikes were "a betrayal of the peace process".');
    expect(body).toContain("::: figure\nSmoke rises over the Qandil mountains, file photo\n\n_AP Photo_\n:::");
    expect(body).not.toMatch(/\\?\[\d+\\?\]|Europe|Share this article|Read more|anfenglish|References/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("[3]Europe [4]World [5]Business [6]Travel [7]Culture [8]Next [9]Live")).toMatch(/^a text browser's copy of a line of links/);
    expect(reasons.get("[19]Iraq [20]Turkey [21]PKK")).toMatch(/^a text browser's copy of a line of links/);
    // The list of addresses is recorded line by line, as written.
    for (const line of ["References", "1. https://www.euronews.com/#main", "16. https://anfenglish.com/"]) {
      expect(reasons.get(line)).toBe("a text browser's list of the page's links by their numbers (their addresses), not article text");
    }
  });

  it("reads w3m's copy the same way: its form, its photo's marker without a description, a link's number inside brackets", () => {
    const { frontMatter, body } = article(W3M);
    expect(frontMatter).toMatchObject({ title: "KRG and Baghdad agree on salary transfers for public employees", section: "Kurdistan" });
    expect(body).toMatch(/^::: figure\nKurdistan Region Prime Minister Masrour Barzani meets .* on December 6, 2026\.\n\n_Photo: KRG_\n:::/);
    expect(body).toContain("the Kurdistan Regional Government (KRG) announced on Monday.");
    expect(body).not.toMatch(/\[|BUTTON|____|Salaries|rudaw\.net/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Search ____________________ (BUTTON) Search")).toBe("a text browser's copy of a form (a search box, a button), not article text");
    expect(reasons.get("[1] https://www.rudaw.net/english")).toMatch(/^a text browser's list of the page's links/);
  });

  it("reads a picture's description in brackets as the picture's, a logo's as the site's name, not as text", () => {
    // elinks and w3m print a picture by its description (`alt`) in brackets, linked or not.
    const described = LYNX.replace("   [2]Euronews\n", "   [2][Euronews logo]\n").replace(
      "   [14]IMAGE:",
      "   [Smoke over the mountains of northern Iraq]\n\n   [14]IMAGE:",
    );
    const { frontMatter, body } = article(described);
    expect(frontMatter).toMatchObject({ title: "Turkey launches new air strikes on PKK targets in northern Iraq", source: "Euronews" });
    expect(frontMatter.summary).toMatch(/^Turkey's defence ministry said on Monday/);
    expect(body).not.toMatch(/logo|Smoke over the mountains/);
    expect(body).toContain("::: figure\nSmoke rises over the Qandil mountains, file photo\n\n_AP Photo_\n:::");
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("[2][Euronews logo]")).toMatch(/^the site's name/);
    expect(reasons.get("[Smoke over the mountains of northern Iraq]")).toBe(
      "a text browser's copy of a picture's description for readers who cannot see it, not article text",
    );
  });

  it("leaves an article's footnotes as written: numbers after words and a list of notes are not a text browser's", () => {
    const text = [
      "Iraq's parliament debates the Popular Mobilization law",
      "",
      "The draft law[1] would give the force its own academy and budget line.[2] Critics say it entrenches the factions.",
      "",
      "[1] Draft Law of the Popular Mobilization Commission, 2026.",
      "[2] Ministry of Finance, budget tables.",
      "",
    ].join("\n");
    const { body } = article(text);
    expect(body).toContain("The draft law\\[1\\] would give the force");
    // Nor is a list of references by their addresses below such an article a text browser's.
    const cited = article(`${text}\nReferences\n\n1. https://parliament.iq/draft-law-2026\n2. https://mof.gov.iq/budget\n`);
    expect(cited.body).toContain("The draft law\\[1\\] would give the force");
    expect(cited.body).toContain("## References\n\n1. https://parliament.iq/draft-law-2026\n2. https://mof.gov.iq/budget");
  });
});
