import type { UserConfig } from "@11ty/eleventy";
import type MarkdownIt from "markdown-it";
import container, { type ContainerOptions } from "markdown-it-container";

/**
 * How article bodies render. Bodies are scraped text, so raw HTML in them is shown as text, never passed through
 * (Eleventy's markdown-it defaults to `html: true`). markdown-it itself refuses `javascript:` and similar links.
 */
export function markdown(eleventyConfig: UserConfig): void {
  eleventyConfig.amendLibrary("md", articleMarkdown);
}

/** Sets up a markdown-it instance for article bodies: no raw HTML, and `::: figure` captions. */
function articleMarkdown(md: MarkdownIt): MarkdownIt {
  return md.set({ html: false }).use(container, "figure", figureCaption);
}

/**
 * Scraped text has photo captions but no photos. Ingest wraps a caption in `::: figure … :::`, which becomes a
 * figure holding only its caption, so the caption stays apart from the story's paragraphs.
 */
const figureCaption: ContainerOptions = {
  render: (tokens, index) => (tokens[index]?.nesting === 1 ? "<figure><figcaption>\n" : "</figcaption></figure>\n"),
};
