/**
 * `npm run lighthouse`: builds the default archive (the seeds in content/raw), serves it on 127.0.0.1, and runs
 * Lighthouse 12 (mobile, its default) in Debian's Chromium on the home page, an article page and a browse page,
 * printing the four category scores of each. A measurement, not a test: it fails only when it cannot measure.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../src/check/chromium.ts";
import { ingestDirectory } from "../src/ingest/ingest-fs.ts";
import { buildSite } from "../src/site/build.ts";
import { serveFolder } from "../tests/support/static-server.ts";

const RAW_DIR = fileURLToPath(new URL("../content/raw/", import.meta.url));
const PAGES = {
  home: "",
  article: "articles/iraq-uk-sign-anti-isis-military-cooperation-mou/",
  browse: "people/florence-parly/",
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const root = await mkdtemp(join(tmpdir(), "news-archive-lighthouse-"));
const siteDir = join(root, "site");
// The server is started first, so the site can be built for the address it is served at: Lighthouse checks that
// canonical links point to the page's own site.
const server = await serveFolder(siteDir);
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  const report = await ingestDirectory({ rawDir: RAW_DIR, articlesDir: join(root, "articles") });
  if (report.rejected.length > 0)
    throw new Error(`ingest rejected ${report.rejected.map(({ file }) => file).join(", ")}`);
  await buildSite({
    articlesDir: join(root, "articles"),
    outDir: siteDir,
    rawDir: RAW_DIR,
    baseUrl: new URL(server.url).origin,
  });

  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  const rows: string[][] = [];
  for (const [name, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      onlyCategories: CATEGORIES,
      logLevel: "error",
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const { categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not measure ${path}: ${runtimeError.message}`);
    rows.push([
      name,
      `/${path}`,
      ...CATEGORIES.map((category) => String(Math.round((categories[category]?.score ?? 0) * 100))),
    ]);
    // What cost points: the audits that count towards a score and did not pass in full.
    for (const category of CATEGORIES) {
      for (const { id, weight } of categories[category]?.auditRefs ?? []) {
        const audit = result.lhr.audits[id];
        if (weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) {
          console.log(`  ${name}: ${category}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
    }
  }
  const table = [["page", "address", ...CATEGORIES], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
} finally {
  chrome?.kill();
  await server.close();
  await rm(root, { recursive: true, force: true });
}
