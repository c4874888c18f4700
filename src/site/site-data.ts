import type { UserConfig } from "@11ty/eleventy";

/**
 * The `site` global data: what a build is told beyond its articles (build.ts adds it from the build options).
 * Templates read it as `site`; plugins that act on it read it back with `readSiteData`. Filters, shortcodes and
 * pages written by code take what they need of it as an argument, never from the Eleventy config: Eleventy keeps
 * compiled templates for the whole process, so a filter that read one build's config would serve the next build.
 */
export const SITE_DATA = "site";

export interface SiteData {
  /** the archive's name, as pages, feeds and citations give it */
  name: string;
  /** the origin absolute URLs start with, e.g. "https://news.example.org", without the path prefix */
  baseUrl: string;
  /** the folder the site is served under, "/" or e.g. "/news/" */
  pathPrefix: string;
  /** the raw articles folder, when the site publishes the raw files */
  rawDir?: string;
}

const DEFAULT_BASE_URL = "http://localhost:8080";
const SITE_NAME = "News archive";

/** The site data for a build's options. Throws when `baseUrl` is not an http(s) origin, saying what to give. */
export function siteData({
  baseUrl = DEFAULT_BASE_URL,
  pathPrefix = "/",
  rawDir,
}: {
  baseUrl?: string;
  pathPrefix?: string;
  rawDir?: string;
}): SiteData {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`The base URL "${baseUrl}" is not a URL: give an origin such as https://news.example.org`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`The base URL "${baseUrl}" is not an http or https address`);
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`The base URL "${baseUrl}" has a path: give only the origin, and the path as the path prefix`);
  }
  const prefix = pathPrefix.replace(/^\/*/, "/").replace(/\/*$/, "/");
  return {
    name: SITE_NAME,
    baseUrl: url.origin,
    pathPrefix: prefix,
    ...(rawDir !== undefined && { rawDir }),
  };
}

/**
 * The site data the build added. Plugins run after the build's own config callback, so it is there; a build that
 * gave none (Eleventy run by hand on .eleventy.ts) gets the defaults.
 */
export function readSiteData(eleventyConfig: UserConfig): SiteData {
  return (eleventyConfig.globalData[SITE_DATA] as SiteData | undefined) ?? siteData({});
}

/** The absolute address of a site path such as "/articles/x/": the path prefix, then the path, at the origin. */
export function absoluteUrl(path: string, { baseUrl, pathPrefix }: Pick<SiteData, "baseUrl" | "pathPrefix">): string {
  return new URL(pathPrefix + path.replace(/^\/+/, ""), baseUrl).href;
}
