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
});
