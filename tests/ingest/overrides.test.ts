import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article.ts";
import { readDateLine } from "../../src/ingest/dates.ts";
import { STORY, article, ingest } from "../support/ingest-text.ts";

describe("editor overrides in a sidecar", () => {
  it("lets the sidecar's values win and marks them as the editor's", () => {
    const { frontMatter } = article(STORY, "date: 2021-03-13\nsource: River Times\nurl: https://example.org/bridge\n");
    expect(frontMatter).toMatchObject({ date: "2021-03-13", source: "River Times", url: "https://example.org/bridge" });
    expect(frontMatter.provenance).toEqual({ date: "editor", source: "editor", url: "editor" });
    expect(parseArticle(frontMatter, "x").ok).toBe(true);
  });

  it("takes the text's offset from UTC away from an editor's date or time, unless the sidecar gives one", () => {
    const wire = STORY.replace("12 March 2021", "March 12, 2021 4:44 PM GMT+3");
    expect(article(wire).frontMatter).toMatchObject({ date: "2021-03-12", time: "16:44", utcOffset: "+03:00" });
    expect(article(wire, "time: '09:00'\n").frontMatter).not.toHaveProperty("utcOffset");
    expect(article(wire, "time: '09:00'\nutcOffset: '+01:00'\n").frontMatter).toMatchObject({ time: "09:00", utcOffset: "+01:00" });
    expect(article(wire, "source: River Times\n").frontMatter).toMatchObject({ time: "16:44", utcOffset: "+03:00" });
  });

  it("rejects a sidecar that gives a time without its day, or an offset from UTC without a time, naming it", () => {
    expect(ingest(STORY, "date: 2021-03\ntime: '09:00'\n")).toEqual({
      ok: false,
      file: "story.meta.yaml",
      reason: 'field "time": expected a date with its day beside it (date: YYYY-MM-DD)',
    });
    expect(ingest(STORY, "utcOffset: '+01:00'\n")).toMatchObject({
      ok: false,
      reason: 'field "utcOffset": expected a time beside it (time: HH:MM)',
    });
    // The text gives a time only with its day.
    expect(readDateLine("June 2020, 10:30 GMT")).toEqual({ date: "2020-06" });
  });

  it("reads the topics of a sidecar written when they were called tags", () => {
    const { frontMatter } = article(STORY, "tags: [Bridges]\n");
    expect(frontMatter.topics).toEqual(["Bridges"]);
    expect(frontMatter.provenance).toEqual({ topics: "editor" });
  });

  it("rejects an impossible date, an unknown field or broken YAML, naming the sidecar", () => {
    for (const [sidecar, message] of [
      ["date: 2021-02-30\n", /field "date"/],
      ["colour: red\n", /unknown field "colour"/],
      ["title: [unclosed\n", /not valid YAML/],
    ] as const) {
      const result = ingest(STORY, sidecar);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.file).toBe("story.meta.yaml");
        expect(result.reason).toMatch(message);
      }
    }
  });
});
