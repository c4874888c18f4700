import { watch } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
// A command loads the rest when it needs it: Eleventy, the browser tooling of `check` and ingest's NLP take over a
// second and a half to load, and a build that finds nothing to do should not wait for them.
import { garbageCollector } from "../collect-garbage.ts";
import { FolderChanges } from "../ingest/folder-changes.ts";
import { aliasFilePath, ingestDirectory, ingestMemo, warmUpIngest, type IngestReport } from "../ingest/ingest-fs.ts";
import { replaceFolder, servingFolder } from "../output/replace-folder.ts";
import { digestInputs, isUpToDate, writeStamp } from "../output/up-to-date.ts";
import type { SiteOptions } from "../site/build.ts";
import { siteInputs } from "../site/site-inputs.ts";
import { formatIngestReport, formatProblems } from "./report.ts";
import { interrupted } from "./signals.ts";
import { readSiteConfig } from "./site-config.ts";

const USAGE = `news-archive: turn raw scraped news articles into a static, searchable archive

Usage:
  news-archive ingest [--raw DIR] [--articles DIR] [--json]
  news-archive build  [--raw DIR] [--articles DIR] [--out DIR] [--path-prefix /p/] [--base-url URL]
  news-archive serve  [--raw DIR] [--articles DIR] [--out DIR] [--port N]
  news-archive preview [--out DIR] [--path-prefix /p/] [--port N]
  news-archive check  [--site DIR] [--path-prefix /p/] [--every-page]

Options:
  --raw DIR           raw articles, one .txt file each (default content/raw)
  --articles DIR      where ingested Markdown articles go (default content/articles)
  --out DIR           where the site is written (default _site)
  --path-prefix /p/   the path the site is served under (default: pathPrefix in site.yaml beside
                      the raw folder, else /)
  --base-url URL      the origin the site is served from, for feeds, sitemap and canonical links
                      (default: baseUrl in site.yaml, else http://localhost:8080)
  --site DIR          check: the built site (default _site)
  --every-page        check: run the accessibility check on every page, not a few of each kind
  --port N            port for serve and preview (default 8080)
  --json              ingest: print the report as JSON
  --verbose           show stack traces of unexpected errors
  --help              show this help

Exit status: 0 on success, 1 when an input was rejected (the good ones are still written), 2 on a usage error.`;

class UsageError extends Error {}

const OPTIONS = {
  raw: { type: "string", default: "content/raw" },
  articles: { type: "string", default: "content/articles" },
  out: { type: "string", default: "_site" },
  "path-prefix": { type: "string" },
  "base-url": { type: "string" },
  site: { type: "string", default: "_site" },
  "every-page": { type: "boolean", default: false },
  port: { type: "string", default: "8080" },
  json: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

/** Runs one CLI command and returns the exit status; the only place that prints or decides exit codes. */
export async function main(argv: string[]): Promise<number> {
  let verbose = argv.includes("--verbose");
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    verbose = values.verbose;
    const [command, ...extra] = positionals;
    if (values.help || command === "help") {
      console.log(USAGE);
      return 0;
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const dirs = { rawDir: values.raw, articlesDir: values.articles };
    const config = await readSiteConfig(join(dirname(values.raw), "site.yaml"));
    const pathPrefix = values["path-prefix"] ?? config.pathPrefix ?? "/";
    const baseUrl = values["base-url"] ?? config.baseUrl;
    const siteOptions = {
      articlesDir: values.articles,
      rawDir: values.raw,
      outDir: values.out,
      pathPrefix,
      ...(baseUrl !== undefined && { baseUrl }),
    };
    switch (command) {
      case "ingest": {
        const report = await ingestDirectory(dirs);
        if (values.json) {
          console.log(JSON.stringify(report, null, 2));
          formatProblems(report).forEach((line) => console.error(line));
        } else {
          printReport(report);
        }
        return report.rejected.length > 0 ? 1 : 0;
      }
      case "build": {
        const report = await ingestDirectory(dirs);
        printReport(report);
        // What ingest made, every article's text sent back from its threads, is garbage once written; this thread
        // allocates little while threads render the site, so V8 would keep it through the render and the index.
        garbageCollector()();
        const inputs = await digestInputs(siteInputs(siteOptions));
        if (await isUpToDate(values.out, inputs)) {
          console.log(`site in ${join(values.out, "/")} is up to date: nothing it is built from has changed`);
        } else {
          const { buildSite } = await import("../site/build.ts");
          await replaceFolder(values.out, async (staging) => {
            await buildSite({ ...siteOptions, outDir: staging, replaces: values.out });
            await writeStamp(staging, inputs);
          });
          console.log(`site written to ${join(values.out, "/")}`);
        }
        return report.rejected.length > 0 ? 1 : 0;
      }
      case "serve":
        return await serve(dirs, { ...siteOptions, outDir: servingFolder(values.out), port: parsePort(values.port) });
      case "preview":
        return await preview(values.out, pathPrefix, parsePort(values.port));
      case "check": {
        const { checkSite, formatProblem } = await import("../check/check-site.ts");
        const problems = await checkSite({
          siteDir: values.site,
          pathPrefix,
          accessibility: values["every-page"] ? "every page" : "representative",
        });
        problems.forEach((problem) => console.error(formatProblem(problem)));
        console.log(`${problems.length === 0 ? "no" : problems.length} problem${problems.length === 1 ? "" : "s"} in ${join(values.site, "/")}`);
        return problems.length > 0 ? 1 : 0;
      }
      case undefined:
        throw new UsageError("no command given");
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`news-archive: ${(error as Error).message}\nRun "news-archive --help" for usage.`);
      return 2;
    }
    console.error(`news-archive: ${(error as Error).message ?? String(error)}`);
    if (verbose) console.error((error as Error).stack);
    else console.error("(run with --verbose to see where it happened)");
    return 1;
  }
}

