import { describe, expect, it } from "vitest";
import { groupStories, MOST_COMPARED_PER_PERSON, SAME_STORY_THRESHOLD, storyScore } from "../../src/ingest/stories.ts";

/** Made-up words for headlines, so that articles about different events share few of them. */
const WORDS = Array.from({ length: 3_000 }, (_, i) => `w${((i * 2_654_435_761) >>> 0).toString(36)}`);

/**
 * An archive of `n` articles in which one person is named in every article (a prime minister) and forty others in
 * one article in forty; a third are undated. Every tenth article is a second report of the one before it: the same
 * people and headline a day later. Deterministic: article `i` depends on `i` only.
 */
function archive(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const event = i % 10 === 9 ? i - 1 : i;
    const word = (k: number) => WORDS[(event * 31 + k * 977) % WORDS.length]!;
    const title = [0, 1, 2, 3, 4, 5].map(word).join(" ");
    const date = event % 3 === 0 ? undefined : new Date(Date.UTC(2020, 0, 1 + ((event * 13) % 700) + i - event)).toISOString().slice(0, 10);
    return {
      title,
      summary: `${title} ${[6, 7, 8, 9, 10, 11].map(word).join(" ")}`,
      people: ["Prime Minister", `Minister ${event % 40}`, `Person ${event}`, `Person ${event} junior`],
      ...(date && { date }),
    };
  });
}

describe("grouping a large archive into stories", () => {
  it("compares a bounded number of pairs per article, however many articles name the same person", () => {
    for (const n of [5_000, 50_000]) {
      // All pairs that name the prime minister would be n²/2: 12.5 million at 5,000 articles.
      const { pairsCompared } = groupStories(archive(n));
      expect(pairsCompared, `${n} articles`).toBeLessThanOrEqual(n * 2 * MOST_COMPARED_PER_PERSON);
    }
  });

  it("does not chain reports into one story through a report that is like each of them", () => {
    const report = (people: string[], words: string) => ({ title: words, summary: words, people });
    const first = report(["Ann Lee"], "bridge opens river town mayor ribbon");
    const second = report(["Ann Lee", "Omar Said"], "bridge opens river budget vote parliament");
    const third = report(["Omar Said", "Sara Kim"], "budget vote parliament strike union wages");
    expect(storyScore(first, second)).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    expect(storyScore(second, third)).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    expect(storyScore(first, third)).toBeLessThan(SAME_STORY_THRESHOLD);
    const { stories } = groupStories([first, second, third]);
    expect(stories[0]).toBeDefined();
    expect(stories).toEqual([stories[0], stories[0], undefined]);
  });

  it("still groups the two reports of each event when one person is named in every article", () => {
    const articles = archive(5_000);
    const { stories } = groupStories(articles);
    for (let i = 0; i < articles.length; i++) {
      if (i % 10 === 8 || i % 10 === 9) expect(stories[i], `article ${i}`).toBe(stories[i - (i % 10) + 8]);
      else expect(stories[i], `article ${i}`).toBeUndefined();
    }
  });
});
