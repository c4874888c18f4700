import type { BrowserContext } from "playwright-core";
import type { Problem } from "./problem.ts";
import type { SiteFiles } from "./site-files.ts";

/**
 * The site's files for programs: every XML file (the Atom feed, the sitemap) must be well-formed XML, read by
 * Chromium's own XML parser; every JSON file must parse; the feeds and the sitemap must be what their formats say
 * at the top level; and every address they give on the site's own origin must name a file of the site.
 */
const ATOM = "http://www.w3.org/2005/Atom";
const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

interface XmlSummary {
  /** the parser's message, when the document is not well-formed */
  error?: string;
  namespace?: string;
  root?: string;
  /** addresses the document gives: sitemap locations, Atom links and entry ids */
  urls: string[];
  /** Atom entries that lack a required element */
  incompleteEntries: number;
}

export async function checkFeedsAndSitemap(
  context: BrowserContext,
  site: SiteFiles,
  origin: string | undefined,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const problem = (page: string, message: string, line?: number) =>
    problems.push({ page, check: "feeds", message, ...(line !== undefined && { line }) });
  const checkUrls = (page: string, urls: string[]) => {
    for (const url of urls) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        problem(page, `gives an address that is not absolute: ${url}`);
        continue;
      }
      if (origin !== undefined && parsed.origin === origin && site.fileFor(parsed.pathname) === undefined) {
        problem(page, `gives an address on the site that names no page: ${url}`);
      }
    }
  };

  const tab = await context.newPage();
  try {
    for (const file of site.checked.filter((path) => path.endsWith(".xml"))) {
      const summary = (await tab.evaluate(`(${READ_XML})(${JSON.stringify(await site.read(file))})`)) as XmlSummary;
      if (summary.error !== undefined) {
        const line = /line (\d+)/.exec(summary.error)?.[1];
        problem(file, `not well-formed XML: ${summary.error.trim()}`, line === undefined ? undefined : Number(line));
        continue;
      }
      const kind = `${summary.namespace} ${summary.root}`;
      if (kind !== `${ATOM} feed` && kind !== `${SITEMAP} urlset`)
        problem(file, `neither an Atom feed nor a sitemap: <${summary.root}>`);
      if (summary.incompleteEntries > 0)
        problem(file, `${summary.incompleteEntries} Atom entries lack an id, title or updated date`);
      checkUrls(file, summary.urls);
    }
  } finally {
    await tab.close();
  }

  for (const file of site.checked.filter((path) => path.endsWith(".json"))) {
    let data: unknown;
    try {
      data = JSON.parse(await site.read(file));
    } catch (error) {
      problem(file, `not JSON: ${(error as Error).message}`);
      continue;
    }
    if (isJsonFeed(data)) checkUrls(file, jsonFeedUrls(data));
    else if (file.includes("feed"))
      problem(file, "not a JSON Feed: it needs a jsonfeed.org version and items with ids");
  }

  if (site.files.has("robots.txt")) {
    const sitemaps = [...(await site.read("robots.txt")).matchAll(/^sitemap:\s*(\S+)/gim)].map((match) => match[1]!);
    checkUrls("robots.txt", sitemaps);
  }
  return problems;
}

/**
 * Parses XML in the browser and summarises it as an XmlSummary. Source text, not a function: the TypeScript
 * loaders that run this file add helpers to functions that the page would not have.
 */
const READ_XML = `(text) => {
  const document = new DOMParser().parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) return { error: error.textContent ?? "", urls: [], incompleteEntries: 0 };
  const root = document.documentElement;
  const named = (parent, name) => [...parent.getElementsByTagNameNS(root.namespaceURI, name)];
  const entries = named(document, "entry");
  return {
    namespace: root.namespaceURI ?? "",
    root: root.localName,
    urls: [
      ...named(document, "loc").map((element) => element.textContent ?? ""),
      ...named(document, "id").map((element) => element.textContent ?? ""),
      ...named(document, "link").map((link) => link.getAttribute("href") ?? ""),
    ],
    incompleteEntries: entries.filter((entry) => ["id", "title", "updated"].some((name) => named(entry, name).length === 0)).length,
  };
}`;

interface JsonFeed {
  version: string;
  home_page_url?: string;
  feed_url?: string;
  items: { id: string; url?: string }[];
}

function isJsonFeed(data: unknown): data is JsonFeed {
  const feed = data as Partial<JsonFeed> | null;
  return (
    typeof feed?.version === "string" &&
    feed.version.startsWith("https://jsonfeed.org/version/1") &&
    Array.isArray(feed.items) &&
    feed.items.every((item) => typeof item?.id === "string")
  );
}

function jsonFeedUrls(feed: JsonFeed): string[] {
  return [feed.home_page_url, feed.feed_url, ...feed.items.map((item) => item.url)].filter(
    (url): url is string => url !== undefined,
  );
}