function printReport(report: IngestReport): void {
  formatIngestReport(report).forEach((line) => console.log(line));
  formatProblems(report).forEach((line) => console.error(line));
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535, not "${text}"`);
  return port;
}

/** Serves the built site exactly as a static host would (see src/deploy/static-server.ts), until interrupted. */
async function preview(outDir: string, pathPrefix: string, port: number): Promise<number> {
  const { serveStatic } = await import("../deploy/static-server.ts");
  const server = await serveStatic({ root: outDir, pathPrefix, port });
  console.log(`serving ${join(outDir, "/")} as a static host would at ${server.url} (Ctrl+C to stop)`);
  await interrupted();
  await server.close();
  return 0;
}

/** How long the raw folder is quiet before `serve` ingests what was saved in it. */
const RAW_QUIET_MS = 50;

/** Builds, serves with live reload, and re-ingests whenever a raw file or the alias file changes, until interrupted. */
async function serve(dirs: { rawDir: string; articlesDir: string }, options: SiteOptions & { port: number }): Promise<number> {
  // What each ingest read, for the next: only the files that changed since are read again.
  const memo = ingestMemo();
  printReport(await ingestDirectory(dirs, memo));
  // What a run stopped at once left behind is not this run's to serve.
  await rm(options.outDir, { recursive: true, force: true });
  const { serveSite } = await import("../site/serve-site.ts");
  const server = await serveSite(options);
  // Ingest's NLP libraries, loaded and run once now rather than at the first save, which they took a second and more
  // to load for.
  await warmUpIngest(memo);
  // One save fires several events: a re-ingest starts once the folder has been quiet for a moment, one at a time.
  let pending: Promise<void> = Promise.resolve();
  let quiet: NodeJS.Timeout | undefined;
  const ingest = (report: (report: IngestReport) => void) => {
    // A failed ingest is reported, and the next save tries again: serving goes on.
    pending = pending.then(() =>
      ingestDirectory(dirs, memo).then(report, (error: Error) => console.error(`news-archive: ${error.message}`)),
    );
  };
  const saved = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => ingest(printReport), RAW_QUIET_MS);
  };
  // From now on ingest checks only the files these watchers saw change (FolderChanges); the next run checks all.
  const changes = (memo.changes = new FolderChanges({ raw: dirs.rawDir, articles: dirs.articlesDir }));
  const watcher = watch(dirs.rawDir, (_event, name) => {
    changes.saw("raw", name);
    saved();
  });
  // What is edited by hand in the articles folder is ingest's to see too (it keeps such an edit), at the next save.
  const articlesWatcher = watch(dirs.articlesDir, (_event, name) => changes.saw("articles", name));
  // The alias file too, through its folder: an editor saves it by renaming a new file over it, which a watch of the
  // file itself does not see past.
  const aliasFile = aliasFilePath(dirs);
  const aliasWatcher = watch(dirname(aliasFile), (_event, name) => {
    if (name === basename(aliasFile)) saved();
  });
  // Once more before serving, for what was saved while the site was built, and because building links every article
  // into the folders it renders from: that changes each file's time of change, so the memo would read them all again
  // at the first save (its ingest took 2.9–4.0 s at 10,000 articles, the next 1.4–2.0 s). Said only when it did
  // something.
  ingest((report) => {
    if (report.rejected.length > 0 || report.articles.some(({ status }) => status === "written")) printReport(report);
  });
  await pending;
  console.log(`serving at ${server.url} with live reload (Ctrl+C to stop)`);
  await interrupted();
  watcher.close();
  articlesWatcher.close();
  aliasWatcher.close();
  clearTimeout(quiet);
  await pending;
  await server.close();
  await rm(options.outDir, { recursive: true, force: true });
  return 0;
}
