import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { RawArticle } from "../../src/ingest/ingest.ts";
import { ingestArticles, ingestInThreads } from "../../src/ingest/ingest-threads.ts";

// No raw file makes ingest fail today (that would be a bug to mend); a raw article without its bytes stands in for
// one that does.
const broken = { file: "broken.txt" } as RawArticle;

describe("ingesting many articles", () => {
  it("reports a failure of ingest's own on one article as that article's error, and ingests the others", async () => {
    const good: RawArticle = { file: "guardian-page.txt", bytes: await readFile("tests/fixtures/hostile/raw/guardian-page.txt") };
    for (const results of [await ingestArticles([broken, good], {}), await ingestInThreads([broken, good], {}, 2)]) {
      expect(results[0]).toMatchObject({ ok: false, file: "broken.txt", reason: expect.stringMatching(/^news-archive failed on it, a bug to report/) });
      expect(results[1]).toMatchObject({ ok: true, article: { frontMatter: { author: "Martin Chulov" } } });
    }
  });
});
