/**
 * `npm run bench:search [-- --n 10000 --runs 5]`: what the first search costs a reader. For the default archive (the
 * seeds in content/raw) and a synthetic archive of each size (bench/synthetic-archive.ts), it builds the site with
 * news-archive, serves it gzipped as a static host would, and in Chromium, with an empty cache each time, opens the
 * search page, waits until it has loaded, and enters a query at once (as a paste, or the keystroke that completes
 * it). It prints the bytes transferred, for loading the page and for the query, and where they went (the page,
 * Pagefind's code, its index), and the time from that keystroke to the first result drawn on screen: the median of
 * the runs, for each query. `--site DIR` measures a site already built instead (queries from `--query`). A
 * measurement, not a test: it fails only when it cannot measure.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium } from "../src/check/chromium.ts";
import { serveGzipped, type BenchServer, type FileSent } from "./search-server.ts";
import { syntheticArchive } from "./synthetic-archive.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEEDS_DIR = join(ROOT, "content/raw");
/** Words a reader might look for: a name in one seed article; a name and a common word the synthetic articles share. */
const DEFAULT_QUERIES = ["Wallace", "Parly"];
const SYNTHETIC_QUERIES = ["Haddad", "memorandum"];
const TARGET_BYTES = 150_000;
const TARGET_MS = 300;

/**
 * What each file of a search is, from its path in Pagefind's bundle, to show where the bytes go: the first that
 * matches. Pagefind's code is its script, its worker and its WebAssembly.
 */
