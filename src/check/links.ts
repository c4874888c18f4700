import { parse, type HTMLElement } from "node-html-parser";
import type { Problem } from "./problem.ts";
import { addressOf, type SiteFiles } from "./site-files.ts";

/**
 * Every link, stylesheet, script and form of every page that points into the site must name a file of the site,
 * and a #fragment an element of the page it names. Links to other sites are not followed (the check runs offline).
 */
const LINKING_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["form[action]", "action"],
];

interface PageLinks {
  /** the ids of the page's elements */
  ids: Set<string>;
  links: { href: string; line: number }[];
}

/** The ids and the links of a page; `line` is the line of the page the link is on. */
function readLinks(html: string): PageLinks {
  const root = parse(html, { comment: false });
  const lineOf = lineFinder(html);
  const ids = new Set(root.querySelectorAll("[id]").map((element) => element.id));
  const links = LINKING_ATTRIBUTES.flatMap(([selector, attribute]) =>
    root.querySelectorAll(selector).map((element: HTMLElement) => ({
      href: element.getAttribute(attribute)!,
      line: lineOf(element.range[0]),
    })),
  );
  return { ids, links };
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Checks the links of `pages` (site paths of HTML files). `origin` is the site's own origin as its absolute links
 * give it (from the canonical link), so an absolute link to the site is checked like a relative one.
 */
export async function checkLinks(site: SiteFiles, pages: string[], origin: string | undefined): Promise<Problem[]> {
  const read = new Map<string, PageLinks>();
  const linksOf = async (page: string) => {
    let links = read.get(page);
    if (!links) read.set(page, (links = readLinks(await site.read(page))));
    return links;
  };
  const problems: Problem[] = [];
  for (const page of pages) {
    const base = new URL(addressOf(site, page), "http://site.invalid");
    for (const { href, line } of (await linksOf(page)).links) {
      let target: { path: string; fragment: string } | undefined;
      try {
        target = internalTarget(href, base, origin);
      } catch {
        problems.push({ page, line, check: "links", message: `not a valid address: ${href}` });
        continue;
      }
      if (target === undefined) continue;
      const problem = await checkTarget(site, target, linksOf);
      if (problem) problems.push({ page, line, check: "links", message: `${problem}: ${href}` });
    }
  }
  return problems;
}

/**
 * The path and fragment an address points to inside the site, or undefined for another site or scheme. Throws
 * for an address that is not one.
 */
function internalTarget(
  href: string,
  base: URL,
  origin: string | undefined,
): { path: string; fragment: string } | undefined {
  // data: (the empty favicon), mailto:, tel: and other schemes name no page of the site.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href)) return undefined;
  const url = new URL(href, base);
  const sameSite = url.origin === base.origin || (origin !== undefined && url.origin === origin);
  if (!sameSite) return undefined;
  return { path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

async function checkTarget(
  site: SiteFiles,
  { path, fragment }: { path: string; fragment: string },
  linksOf: (page: string) => Promise<PageLinks>,
): Promise<string | undefined> {
  // A site built for /news/ is served there; a link to /articles/… would leave it, whatever the host has there.
  if (!path.startsWith(site.pathPrefix)) return `links outside the path prefix ${site.pathPrefix}`;
  const file = site.fileFor(path);
  if (file === undefined) return "links to a page the site does not have";
  if (fragment === "" || !file.endsWith(".html")) return undefined;
  return (await linksOf(file)).ids.has(fragment)
    ? undefined
    : `links to #${fragment}, which ${file} has no element for`;
}
