import type { PageData } from "@11ty/eleventy";
import { parseArticle } from "../article.ts";

/** Front matter that breaks the article schema; the message has one line per problem, naming file and field. */
class InvalidArticleError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.join("\n")}\nCorrect the front matter of the file named above, or ingest it again.`);
    this.name = "InvalidArticleError";
  }
}

/**
 * Eleventy's data schema check for an article (run as `eleventyDataSchema`): a hand edit that breaks the schema
 * fails the build instead of rendering a broken page.
 */
export function validateArticle(data: { page: PageData }): void {
  const result = parseArticle(data, data.page.inputPath);
  if (!result.ok) throw new InvalidArticleError(result.problems);
}
