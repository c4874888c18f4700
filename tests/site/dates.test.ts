import { describe, expect, it } from "vitest";
import { compareNewestFirst } from "../../src/site/collections.ts";
import { articleDate, describeDate, machineDate } from "../../src/site/dates.ts";
import { textDirection } from "../../src/site/filters.ts";

describe("dates as the archive shows them", () => {
  it("shows a date only as precise as it is known", () => {
    expect(describeDate("2019-08-24", "00:25")).toBe("24 August 2019, 00:25");
    expect(describeDate("2022-10-13", "16:44", "+03:00")).toBe("13 October 2022, 16:44 UTC+03:00");
    expect(describeDate("2022-10-13", "13:44", "+00:00")).toBe("13 October 2022, 13:44 UTC");
    expect(describeDate("2019-08-04")).toBe("4 August 2019");
    expect(describeDate("2020-06")).toBe("June 2020");
    expect(describeDate("2019")).toBe("2019");
    expect(describeDate(undefined)).toBe("Date unknown");
  });

  it("gives a <time> element the date and, when the day is known, the time", () => {
    expect(machineDate("2019-08-24", "00:25")).toBe("2019-08-24T00:25");
    expect(machineDate("2022-10-13", "16:44", "+03:00")).toBe("2022-10-13T16:44+03:00");
    expect(machineDate("2019-08-24")).toBe("2019-08-24");
    expect(machineDate("2020-06", "10:00")).toBe("2020-06");
  });

  it("reads a day that YAML turned into a Date as the calendar day it names", () => {
    expect(articleDate(new Date("2019-08-24T00:00:00Z"))).toBe("2019-08-24");
    expect(articleDate("2020-06")).toBe("2020-06");
    expect(articleDate(undefined)).toBeUndefined();
  });

  it("reads an invalid date as none, leaving the data schema to report it", () => {
    expect(articleDate(12)).toBeUndefined();
  });
});

describe("the order of articles", () => {
  it("puts the newest first, a month after the days inside it, and undated articles last, ties by title", () => {
    const articles = [
      { date: undefined, title: "B undated" },
      { date: "2019", title: "Year" },
      { date: "2020-06", title: "Month" },
      { date: undefined, title: "A undated" },
      { date: "2020-06-15", title: "Day" },
      { date: "2020-06-15", title: "Another day" },
    ];
    expect(articles.sort(compareNewestFirst).map(({ title }) => title)).toEqual([
      "Another day",
      "Day",
      "Month",
      "Year",
      "A undated",
      "B undated",
    ]);
  });
});

describe("text direction", () => {
  it("writes the languages of Arabic and Hebrew script right to left, everything else left to right", () => {
    const rightToLeft = ["ar", "fa", "he", "ur", "ckb", "ps", "skr", "yi"];
    expect(rightToLeft.map(textDirection)).toEqual(rightToLeft.map(() => "rtl"));
    // Kurmanji Kurdish is written in Latin letters, Sorani (ckb) in Arabic.
    const leftToRight = ["en", "fr", "ku", "tr", "zh", "und"];
    expect(leftToRight.map(textDirection)).toEqual(leftToRight.map(() => "ltr"));
  });
});
