import type { UserConfig } from "@11ty/eleventy";
import type { ArchiveEntry } from "./browse.ts";
import { machineDate } from "./dates.ts";
import { rawUrl } from "./raw-files.ts";
import { absoluteUrl, type SiteData } from "./site-data.ts";

/**
 * schema.org `NewsArticle` data for each article page, for search engines and reference managers. The shortcode
 * writes the whole `<script type="application/ld+json">` element: it, not the template, is what escapes the data
 * for a script element.
 */
export function structuredData(eleventyConfig: UserConfig): void {
  eleventyConfig.addShortcode(
    "newsArticleJsonLd",
    (entry: ArchiveEntry, site: SiteData) =>
      `<script type="application/ld+json">${scriptSafeJson(newsArticle(entry, site))}</script>`,
  );
}

/** The `NewsArticle` of an article: only what the archive knows, a date only as precise as it is known. */
export function newsArticle(entry: ArchiveEntry, site: SiteData): Record<string, unknown> {
  const { article } = entry;
  const url = absoluteUrl(entry.url, site);
  const named = (type: string) => (name: string) => ({ "@type": type, name });
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.summary && { description: article.summary }),
    ...(article.date !== undefined && { datePublished: machineDate(article.date, article.time, article.utcOffset) }),
    ...(article.author !== undefined && { author: named("Person")(article.author) }),
    ...(article.source !== undefined && { publisher: named("Organization")(article.source) }),
    ...(article.section !== undefined && { articleSection: article.section }),
    ...(article.language !== "und" && { inLanguage: article.language }),
    wordCount: entry.words,
    ...(article.topics.length > 0 && { keywords: article.topics.join(", "), about: article.topics.map(named("Thing")) }),
    mentions: [
      ...article.people.map(named("Person")),
      ...article.places.map(named("Place")),
      ...article.organizations.map(named("Organization")),
    ],
    url,
    mainEntityOfPage: url,
    ...(site.rawDir !== undefined && { isBasedOn: absoluteUrl(rawUrl(article.original.file), site) }),
    ...(article.url !== undefined && { sameAs: article.url }),
    isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl("/", site) },
  };
}

/**
 * JSON that can stand inside a `<script>` element: `<` is written `\u003c`, so no text in it can close the element
 * (`</script>`) or open a comment; `>` and `&` likewise, and the line separators that older parsers take for line
 * ends. JSON reads each escape back as the character.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
