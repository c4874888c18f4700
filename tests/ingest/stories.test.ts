import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { aliasesFrom, NO_ALIASES, type Aliases } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { assignStories, SAME_STORY_THRESHOLD, storyScore } from "../../src/ingest/stories.ts";

const RAW = "content/raw";
const files = readdirSync(RAW).filter((name) => name.endsWith(".txt")).sort();
const seeds = (aliases: Aliases) =>
  files.map((file) => {
    const result = ingestArticle({ file, bytes: readFileSync(join(RAW, file)) }, aliases);
    if (!result.ok) throw new Error(result.reason);
    return result.article.frontMatter;
  });
const withAliases = seeds(aliasesFrom(parse(readFileSync("content/entities.yaml", "utf8"))));
// 001 (Shafaq News) and 004 report the French minister's visit to Baghdad.
const PARLY_VISIT = new Set(["001", "004"].map((prefix) => files.findIndex((file) => file.startsWith(prefix))));

describe("grouping reports of one event into a story", () => {
  it("scores the two reports of the Parly visit above the threshold, with or without the alias file", () => {
    for (const articles of [withAliases, seeds(NO_ALIASES)]) {
      const [a, b] = [...PARLY_VISIT].map((i) => articles[i]!);
      expect(storyScore(a!, b!)).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    }
  });

  it("scores every other pair of seeds well below the threshold", () => {
    for (let i = 0; i < withAliases.length; i++) {
      for (let j = i + 1; j < withAliases.length; j++) {
        if (PARLY_VISIT.has(i) && PARLY_VISIT.has(j)) continue;
        expect(storyScore(withAliases[i]!, withAliases[j]!), `${files[i]} ~ ${files[j]}`).toBeLessThan(SAME_STORY_THRESHOLD - 0.1);
      }
    }
  });

  it("gives one story id to the group and none to articles that stand alone", () => {
    const stories = assignStories(withAliases);
    const grouped = stories.flatMap((story, i) => (story ? [i] : []));
    expect(new Set(grouped)).toEqual(PARLY_VISIT);
    expect(new Set(grouped.map((i) => stories[i])).size).toBe(1);
  });

  it("never groups articles dated weeks apart, however alike", () => {
    const base = { title: "Minister visits Baghdad", summary: "The minister visited Baghdad.", people: ["Ann Lee"] };
    expect(storyScore({ ...base, date: "2020-07-16" }, { ...base, date: "2020-07-17" })).toBeGreaterThan(SAME_STORY_THRESHOLD);
    expect(storyScore({ ...base, date: "2020-07-16" }, { ...base, date: "2020-09-30" })).toBe(0);
  });
});
