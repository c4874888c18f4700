import type { UserConfig } from "@11ty/eleventy";
import { formatHeadersFile } from "../deploy/headers.ts";
import { siteHeaderRules } from "../deploy/security-headers.ts";
import type { SiteData } from "./site-data.ts";

/**
 * The `_headers` file Netlify and Cloudflare Pages read (layouts/pages/headers.njk writes it): the security
 * headers and caching rules of src/deploy/security-headers.ts, under the site's path prefix.
 */
export function headersFile(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("headersFile", (site: SiteData) =>
    formatHeadersFile(siteHeaderRules(site.pathPrefix), [
      "Security and caching headers for Netlify and Cloudflare Pages, written by news-archive build.",
      "HTML, feeds, the stylesheet and Pagefind's entry files keep their names when they change: revalidated on",
      "every visit. Pagefind's index, fragment and filter files are named after their content: kept for a year.",
    ]),
  );
}
