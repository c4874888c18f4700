import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleSchema, parseArticle, type ArticleInput } from "../../src/article.ts";
import { formatArticleFile, parseArticleFile } from "../../src/article-file.ts";
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { ingestArticle, type IngestedArticle } from "../../src/ingest/ingest.ts";

const RAW = "content/raw";
const seeds = readdirSync(RAW)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, text: readFileSync(join(RAW, name), "utf8") }));
const seedLines = seeds.flatMap((seed) => seed.text.split("\n"));

function ingestText(text: string | Uint8Array): ReturnType<typeof ingestArticle> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return ingestArticle({ file: "property.txt", bytes }, NO_ALIASES);
}

function ingested(text: string | Uint8Array): IngestedArticle {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/**
 * What a reader sees of an article: everything but the raw file's bytes and line numbers. What was removed is
 * compared as one text, since wrapping changes how many raw lines held it.
 */
function published(article: IngestedArticle) {
  const { removed, original, ...frontMatter } = article.frontMatter;
  return { frontMatter, removedText: removed?.map((line) => line.text).join(" "), body: article.body };
}

/** Hard-wraps every line longer than `width` columns at word boundaries, keeping its indentation, as `fmt` would. */
function wrapAt(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const lines: string[] = [];
      const indent = /^ */.exec(line)![0];
      let current = indent;
      for (const word of line.trimStart().split(" ")) {
        if (current.trim() && `${current} ${word}`.length > width) {
          lines.push(current);
          current = indent + word;
        } else {
          current = current.trim() ? `${current} ${word}` : current + word;
        }
      }
      return [...lines, current];
    })
    .join("\n");
}

describe("ingest on any input", () => {
  it("never throws on arbitrary text, and either ingests it or says why not", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (text) => {
        const result = ingestText(text);
        if (!result.ok) expect(result.reason).toMatch(/\w/);
      }),
      { numRuns: 300 },
    );
  });

  it("makes a valid article or says why not, from any mix of markup, metadata, chrome and text", () => {
    const pieces = ["---", "# ", "## ", "=====", "**", "*", "_", "`", "![", "](", ")", "[", "]", "> ", "- ", "...", ":", "'", "\\"];
    const lines = ["Title: ", "Markdown Content:", "url: https://example.com/a", "author:", "Image caption,", "10:32 GMT", "1 of 4"];
    const words = ["By Jane Doe", "12 March 2021", "Subscribe to continue reading", "READ MORE: A bridge", "the Shatt al-Arab", "Anna Berg"];
    const sentence = "The minister of transport opened the new bridge on Friday, ending years of delays.";
    const token = fc.constantFrom(...pieces, ...lines, ...words, sentence, "\n", "\n\n", " ");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const result = ingestText(tokens.join(""));
        if (result.ok) expect(parseArticle(ArticleSchema.parse(result.article.frontMatter), "x").ok).toBe(true);
        else expect(result.reason).toMatch(/\w/);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a text of punctuation alone, which has no headline or summary to give", () => {
    const result = ingestText("...\n\n* * *\n");
    expect(result.ok === false && result.reason).toBe("no article text found: it has no words, only punctuation");
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        ingestText(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on shuffled lines of real scrapes", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...seedLines), { maxLength: 80 }), (lines) => {
        const result = ingestText(lines.join("\n"));
        if (result.ok) expect(parseArticle(ArticleSchema.parse(result.article.frontMatter), "x").ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("front matter on disk", () => {
  const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== "");
  const frontMatter: fc.Arbitrary<ArticleInput> = fc.record({
    title: text,
    date: fc.constantFrom("2019", "2020-06", "2019-08-24"),
    author: text,
    summary: fc.string({ unit: "grapheme", maxLength: 200 }),
    topics: fc.array(text, { maxLength: 3 }),
    people: fc.array(text, { maxLength: 3 }),
    places: fc.array(text, { maxLength: 3 }),
    organizations: fc.array(text, { maxLength: 3 }),
    language: fc.constantFrom("en", "ar", "und"),
    original: fc.record({ file: text, sha256: fc.constant("a".repeat(64)) }),
    provenance: fc.constant({ title: "editor" as const }),
    removed: fc.array(fc.record({ line: fc.integer({ min: 1, max: 1000 }), text: fc.string({ maxLength: 50 }), reason: text })),
  });

  it("reads back exactly what was written, YAML specials, dates and all", () => {
    fc.assert(
      fc.property(frontMatter, fc.string({ maxLength: 200 }), (data, body) => {
        const file = parseArticleFile(formatArticleFile(data, `${body}\n`));
        expect(ArticleSchema.parse(file.data)).toEqual(ArticleSchema.parse(data));
        expect(file.body).toBe(`${body}\n`);
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });

  it("round-trips every seed's front matter", () => {
    for (const seed of seeds) {
      const article = ingested(seed.text);
      const file = parseArticleFile(formatArticleFile(article.frontMatter, article.body));
      expect(ArticleSchema.parse(file.data)).toEqual(ArticleSchema.parse(article.frontMatter));
      expect(file.body).toBe(article.body);
    }
  });
});

describe("the same article in another shape", () => {
  // The news fixtures, in the shapes of today's sites, as a scrape or a mail client wraps them.
  const NEWS = "tests/fixtures/news";
  for (const name of readdirSync(NEWS).filter((file) => file.endsWith(".txt"))) {
    const text = readFileSync(join(NEWS, name), "utf8");
    it(`${name}: hard-wrapped at 65 and at 80 columns gives the same article`, () => {
      const original = published(ingested(text));
      for (const width of [65, 80]) expect(published(ingested(wrapAt(text, width))), `${width} columns`).toEqual(original);
    });
  }
  for (const seed of seeds) {
    const original = published(ingested(seed.text));
    it(`${seed.name}: hard-wrapped at 72 and at 100 columns gives the same article`, () => {
      for (const width of [72, 100]) expect(published(ingested(wrapAt(seed.text, width))), `${width} columns`).toEqual(original);
    });
    it(`${seed.name}: with CRLF line endings gives the same article`, () => {
      expect(published(ingested(seed.text.replace(/\n/g, "\r\n")))).toEqual(original);
    });
    it(`${seed.name}: with a UTF-8 byte-order mark gives the same article`, () => {
      expect(published(ingested(`\ufeff${seed.text}`))).toEqual(original);
    });
  }
});
