import { describe, expect, it } from "vitest";
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { reasonsOf } from "../support/removed-lines.ts";

const article = (text: string) => {
  const result = ingestArticle({ file: "story.txt", bytes: new TextEncoder().encode(text) }, NO_ALIASES);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

/** An article as Google News shows it under a story's Full Coverage, copied with the page around it. */
const GOOGLE_NEWS = `Google News
Search for topics, locations & sources
Home
For you
Following
World
Business
Full Coverage
Iraq water crisis
The National
Iraq and Turkey sign water deal for the Tigris and Euphrates
The National · 5 hours ago
Turkey will release an average of 500 cubic metres of water per second into the Tigris and Euphrates during the summer months under an agreement signed with Iraq on Saturday, Iraq's Ministry of Water Resources said.
The agreement includes joint projects to modernise irrigation in Iraq, the ministry's spokesman Khaled Shamal said.
More coverage
Reuters
Turkey agrees to release more water to Iraq
2 hours ago
Al Jazeera English
Why Iraq is running out of water
1 hour ago
View Full Coverage
Sign in
Privacy · Terms · About Google`;

describe("a news aggregator's page", () => {
  it("reads the article Google News shows: its headline the title, its outlet the source, the aggregator's blocks left out", () => {
    const { frontMatter, body } = article(GOOGLE_NEWS);
    expect(frontMatter).toMatchObject({ title: "Iraq and Turkey sign water deal for the Tigris and Euphrates", source: "The National" });
    expect(frontMatter.summary).toMatch(/^Turkey will release an average/);
    expect(body).toMatch(/^Turkey will release/);
    for (const chrome of ["The National", "hours ago", "Reuters", "Why Iraq is running out of water", "Full Coverage"]) expect(body).not.toContain(chrome);
    expect(reasonsOf(frontMatter).get("Iraq water crisis")).toBe("the news aggregator's page around the article, not article text");
  });
});
