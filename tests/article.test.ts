import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/article.ts";

const valid = {
  title: "Bridge opens",
  summary: "The bridge opened.",
  topics: [],
  people: [],
  places: [],
  organizations: [],
  language: "en",
  original: { file: "bridge.txt", sha256: "a".repeat(64) },
};

describe("the article schema's messages", () => {
  it.each([
    [{ title: undefined }, 'a.md: field "title": missing, expected string'],
    [{ title: "  " }, 'a.md: field "title": expected a headline, got an empty text'],
    [{ date: "June 2020" }, 'a.md: field "date": expected a date written YYYY-MM-DD, YYYY-MM or YYYY'],
    [{ date: "2021-02-30" }, 'a.md: field "date": expected a day that exists in the calendar'],
    [{ date: 2019 }, 'a.md: field "date": expected string, got a number'],
    [{ topics: "Politics" }, 'a.md: field "topics": expected array, got the text "Politics"'],
    [
      { tags: ["Politics"] },
      'a.md: field "tags": expected one of "tags" and "topics": "tags" is the old name of "topics"',
    ],
    [{ language: "English" }, 'a.md: field "language": expected a language code such as en, ar or ckb'],
    [{ date: "2021-03", time: "09:00" }, 'a.md: field "time": expected a date with its day beside it (date: YYYY-MM-DD)'],
    [{ date: "2021-03-12", utcOffset: "+03:00" }, 'a.md: field "utcOffset": expected a time beside it (time: HH:MM)'],
  ])("names the file, the field and what was expected for %j", (change, message) => {
    expect(parseArticle({ ...valid, ...change }, "a.md")).toEqual({ ok: false, problems: [message] });
  });

  it("reads the topics of a file written when they were called tags", () => {
    const { topics: _, ...old } = valid;
    const result = parseArticle({ ...old, tags: ["Politics"] }, "a.md");
    expect(result.ok && result.article.topics).toEqual(["Politics"]);
  });

  it("reads a YAML date, which YAML makes midnight UTC, as the calendar day it names", () => {
    const result = parseArticle({ ...valid, date: new Date("2019-08-24T00:00:00Z") }, "a.md");
    expect(result.ok && result.article.date).toBe("2019-08-24");
  });
});
