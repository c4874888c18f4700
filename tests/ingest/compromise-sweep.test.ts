import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nlp, oneSentenceALine } from "../../src/ingest/entities/compromise.ts";
// compromise's own bulk matcher, which compromise-sweep.ts stands in for (compromise 14.17.0).
// @ts-expect-error: compromise ships no types for its source files.
import compromiseBulkMatch from "../../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js";

const world = nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } };
/** The seed articles and the news fixtures. */
const FOLDERS = [join(import.meta.dirname, "../../content/raw"), join(import.meta.dirname, "../fixtures/news")];

/** Every word of `text` and the tags compromise gives it, with the bulk matcher set. */
function tagsWith(bulkMatch: unknown, text: string): string {
  const ours = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = bulkMatch;
  try {
    const doc = nlp(oneSentenceALine(text)) as unknown as { json(): { terms: { text: string; tags: string[] }[] }[] };
    return JSON.stringify(doc.json().map(({ terms }) => terms.map(({ text, tags }) => [text, tags])));
  } finally {
    world.methods.one.bulkMatch = ours;
  }
}

describe("compromise's post-tagger through compromise-sweep.ts", () => {
  it("tags every word of the seed and news articles as compromise's own bulk matcher does", () => {
    const texts = FOLDERS.flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith(".txt"))
        .map((file) => readFileSync(join(folder, file), "utf8")),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(tagsWith(world.methods.one.bulkMatch, text)).toBe(tagsWith(compromiseBulkMatch, text));
  });
});
