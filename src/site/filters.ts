import type { UserConfig } from "@11ty/eleventy";
import { articleDate, describeDate, machineDate } from "./dates.ts";

/** Template filters; each is a pure function. */
export function filters(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("articleDate", articleDate);
  eleventyConfig.addFilter("describeDate", describeDate);
  eleventyConfig.addFilter("machineDate", machineDate);
  eleventyConfig.addFilter("textDirection", textDirection);
}

/** Languages of the archive's sources that are written right to left. */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);

/** The `dir` attribute for text in `language` (an ISO 639-1 code). */
export function textDirection(language: string): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr";
}
