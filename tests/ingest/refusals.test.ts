import { describe, expect, it } from "vitest";
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { STORY, ingest } from "../support/ingest-text.ts";

describe("refusing what is not an article", () => {
  it.each([
    ["", "the file is empty"],
    ["  \n\t\n", "the file holds only white space"],
    ["a\u0000b", "binary"],
    ["\n<HTML lang=\"en\"><body><p>Bridge opens</p></body></HTML>", "an HTML page, not plain text (it opens with <HTML lang=\"en\">)"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<rss><channel><title>Bridge opens</title></channel></rss>', "an RSS feed of 0 items, not one article"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Bridge opens</p></body></html>', "an XML document"],
    ["{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Bridge opens\\par }", "an RTF document, not plain text (it opens with {\\rtf1)"],
    ['{\n  "title": "Bridge opens",\n  "text": "The minister opened the bridge."\n}', 'a JSON document, not plain text (it opens with { "title": "Bridge opens", "text": "The…)'],
  ])("refuses %j with a reason", (text, reason) => {
    const result = ingest(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it("reads a text that quotes a tag, or opens with one or a bracket, as text", () => {
    expect(ingest(`<b>Bridge</b> opens\n\n${STORY}`).ok).toBe(true);
    expect(ingest(`[Photo: the new bridge]\n\n${STORY}`).ok).toBe(true);
    expect(ingest(`${STORY}\n<html> is how a web page begins, the minister said on Friday.\n`).ok).toBe(true);
  });

  it("refuses bytes that are no text in any encoding it knows", () => {
    const result = ingestArticle({ file: "bad.txt", bytes: new Uint8Array([0x48, 0xff, 0x01, 0x41, 0x0a]) }, NO_ALIASES);
    expect(result).toEqual({ ok: false, file: "bad.txt", reason: "the file is neither UTF-8 text nor text in a legacy code page (it holds control bytes)" });
  });
});
