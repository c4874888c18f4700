import { basename, extname } from "node:path";
import type { PageData, UserConfig } from "@11ty/eleventy";
import { checkArticle, validateArticle } from "./data-schema.ts";

/**
 * What every article gets without writing it in its front matter. The input folder holds only articles, so this is
 * global data; the site's own pages (pages.ts) override each key.
 */
export function articleData(eleventyConfig: UserConfig): void {
  for (const [field, value] of Object.entries(SITE_SET)) {
    // Eleventy calls a function given as global data and uses what it returns, hence the extra arrow.
    eleventyConfig.addGlobalData(field, () => value);
  }
  const validate = (data: Parameters<typeof validateArticle>[0]) => validateArticle(data, SITE_SET);
  eleventyConfig.addGlobalData("eleventyDataSchema", () => validate);
  // Eleventy would read `date` itself (and reject values before the schema can name the field), or stat the file
  // of an undated article. Templates use the article's own `date`, so page.date gets a fixed, meaningless value.
  eleventyConfig.addDateParsing(() => new Date(0));
}

/** The fields Eleventy acts on that every article gets; its front matter may not change them. */
const SITE_SET = { layout: "article.njk", permalink: articlePermalink };

/** The folder of the site that holds the article pages, and nothing else. */
export const ARTICLE_PAGES = "articles";

function articlePermalink(data: { page: PageData }): string {
  return articleUrl(data.page.inputPath);
}

/**
 * The address of the page of the article in `file`. A page is named after its file, which ingest names after its
 * headline. Not Eleventy's fileSlug: that drops a leading `2019-08-24-`, so two headlines that differ only by such a
 * date would share one address.
 */
export function articleUrl(file: string): string {
  return `/${ARTICLE_PAGES}/${basename(file, extname(file))}/`;
}

/** The article in the front matter `data` of `file`, or what is wrong with it, as the data schema check says it. */
export function checkArticleData(data: Record<string, unknown>, file: string): ReturnType<typeof checkArticle> {
  return checkArticle(data, file, SITE_SET);
}
