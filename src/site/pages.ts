import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";

/**
 * The site's own pages (home, search, not found) are the `.njk` templates in `dir`. The input folder holds only
 * articles, so they join every build as virtual templates, each naming its permalink in its front matter.
 */
export function pages(eleventyConfig: UserConfig, { dir }: { dir: string }): void {
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".njk"))) {
    eleventyConfig.addTemplate(name, readFileSync(join(dir, name), "utf8"), NOT_AN_ARTICLE);
  }
}

/** Overrides the article defaults of article-data.ts: no article layout, no article schema, not in collections. */
const NOT_AN_ARTICLE = { layout: "base.njk", eleventyDataSchema: false, eleventyExcludeFromCollections: true };
