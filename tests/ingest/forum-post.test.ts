import { describe, expect, it } from "vitest";
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { reasonsOf } from "../support/removed-lines.ts";

const article = (text: string) => {
  const result = ingestArticle({ file: "thread.txt", bytes: new TextEncoder().encode(text) }, NO_ALIASES);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

/** A Reddit thread sharing an article, its text pasted in the post, copied with the comments below it. */
const THREAD = `r/kurdistan
Posted by u/erbil_reader
3h
Erbil airport to open second terminal in April (full text below)
News
Erbil International Airport will begin building a second terminal in April, its director Ahmed Hoshyar said on Sunday, raising its capacity to six million passengers a year.
The project is financed by the Kurdistan Regional Government and is expected to be completed in 2029.
Source: Kurdistan24
214 upvotes
41 comments
Share
Save
Sort by: Best
u/duhok_dweller
2h
About time, the old terminal is packed every summer.
58
Reply`;

describe("a forum's post sharing an article", () => {
  it("reads a Reddit post: its title the headline without the note to readers, the community, poster and flair left out", () => {
    const { frontMatter, body } = article(THREAD);
    expect(frontMatter).toMatchObject({ title: "Erbil airport to open second terminal in April", source: "Kurdistan24" });
    expect(frontMatter.provenance).not.toHaveProperty("title");
    expect(body).toMatch(/^Erbil International Airport will begin/);
    for (const forum of ["r/kurdistan", "u/erbil_reader", "News", "full text below", "packed every summer"]) expect(body).not.toContain(forum);
    expect(reasonsOf(frontMatter).get("News")).toBe("the forum post's flair, the community's label for it, not article text");
  });
});
