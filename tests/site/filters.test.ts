import { describe, expect, it } from "vitest";
import { opensWith } from "../../src/site/filters.ts";

describe("whether an article's lead opens with its summary", () => {
  it("reads the lead past a photo's caption and an embedded post, word for word", () => {
    const lead = "<p>Protesters stormed the palace on Monday, officials said.</p>";
    const summary = "Protesters stormed the palace on Monday.";
    expect(opensWith(lead, summary)).toBe(true);
    expect(opensWith(`<figure><figcaption><p>The palace pool</p></figcaption></figure>\n${lead}`, summary)).toBe(true);
    expect(opensWith(`<blockquote><p>Inside the palace pool</p>\n<p>— Iraq Live (@IraqLive)</p></blockquote>\n${lead}`, summary)).toBe(true);
    expect(opensWith("<p>Protesters gathered outside the palace.</p>", summary)).toBe(false);
  });

  it("reads the lead past the marks of the notes it points to, which the summary goes without", () => {
    // A note's mark inside the first sentence, and after a first sentence too short to be the summary alone.
    const inside =
      "<p>The Popular Mobilization Commission,[1] created by law in 2016, would get its own academy and budget line. " +
      "In effect, it would create a second army.[2]</p>";
    expect(opensWith(inside, "The Popular Mobilization Commission, created by law in 2016, would get its own academy and budget line.")).toBe(true);
    const short = "<p>Parliament passed the law on Sunday.[1] The vote followed months of talks between the blocs.</p>";
    expect(opensWith(short, "Parliament passed the law on Sunday. The vote followed months of talks between the blocs.")).toBe(true);
    // A number of the text's own in brackets is a word of it.
    expect(opensWith("<p>The law [2026] was passed on Sunday.</p>", "The law was passed on Sunday.")).toBe(false);
  });
});
