import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import matter from "gray-matter";
import { renderPartOf, rendersSitePage, writesSitePages } from "./render-parts.ts";

/**
 * The site's own pages (home, browse pages, search, not found, feeds, sitemap) are the `.njk` templates in `dir`,
 * and its assets (stylesheet, scripts) the files in `assets`. The input folder holds only articles, so the pages
 * join every build as virtual templates, each naming its permalink in its front matter. A run that renders a part
 * of the site (render-parts.ts) other than the first renders only the paginated ones, of which it has a share.
 */
export function pages(eleventyConfig: UserConfig, { dir, assets }: { dir: string; assets: string }): void {
  const part = renderPartOf(eleventyConfig);
  if (writesSitePages(part)) eleventyConfig.addPassthroughCopy({ [assets]: "assets" });
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".njk"))) {
    const text = readFileSync(join(dir, name), "utf8");
    if (rendersSitePage(part, matter(text).data)) eleventyConfig.addTemplate(name, text, NOT_AN_ARTICLE);
  }
}

/**
 * Overrides the article defaults of article-data.ts: no article schema, not in collections. The layout, which
 * data given here would force on a template whatever its front matter says, each page names itself.
 */
const NOT_AN_ARTICLE = { eleventyDataSchema: false, eleventyExcludeFromCollections: true };

/**
 * A file the site writes from code rather than a template: a JSON feed, a data file. Its `render` takes everything
 * from its data (the site's address included), never from the Eleventy config: Eleventy keeps compiled templates
 * for the whole process, and may render a later build with the first build's function. Not one per article: on a
 * rebuild in watch mode, Eleventy checks every page of a language of our own against the file that changed, by a
 * walk of its whole dependency graph (api.ts writes the citation files after the build for that reason).
 */
export interface CodePage<Data> {
  /** Eleventy data: the permalink (a function of the data may give it), and the pagination when there are many */
  data: Record<string, unknown>;
  render(data: Data): string | Promise<string>;
}

/**
 * Pages written by code are templates of a language of their own, whose text is only the page's name and whose
 * "compiler" looks the name up among the pages added to that build. Eleventy's JavaScript templates would do, but
 * enabling them would also run any `.11ty.js` file found in the articles folder.
 */
const CODE_PAGE = "code-page";
const codePages = new WeakMap<UserConfig, Map<string, CodePage<never>["render"]>>();

/**
 * Adds a page written by code, as a virtual template named `name` (which says what it writes). A single page is
 * written by the run that writes the site's single pages (render-parts.ts).
 */
export function addCodePage<Data>(eleventyConfig: UserConfig, name: string, page: CodePage<Data>): void {
  if (!rendersSitePage(renderPartOf(eleventyConfig), page.data)) return;
  let renders = codePages.get(eleventyConfig);
  if (!renders) {
    const known = (renders = new Map());
    codePages.set(eleventyConfig, known);
    eleventyConfig.addTemplateFormats(CODE_PAGE);
    eleventyConfig.addExtension(CODE_PAGE, {
      compile: (text: string) => {
        const render = known.get(text.trim());
        if (!render) throw new Error(`No page is written by code under the name "${text.trim()}"`);
        return (data: never) => render(data);
      },
    });
  }
  renders.set(name, page.render as CodePage<never>["render"]);
  eleventyConfig.addTemplate(`${name}.${CODE_PAGE}`, name, { ...NOT_AN_ARTICLE, layout: false, ...page.data });
}
