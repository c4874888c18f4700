import type { UserConfig } from "@11ty/eleventy";
import { withoutNoteMarks } from "../ingest/summary.ts";
import { browseUrl } from "./browse.ts";
import { articleDate, describeDate, machineDate } from "./dates.ts";
import { rawUrl } from "./raw-files.ts";
import { absoluteUrl } from "./site-data.ts";

/** Template filters; each is a pure function. */
export function filters(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("articleDate", articleDate);
  eleventyConfig.addFilter("describeDate", describeDate);
  eleventyConfig.addFilter("machineDate", machineDate);
  eleventyConfig.addFilter("textDirection", textDirection);
  eleventyConfig.addFilter("htmlLang", htmlLang);
  eleventyConfig.addFilter("browseUrl", (value: string, kindPath: string) => browseUrl(kindPath, value));
  eleventyConfig.addFilter("rawUrl", rawUrl);
  eleventyConfig.addFilter("readingTime", readingTime);
  eleventyConfig.addFilter("count", count);
  eleventyConfig.addFilter("opensWith", opensWith);
  // Not `absoluteUrl`: the feed plugin has a filter of that name, which knows nothing of the path prefix.
  eleventyConfig.addFilter("siteUrl", absoluteUrl);
}

/** The scripts written right to left: Arabic, Hebrew, Syriac, Thaana, N’Ko, Adlam, Hanifi Rohingya. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"]);

/**
 * The `dir` attribute for text in `language` (a BCP 47 language subtag), by the script the language is most often
 * written in, as Unicode's CLDR data in Node says: `ar`, `ckb` (Sorani), `ps`, `skr` right to left, `ku` (Kurmanji,
 * in Latin letters) left to right.
 */
export function textDirection(language: string): "rtl" | "ltr" {
  return RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(language).maximize().script ?? "") ? "rtl" : "ltr";
}

/** The `lang` attribute for an article's language: empty, meaning unknown, for `und`, which HTML does not use. */
export function htmlLang(language: string): string {
  return language === "und" ? "" : language;
}

/** "4 min read", at 230 words a minute; never less than a minute. */
export function readingTime(words: number): string {
  return `${Math.max(1, Math.round(words / 230))} min read`;
}

/** "1 article", "3 articles": a number and the noun, plural when it is not one. */
export function count(number: number, singular: string, plural = `${singular}s`): string {
  return `${number} ${number === 1 ? singular : plural}`;
}

/**
 * Whether the lead paragraph of an article's `html` (its first paragraph outside a photo's caption and a quote,
 * such as an embedded post) opens with `text`, word for word: ingest's summary is the lead's first sentence, which a
 * page that prints the lead need not print above it too. Tags, character references, punctuation and the marks of
 * the notes a lead points to (`budget line.[1]`, which the summary goes without) are not words.
 */
export function opensWith(html: string, text: string): boolean {
  const lead = /<p>(.*?)<\/p>/s.exec(html.replace(/<figure>.*?<\/figure>|<blockquote>.*?<\/blockquote>/gs, ""))?.[1] ?? "";
  const leadWords = wordsOf(withoutNoteMarks(lead).replace(/<[^>]*>|&#?\w+;/g, " "));
  const textWords = wordsOf(withoutNoteMarks(text));
  return textWords.length > 0 && textWords.every((word, i) => leadWords[i] === word);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
