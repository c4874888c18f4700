import { describe, expect, it } from "vitest";
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { readFeedItem } from "../../src/ingest/feed-item.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { reasonsOf } from "../support/removed-lines.ts";

const ingest = (text: string) => ingestArticle({ file: "story.txt", bytes: new TextEncoder().encode(text) }, NO_ALIASES);
const article = (text: string) => {
  const result = ingest(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const TEXT = `The minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays for the town.

"This bridge joins two halves of one city," she said at the ceremony.
`;

/** An RSS 2.0 item as a feed reader copies it, its description HTML in CDATA, an outlet's name as its author. */
const RSS_ITEM = `<item>
<title>Minister opens new bridge over the river</title>
<link>https://www.courier.example/news/2021/bridge-opens</link>
<description><![CDATA[<img src="https://media.courier.example/bridge.jpg" align="left" /> The new bridge joins the two halves of the town after ten years of delays.]]></description>
<pubDate>Fri, 12 Mar 2021 09:30:00 +0330</pubDate>
<author>Courier Times</author>
<category>Transport</category>
<guid isPermaLink="true">https://www.courier.example/news/2021</guid>
</item>`;

/** An Atom entry with a namespace prefix and its `<?xml …?>` line, its summary and content escaped HTML. */
const ATOM_ENTRY = `<?xml version="1.0" encoding="utf-8"?>
<atom:entry xmlns:atom="http://www.w3.org/2005/Atom">
  <atom:title type="html">Minister opens new bridge over the &lt;em&gt;river&lt;/em&gt;</atom:title>
  <atom:link rel="alternate" type="text/html" href="https://www.courier.example/news/bridge"/>
  <atom:id>tag:courier.example,2021:bridge</atom:id>
  <atom:published>2021-03-12T09:30:00-05:00</atom:published>
  <atom:updated>2021-03-13T11:00:00-05:00</atom:updated>
  <atom:author><atom:name>Jane Doe</atom:name><atom:email>jane@courier.example</atom:email></atom:author>
  <atom:category term="transport" label="Transport"/>
  <atom:summary type="html">&lt;p&gt;The new bridge joins the two halves of the town.&lt;/p&gt;</atom:summary>
  <atom:content type="html">&lt;p&gt;The minister of transport, Anna Berg, opened the new bridge on Friday.&lt;/p&gt;&lt;p&gt;&amp;quot;This bridge joins two halves of one city,&amp;quot; she said.&lt;/p&gt;</atom:content>
</atom:entry>`;

describe("a feed's item pasted above the article's text", () => {
  it("reads an RSS item as the article's title, date with its zone, source, url, section and summary", () => {
    const { frontMatter, body } = article(`${RSS_ITEM}\n\n${TEXT}`);
    expect(frontMatter).toMatchObject({
      title: "Minister opens new bridge over the river",
      date: "2021-03-12",
      time: "09:30",
      utcOffset: "+03:30",
      source: "Courier Times",
      url: "https://www.courier.example/news/2021/bridge-opens",
      section: "Transport",
      summary: "The new bridge joins the two halves of the town after ten years of delays.",
    });
    // An outlet's name in the author's place is the source, not a writer.
    expect(frontMatter.author).toBeUndefined();
    expect(body).toMatch(/^The minister of transport, Anna Berg, opened/);
    expect(body).not.toMatch(/<|CDATA|item/);
    expect(JSON.stringify(frontMatter.organizations)).not.toMatch(/CDATA/);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("<author>Courier Times</author>")).toBe("the feed item (kept as source)");
    expect(reasons.get("<category>Transport</category>")).toBe("the feed item (kept as section)");
    expect(reasons.get("</item>")).toBe("the feed item, not article text");
    expect(frontMatter.removed?.map(({ line }) => line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("reads an Atom entry with a namespace prefix below its <?xml …?> line: a person's name is the author", () => {
    const { frontMatter, body } = article(`${ATOM_ENTRY}\n\n${TEXT}`);
    expect(frontMatter).toMatchObject({
      title: "Minister opens new bridge over the river",
      date: "2021-03-12",
      time: "09:30",
      utcOffset: "-05:00",
      author: "Jane Doe",
      url: "https://www.courier.example/news/bridge",
      section: "Transport",
      summary: "The new bridge joins the two halves of the town.",
    });
    // The text below the entry is the article's, not the entry's own copy of it.
    expect(body).toMatch(/^The minister of transport, Anna Berg, opened the new bridge on Friday, ending/);
    expect(reasonsOf(frontMatter).get('<?xml version="1.0" encoding="utf-8"?>')).toBe("the feed item, not article text");
  });

  it("reads the item's own text as the article's when nothing follows it", () => {
    const { frontMatter, body } = article(ATOM_ENTRY);
    expect(body.trim()).toBe('The minister of transport, Anna Berg, opened the new bridge on Friday.\n\n"This bridge joins two halves of one city," she said.');
    expect(frontMatter.title).toBe("Minister opens new bridge over the river");
    const content = frontMatter.removed?.find(({ text }) => text.includes("<atom:content"));
    expect(content?.reason).toBe("the feed item, its text read as the article's: no text follows the item");
    // An RSS item with only a description: its description is the text.
    expect(article(RSS_ITEM).body.trim()).toBe("The new bridge joins the two halves of the town after ten years of delays.");
  });

  it("reads RSS 2.0's author, an address with the name after it, and a site's own name in the author's place", () => {
    const item = (author: string) =>
      readFeedItem(`<item><title>Bridge</title><link>https://www.rudaw.net/english/bridge</link><author>${author}</author></item>`);
    expect(item("jane@courier.example (Jane Doe)")).toMatchObject({ ok: true, item: { metadata: { author: "Jane Doe" } } });
    const addressOnly = item("jane@courier.example");
    expect(addressOnly).toMatchObject({ ok: true, item: { site: "rudaw.net" } });
    expect(addressOnly?.ok && addressOnly.item.metadata.author).toBeUndefined();
    expect(item("Rudaw")).toMatchObject({ ok: true, item: { metadata: { source: "Rudaw" } } });
  });

  it("refuses a whole feed, saying how many articles it holds", () => {
    const rss = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Courier</title>\n${RSS_ITEM}\n${RSS_ITEM}\n</channel></rss>`;
    expect(ingest(rss)).toEqual({ ok: false, file: "story.txt", reason: "an RSS feed of 2 items, not one article; save each article's text in a file of its own" });
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>\n${ATOM_ENTRY.replace(/^.*\n/, "")}\n</feed>`;
    expect(ingest(atom)).toMatchObject({ ok: false, reason: "an Atom feed of 1 entry, not one article; save each article's text in a file of its own" });
  });

  it("refuses an item that is not well-formed, saying where", () => {
    const unclosed = RSS_ITEM.replace("</item>", "");
    expect(ingest(`${unclosed}\n\n${TEXT}`)).toMatchObject({
      ok: false,
      reason: "it opens with an RSS <item> that is not well-formed XML (no </item> closes the <item> on line 1); fix it or save the article's text alone",
    });
    const crossed = RSS_ITEM.replace("</title>", "</link>");
    expect(ingest(crossed)).toMatchObject({ ok: false, reason: expect.stringContaining("<title> on line 2 is closed by </link> on line 2") });
  });

  it("reads a text that only opens with a tag as text", () => {
    expect(readFeedItem(`<b>Bridge</b> opens\n\n${TEXT}`)).toBeUndefined();
    expect(readFeedItem(TEXT)).toBeUndefined();
  });
});
