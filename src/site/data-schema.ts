import type { PageData } from "@11ty/eleventy";
import { parseArticle, type Article } from "../article.ts";

/** Front matter that breaks the article schema; the message has one line per problem, naming file and field. */
export class InvalidArticleError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.join("\n")}\nCorrect the front matter of the file named above, or ingest it again.`);
    this.name = "InvalidArticleError";
  }
}

/**
 * Eleventy's data schema check for an article (run as `eleventyDataSchema`): a hand edit that breaks the schema
 * fails the build instead of rendering a broken page. `siteSet` holds the fields Eleventy acts on that the site
 * sets for every article (article-data.ts); front matter that changes them, or sets another such field, would move
 * the article's page, drop it or render it as something else, and the build would fail far from the cause.
 */
export function validateArticle(data: { page: PageData } & Record<string, unknown>, siteSet: Record<string, unknown>): void {
  const { problems } = checkArticle(data, data.page.inputPath, siteSet);
  if (problems.length > 0) throw new InvalidArticleError(problems);
}

/** The article in the front matter `data` of `file`, or what validateArticle finds wrong with it, a line a problem. */
export function checkArticle(
  data: Record<string, unknown>,
  file: string,
  siteSet: Record<string, unknown>,
): { article: Article; problems: [] } | { article: undefined; problems: string[] } {
  const eleventyFields = ELEVENTY_FIELDS.filter((field) => data[field] !== undefined && data[field] !== siteSet[field]);
  const problems = eleventyFields.map(
    (field) => `${file}: field "${field}": Eleventy acts on it, and the site lays out every article's page; remove it`,
  );
  const result = parseArticle(data, file);
  if (!result.ok) problems.push(...result.problems);
  return result.ok && problems.length === 0 ? { article: result.article, problems: [] } : { article: undefined, problems };
}

/** Front matter fields that Eleventy itself acts on (https://www.11ty.dev/docs/data-configuration/ and beside). */
const ELEVENTY_FIELDS = [
  "permalink",
  "layout",
  "pagination",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyImport",
  "templateEngineOverride",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
];
