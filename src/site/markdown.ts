import type { UserConfig } from "@11ty/eleventy";
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import container, { type ContainerOptions } from "markdown-it-container";

/**
 * How article bodies render. Bodies are scraped text, so raw HTML in them is shown as text, never passed through
 * (Eleventy's markdown-it defaults to `html: true`). markdown-it itself refuses `javascript:` and similar links.
 */
export function markdown(eleventyConfig: UserConfig): void {
  eleventyConfig.amendLibrary("md", articleMarkdown);
}

/** Sets up a markdown-it instance for article bodies: no raw HTML, `::: figure` captions, tables' heading cells. */
function articleMarkdown(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push("table_heading_cells", tableHeadingCells);
  return md.set({ html: false }).use(container, "figure", figureCaption);
}

/**
 * A table whose rows are named in its first column has nothing above those names: GFM makes that corner a heading
 * cell all the same, an empty one that names no column for a screen reader. An empty cell of the heading row is
 * written as a data cell, as a table written by hand has it; the table is then no longer one whose headings need
 * no saying where they apply (WCAG's H63), so each heading cell says it heads its column.
 */
function tableHeadingCells(state: { tokens: Token[] }): void {
  const { tokens } = state;
  tokens.forEach((token, i) => {
    if (token.type !== "th_open") return;
    if (tokens[i + 1]?.content !== "" || tokens[i + 2]?.type !== "th_close") {
      token.attrSet("scope", "col");
      return;
    }
    for (const cell of [token, tokens[i + 2]!]) {
      cell.type = cell.type.replace("th_", "td_");
      cell.tag = "td";
    }
  });
}

/**
 * Scraped text has photo captions but no photos. Ingest wraps a caption in `::: figure … :::`, which becomes a
 * figure holding only its caption, so the caption stays apart from the story's paragraphs.
 */
const figureCaption: ContainerOptions = {
  render: (tokens, index) => (tokens[index]?.nesting === 1 ? "<figure><figcaption>\n" : "</figcaption></figure>\n"),
};