const KINDS = [
  ["search page", /^(?!pagefind\/)/],
  ["results", /^pagefind\/fragment\//],
  ["word index", /^pagefind\/index\//],
  ["filters", /^pagefind\/filter\//],
  ["index metadata", /^pagefind\/(?:pagefind-entry\.json|[^/]+\.pf_meta)$/],
  ["Pagefind's code", /^pagefind\//],
] as const;
type Kind = (typeof KINDS)[number][0];

interface Measure {
  /** the search page and Pagefind's start-up files, before the reader types */
  loadBytes: number;
  /** what the query fetched until its first result was drawn */
  queryBytes: number;
  firstResultMs: number;
  /** the filter files fetched after, to count the values of each filter among the results */
  filterBytes: number;
  filtersMs: number;
  /** the bodies of the files of the first query (load and query), by kind, without the headers */
  byKind: Record<Kind, number>;
}

interface Row {
  archive: string;
  articles: number;
  query: string;
  runs: Measure[];
}

const { values } = parseArgs({
  options: {
    n: { type: "string", multiple: true },
    runs: { type: "string", default: "5" },
    site: { type: "string" },
    query: { type: "string", multiple: true },
  },
});
const runs = Number(values.runs);
const sizes = (values.n ?? ["10000"]).map(Number);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a number of visits, not ${values.runs}`);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--n takes a number of articles, not ${values.n?.join(", ")}`);

console.log(machine());
const browser = await launchChromium();
const rows: Row[] = [];
try {
  if (values.site) {
    const site = resolve(values.site);
    rows.push(...(await measureSite(browser, site, "given site", await indexedPages(site), values.query ?? DEFAULT_QUERIES)));
  } else {
    await withWorkFolder("default", async (work) => {
      const site = await build(SEEDS_DIR, work);
      rows.push(...(await measureSite(browser, site, "default", await indexedPages(site), DEFAULT_QUERIES)));
    });
    for (const n of sizes) {
      await withWorkFolder(`synthetic-${n}`, async (work) => {
        const raw = join(work, "raw");
        await mkdir(raw);
        const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(join(SEEDS_DIR, name), "utf8"));
        for (const article of syntheticArchive(seeds, n)) await writeFile(join(raw, article.file), article.text);
        // The CLI reads the alias file beside the raw folder, as it reads content/entities.yaml beside content/raw.
        await copyFile(join(ROOT, "content/entities.yaml"), join(work, "entities.yaml"));
        const site = await build(raw, work);
        rows.push(...(await measureSite(browser, site, "synthetic", n, SYNTHETIC_QUERIES)));
      });
    }
  }
} finally {
  await browser.close();
}
console.log(`\n${table(rows)}\n\n${verdicts(rows)}`);

async function withWorkFolder(name: string, work: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), `news-archive-bench-search-${name}-`));
  try {
    await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Builds `raw` with the CLI into `work/site`; returns the site's folder. */
async function build(raw: string, work: string): Promise<string> {
  const site = join(work, "site");
  const started = performance.now();
  const child = spawn("node", ["bin/news-archive.js", "build", "--raw", raw, "--articles", join(work, "articles"), "--out", site], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-10_000)));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`building ${raw}: exit status ${code}\n${stderr}`);
  console.log(`built ${raw} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return site;
}

async function measureSite(browser: Browser, site: string, archive: string, articles: number, queries: string[]): Promise<Row[]> {
  const server = await serveGzipped(site);
  try {
    const rows: Row[] = [];
    for (const query of queries) {
      // Other work on the machine slows the browser down: the load average is printed with each measure.
      const load = loadavg()[0]!.toFixed(1);
      const row: Row = { archive, articles, query, runs: [] };
      for (let i = 0; i < runs; i++) row.runs.push(await firstSearch(browser, server, query));
      const { loadBytes, queryBytes, firstResultMs } = median(row.runs);
      console.log(`${archive} ${articles}, "${query}": ${kb(loadBytes)} + ${kb(queryBytes)} KB, first result at ${firstResultMs.toFixed(0)} ms (load average before: ${load})`);
      rows.push(row);
    }
    return rows;
  } finally {
    await server.close();
  }
}

/**
 * One reader's first search, in a fresh browser context (an empty cache): opens the search page, waits until the
 * network is idle (the page and Pagefind's start-up files loaded), then enters `query` in one input event, and
 * waits for the first result to be drawn, then for the filters' counts.
 */
async function firstSearch(browser: Browser, server: BenchServer, query: string): Promise<Measure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    const before = server.bytesSent();
    const filesBefore = server.filesSent().length;
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState("networkidle");
    const loaded = server.bytesSent();
    // A string, not a function: tsx would put its own helpers into a function, which the page does not have. Each
    // time is taken at the frame after the change, once painted.
    await page.evaluate(`(() => {
      let start;
      document.addEventListener("input", (event) => { start ??= event.timeStamp; }, { capture: true });
      const drawn = (selector) => new Promise((resolve) => {
        const element = document.querySelector(selector);
        new MutationObserver((records, observer) => {
          if (!element.firstElementChild) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }).observe(element, { childList: true });
      });
      window.firstResult = drawn(".search-hits");
      window.filtersCounted = drawn(".search-facet-list");
    })()`);
    await page.getByRole("searchbox", { name: "Search the archive" }).focus();
    await page.keyboard.insertText(query);
    const firstResultMs = (await page.evaluate("window.firstResult")) as number;
    const shown = server.bytesSent();
    const byKind = bytesByKind(server.filesSent().slice(filesBefore));
    const filtersMs = (await page.evaluate("window.filtersCounted")) as number;
    await page.waitForLoadState("networkidle");
    if (errors.length > 0) throw new Error(`the search page reported errors: ${errors.join("; ")}`);
    const filterBytes = server.bytesSent() - shown;
    return { loadBytes: loaded - before, queryBytes: shown - loaded, firstResultMs, filterBytes, filtersMs, byKind };
  } finally {
    await context.close();
  }
}

function bytesByKind(files: readonly FileSent[]): Record<Kind, number> {
  const byKind = Object.fromEntries(KINDS.map(([kind]) => [kind, 0])) as Record<Kind, number>;
  for (const file of files) byKind[KINDS.find(([, path]) => path.test(file.path))![0]] += file.bytes;
  return byKind;
}

/** How many pages the site's search index holds, from Pagefind's entry file. */
async function indexedPages(site: string): Promise<number> {
  const entry = JSON.parse(readFileSync(join(site, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The median of each measure on its own. */
function median(measures: Measure[]): Measure {
  const middle = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  const of = (key: Exclude<keyof Measure, "byKind">) => middle(measures.map((measure) => measure[key]));
  return {
    loadBytes: of("loadBytes"),
    queryBytes: of("queryBytes"),
    firstResultMs: of("firstResultMs"),
    filterBytes: of("filterBytes"),
    filtersMs: of("filtersMs"),
    byKind: Object.fromEntries(
      KINDS.map(([kind]) => [kind, middle(measures.map((measure) => measure.byKind[kind]))]),
    ) as Record<Kind, number>,
  };
}

function table(rows: Row[]): string {
  const lines = [
    `Medians of ${runs} fresh visits each; bytes as transferred (gzipped), headers included.`,
    "",
    "| archive | articles | query | page load | query | first query, in all | keystroke → first result (range) | then filter counts |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const { loadBytes, queryBytes, firstResultMs, filterBytes, filtersMs } = median(row.runs);
    const times = row.runs.map((run) => run.firstResultMs);
    const range = `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}`;
    lines.push(
      `| ${row.archive} | ${row.articles} | ${row.query} | ${kb(loadBytes)} KB | ${kb(queryBytes)} KB | ${kb(loadBytes + queryBytes)} KB | ` +
        `${firstResultMs.toFixed(0)} ms (${range}) | +${kb(filterBytes)} KB, at ${filtersMs.toFixed(0)} ms |`,
    );
  }
  lines.push(
    "",
    "Where the bytes of the first query (page load and query) go: the files' bodies as sent, without headers.",
    "",
    `| archive | articles | query | ${KINDS.map(([kind]) => kind).join(" | ")} |`,
    `| --- | ---: | --- |${" ---: |".repeat(KINDS.length)}`,
  );
  for (const row of rows) {
    const { byKind } = median(row.runs);
    const cells = KINDS.map(([kind]) => `${kb(byKind[kind])} KB`);
    lines.push(`| ${row.archive} | ${row.articles} | ${row.query} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The targets, for the largest archive measured: under 150 KB and under 300 ms for the first query. */
function verdicts(rows: Row[]): string {
  const largest = Math.max(...rows.map((row) => row.articles));
  return rows
    .filter((row) => row.articles === largest)
    .flatMap((row) => {
      const { loadBytes, queryBytes, firstResultMs } = median(row.runs);
      const total = loadBytes + queryBytes;
      return [
        `- ${total < TARGET_BYTES ? "met" : "NOT met"}: ${row.articles} articles, "${row.query}": ${kb(total)} KB transferred for the first query (target < ${kb(TARGET_BYTES)} KB)`,
        `- ${firstResultMs < TARGET_MS ? "met" : "NOT met"}: ${row.articles} articles, "${row.query}": ${firstResultMs.toFixed(0)} ms to the first result (target < ${TARGET_MS} ms)`,
      ];
    })
    .join("\n");
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function machine(): string {
  return `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Chromium at /usr/bin/chromium`;
}
