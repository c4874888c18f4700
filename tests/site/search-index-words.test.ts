import { describe, expect, it } from "vitest";
import {
  encodeWhere,
  encodeWord,
  readWordFile,
  readWordPages,
  rewriteWord,
  writeWordFile,
  type WordPage,
  type WordPages,
} from "../../src/site/search-index-words.ts";

/** A word on pages `numbers`, at a few locations on each, which differ from page to page. */
const on = (numbers: number[]): WordPage[] =>
  numbers.map((page) => ({ page, where: encodeWhere([page % 7, 300 + page, 70_000 + page], page % 3 === 0 ? [1] : []) }));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("a word of a search index rewritten for an update", () => {
  it("is the word Pagefind's format holds for its pages after the change, one word after another", () => {
    // A word on thousands of pages, then smaller ones: the buffers kept from word to word must not leak into the next.
    const cases: { word: string; before: WordPages; cleared: number[]; adding?: WordPages; after: WordPages }[] = [
      {
        word: "iraq",
        before: { pages: on(range(0, 5000)), spellings: [["Iraq", on(range(0, 4000))]] },
        cleared: [0, 17, 4999],
        adding: { pages: on([5000, 5001]), spellings: [["Iraq", on([5000])], ["IRAQ", on([5001])]] },
        after: {
          pages: on([...range(1, 17), ...range(18, 4999), 5000, 5001]),
          spellings: [["Iraq", on([...range(1, 17), ...range(18, 4000), 5000])], ["IRAQ", on([5001])]],
        },
      },
      {
        word: "بغداد",
        before: { pages: on([3, 9, 12]), spellings: [] },
        cleared: [9],
        adding: { pages: on([5, 40]), spellings: [] },
        after: { pages: on([3, 5, 12, 40]), spellings: [] },
      },
      { word: "bridge", before: { pages: on([2]), spellings: [["Bridge", on([2])]] }, cleared: [2], after: { pages: [], spellings: [] } },
      // An article added takes the next page number and no page goes: its words' pages are put after the word's own.
      {
        word: "parly",
        before: { pages: on(range(0, 3000)), spellings: [["Parly", on([90, 2999])]] },
        cleared: [],
        adding: { pages: on([3000, 3001]), spellings: [] },
        after: { pages: on(range(0, 3002)), spellings: [["Parly", on([90, 2999])]] },
      },
      {
        word: "ecole",
        before: { pages: [], spellings: [["école", on([3])]] },
        cleared: [],
        adding: { pages: on([7]), spellings: [] },
        after: { pages: on([7]), spellings: [["école", on([3])]] },
      },
    ];
    for (const { word, before, cleared, adding, after } of cases) {
      const rewritten = rewriteWord(encodeWord(word, before), new Set(cleared), adding);
      if (after.pages.length === 0) {
        expect(rewritten).toBeUndefined();
        continue;
      }
      expect(rewritten).toEqual(encodeWord(word, after));
      expect(readWordPages(rewritten!)).toEqual(after);
    }
  });

  it("is written into a word file that reads back as its words", () => {
    const words = [encodeWord("alpha", { pages: on([1, 2]), spellings: [] }), encodeWord("beta", { pages: on(range(0, 300)), spellings: [] })];
    const { content, index } = writeWordFile(words);
    expect(index.words).toEqual(["alpha", "beta"]);
    expect(readWordFile(content, index).map(readWordPages)).toEqual(words.map(readWordPages));
    expect(readWordFile(content)).toEqual(readWordFile(content, index));
    expect(index.lastPages).toEqual([2, 299]);
  });
});
