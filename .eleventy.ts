import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { EleventyHtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import { researchFiles } from "./src/site/api.ts";
import { articleData } from "./src/site/article-data.ts";
import { collections } from "./src/site/collections.ts";
import { feeds } from "./src/site/feeds.ts";
import { filters } from "./src/site/filters.ts";
import { headersFile } from "./src/site/headers-file.ts";
import { markdown } from "./src/site/markdown.ts";
import { pages } from "./src/site/pages.ts";
import { rawFiles } from "./src/site/raw-files.ts";
import { structuredData } from "./src/site/structured-data.ts";

/**
 * The input folder is the articles folder (it varies: content/articles, a test's temp folder); everything else the
 * site needs is in this project's layouts/ folder.
 */
const layouts = fileURLToPath(new URL("./layouts/", import.meta.url));

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.setTemplateFormats(["md", "njk"]);
  // Eleventy skips what the working folder's .gitignore lists, and a project ignores its generated articles
  // (this one's does): every article in the input folder is the archive's.
  eleventyConfig.setUseGitIgnore(false);
  // Eleventy resolves the includes folder against the input folder.
  eleventyConfig.setIncludesDirectory(relative(eleventyConfig.directories.input, layouts));

  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  eleventyConfig.addPlugin(markdown);
  eleventyConfig.addPlugin(articleData);
  eleventyConfig.addPlugin(collections);
  eleventyConfig.addPlugin(filters);
  eleventyConfig.addPlugin(headersFile);
  eleventyConfig.addPlugin(structuredData);
  eleventyConfig.addPlugin(pages, { dir: join(layouts, "pages"), assets: join(layouts, "assets") });
  eleventyConfig.addPlugin(feeds);
  eleventyConfig.addPlugin(researchFiles);
  eleventyConfig.addPlugin(rawFiles);

  // Article bodies are scraped text: `{{` in them is text, not a template tag.
  return { markdownTemplateEngine: false };
}
