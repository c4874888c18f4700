// @ts-check
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The benchmark's baseline: bare Eleventy rendering each article's Markdown through a one-line layout. Plain
 * JavaScript, so the baseline pays for no TypeScript loader.
 */
const here = fileURLToPath(new URL(".", import.meta.url));

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(["md"]);
  eleventyConfig.setIncludesDirectory(relative(eleventyConfig.directories.input, here));
  eleventyConfig.addGlobalData("layout", "page.njk");
  // As in news-archive: article text is not a template, so both skip the Liquid pass over Markdown.
  return { markdownTemplateEngine: false };
}
