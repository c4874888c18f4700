import { parse } from "node-html-parser";
import { checkAccessibility, representativePages } from "./accessibility.ts";
import { launchChromium, openSite } from "./chromium.ts";
import { checkFeedsAndSitemap } from "./feeds-and-sitemap.ts";
import { checkHtml } from "./html-validity.ts";
import { checkLinks } from "./links.ts";
import type { Problem } from "./problem.ts";
import { readSiteFiles } from "./site-files.ts";

export { formatProblem, type Problem } from "./problem.ts";

export interface CheckOptions {
  /** the built site */
  siteDir: string;
  /** the folder the site was built to be served under, "/" when none */
  pathPrefix?: string;
  /**
   * Which pages axe checks in the browser: a few of each kind of page (by the shape of its address), which is the
   * default, or every page, which takes about a fifth of a second a page.
   */
  accessibility?: "representative" | "every page";
}

/**
 * Checks a built site as a reader and a program would meet it: every page valid HTML, every link and #anchor into
 * the site resolving, the feeds, sitemap and JSON files well-formed, and pages free of axe-core's accessibility
 * violations in Chromium (a representative set of them, unless asked for every page). Returns the problems found,
 * none for a good site; it throws only when it cannot check (no such folder, no browser).
 */
export async function checkSite({
  siteDir,
  pathPrefix = "/",
  accessibility = "representative",
}: CheckOptions): Promise<Problem[]> {
  const site = await readSiteFiles(siteDir, pathPrefix);
  const pages = site.checked.filter((path) => path.endsWith(".html"));
  const origin = siteOrigin(site.files.has("index.html") ? await site.read("index.html") : "");

  const problems = [...(await checkHtml(site, pages)), ...(await checkLinks(site, pages, origin))];
  const browser = await launchChromium();
  try {
    const context = await openSite(browser, site);
    problems.push(...(await checkFeedsAndSitemap(context, site, origin)));
    const browsed = accessibility === "every page" ? pages : representativePages(pages);
    problems.push(...(await checkAccessibility(context, site, browsed)));
  } finally {
    await browser.close();
  }
  return problems;
}

/** The origin the site's absolute links use, as its home page's canonical link gives it. */
function siteOrigin(homePage: string): string | undefined {
  const canonical = parse(homePage).querySelector("link[rel=canonical]")?.getAttribute("href");
  if (canonical === undefined) return undefined;
  try {
    return new URL(canonical).origin;
  } catch {
    return undefined;
  }
}
