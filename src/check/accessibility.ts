import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { SITE_ORIGIN } from "./chromium.ts";
import type { Problem } from "./problem.ts";
import { addressOf, type SiteFiles } from "./site-files.ts";

const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** Where the pages load axe from: a script the browser compiles once, not once per page. */
const AXE_URL = `${SITE_ORIGIN}/.check/axe.min.js`;

/** The WCAG 2.2 A and AA rules and axe's best practices: what Lighthouse's accessibility score is made of, and more. */
const RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** Pages checked at once, one browser tab each: the machines this runs on have two cores. */
const TABS = 2;

/**
 * axe-core's accessibility rules on each of `pages`, in Chromium, in the light colour scheme; the colour contrast
 * once more in the dark one, which the stylesheet also offers.
 */
export async function checkAccessibility(
  context: BrowserContext,
  site: SiteFiles,
  pages: string[],
): Promise<Problem[]> {
  const source = await axeSource;
  await context.route(AXE_URL, (route) =>
    route.fulfill({ contentType: "text/javascript", body: source, headers: { "cache-control": "max-age=3600" } }),
  );
  const queue = [...pages];
  const problems: Problem[][] = [];
  await Promise.all(
    Array.from({ length: Math.min(TABS, pages.length) }, async () => {
      const tab = await context.newPage();
      try {
        for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
          problems.push(await checkPage(tab, site, page));
        }
      } finally {
        await tab.close();
      }
    }),
  );
  return problems.flat().sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

async function checkPage(tab: Page, site: SiteFiles, page: string): Promise<Problem[]> {
  await tab.emulateMedia({ colorScheme: "light" });
  await tab.goto(`${SITE_ORIGIN}${addressOf(site, page)}`, { waitUntil: "load" });
  await tab.addScriptTag({ url: AXE_URL });
  const light = await runAxe(tab, { runOnly: { type: "tag", values: RULE_TAGS }, resultTypes: ["violations"] });
  await tab.emulateMedia({ colorScheme: "dark" });
  const dark = await runAxe(tab, {
    runOnly: { type: "rule", values: ["color-contrast"] },
    resultTypes: ["violations"],
  });
  return [...describe(page, light, ""), ...describe(page, dark, " in dark mode")];
}

function describe(page: string, results: AxeResults, scheme: string): Problem[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page,
      check: "accessibility" as const,
      message: `${violation.help}${scheme} (axe ${violation.id}) at ${node.target.join(" ")}`,
    })),
  );
}

/** Runs axe on the page's document. Source text: the TypeScript loaders add helpers to functions that pages lack. */
async function runAxe(tab: Page, options: object): Promise<AxeResults> {
  return (await tab.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as AxeResults;
}

/**
 * The pages worth a browser's time: axe takes about a fifth of a second a page, too long for every page of a large
 * archive, and pages made by one template differ in their text, not in their markup. Pages are grouped by the shape
 * of their path (its first folder, then how deep it is: `people/*\/index.html`, `people/*\/page/*\/index.html`), and
 * up to `perShape` of each group are taken, spread from its first to its last.
 */
export function representativePages(pages: string[], perShape = 3): string[] {
  const shapes = new Map<string, string[]>();
  for (const page of [...pages].sort()) {
    const [first, ...rest] = page.split("/");
    const shape = [first, ...rest.map((segment, index) => (index === rest.length - 1 ? segment : "*"))].join("/");
    shapes.set(shape, [...(shapes.get(shape) ?? []), page]);
  }
  return [...shapes.values()].flatMap((group) => {
    if (group.length <= perShape) return group;
    const step = (group.length - 1) / (perShape - 1);
    return Array.from({ length: perShape }, (_, index) => group[Math.round(index * step)]!);
  });
}
