/** @11ty/eleventy-plugin-rss 3 ships no type declarations; these describe the part this project calls. */
declare module "@11ty/eleventy-plugin-rss" {
  import type { UserConfig } from "@11ty/eleventy";

  /** Adds the feed filters (dateToRfc3339, dateToRfc822, getNewestCollectionItemDate) and the HTML base plugin. */
  export function rssPlugin(eleventyConfig: UserConfig): void;
  /** An RFC 3339 timestamp in UTC, without milliseconds, as Atom and JSON Feed dates are written. */
  export function dateToRfc3339(date: Date): string;
  /** `html` with every address in its links, images and so on made absolute, resolved against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string): Promise<string>;
}
