/**
 * `npm run bench [-- --n 50000] [--skip served]`: builds synthetic archives of each size with bare Eleventy +
 * Pagefind (the baseline) and with news-archive (cold, warm, one article added), each phase a child process, and
 * prints wall time, peak memory and the ratios to the baseline as a Markdown table for BENCHMARKS.md.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { servingFolder } from "../src/output/replace-folder.ts";
import { peakMemory, processTree, statFields } from "./peak-memory.ts";
import { asPlainMarkdown, syntheticArchive, syntheticArticle } from "./synthetic-archive.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEEDS_DIR = join(ROOT, "content/raw");
/** Linux counts CPU time in ticks of 1/100 s (USER_HZ, `getconf CLK_TCK`). */
const CLOCK_TICKS = 100;
/** How long `serve` may take to start, or to index an added article, before the phase counts as failed. */
const SERVE_WAIT_LIMIT_S = 1200;
const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(join(SEEDS_DIR, name), "utf8"));

interface Phase {
  seconds: number;
  /** user and system CPU time of the phase's processes: twice `seconds` when both cores were busy throughout */
  cpuSeconds: number;
  peakBytes: number;
  /** seconds from the start until ingest reported, when the phase ingests */
  ingestSeconds?: number;
}

const PHASES = ["baseline", "cold", "warm", "incremental", "served"] as const;
type PhaseName = (typeof PHASES)[number];

/**
 * One size's phases, up to the first that failed. `incremental` is `build` run again after one raw article was
 * added; `served` is one more article added while `serve` runs, timed from saving the raw file until the search
 * index holds it.
 */
interface Row {
  articles: number;
  phases: Partial<Record<PhaseName, Phase>>;
  /** the phase that failed, why, and what was measured until it did */
  failed?: { phase: PhaseName; reason: string; until?: Phase };
}

/** A phase's process failed; what was measured until then goes with the error. */
class PhaseFailed extends Error {
  constructor(
    reason: string,
    readonly until: Phase,
  ) {
    super(reason);
  }
}

const { values } = parseArgs({ options: { n: { type: "string", multiple: true }, skip: { type: "string", multiple: true } } });
const sizes = (values.n ?? ["1000", "10000"]).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--n takes a number of articles, not ${values.n?.join(", ")}`);
/** Phases not to run: at 50,000 articles `served` alone can take the better part of an hour. */
const skipped = new Set(values.skip ?? []);
const unknown = [...skipped].find((name) => name === "baseline" || !(PHASES as readonly string[]).includes(name));
if (unknown) throw new Error(`--skip takes one of ${PHASES.slice(1).join(", ")}, not ${unknown}`);

console.log(machine());
const rows: Row[] = [];
for (const n of sizes) {
  rows.push(await benchmark(n));
  console.log(`\n${table(rows)}`);
}
console.log(`\n${verdicts(rows)}`);

async function benchmark(n: number): Promise<Row> {
  const row: Row = { articles: n, phases: {} };
  const work = await mkdtemp(join(tmpdir(), `news-archive-bench-${n}-`));
  let phase: PhaseName = "baseline";
  const measure = async (name: PhaseName, measured: () => Promise<Phase>) => {
    if (skipped.has(name)) return;
    phase = name;
    row.phases[name] = await measured();
  };
  try {
    const raw = join(work, "raw");
    const plain = join(work, "plain");
    await Promise.all([mkdir(raw), mkdir(plain)]);
    for (const article of syntheticArchive(seeds, n)) {
      const page = asPlainMarkdown(article);
      await Promise.all([writeFile(join(raw, article.file), article.text), writeFile(join(plain, page.file), page.text)]);
    }
    // The CLI reads the alias file beside the raw folder, as it reads content/entities.yaml beside content/raw.
    await copyFile(join(ROOT, "content/entities.yaml"), join(work, "entities.yaml"));
    const addArticle = (i: number) => {
      const article = syntheticArticle(seeds, i);
      return writeFile(join(raw, article.file), article.text);
    };
    console.log(`\n${n} articles in ${work}`);

    await measure("baseline", async () => {
      const eleventy = await run(`baseline ${n}: Eleventy`, ["node", "bench/baseline/build.js", plain, join(work, "plain-site")]);
      const pagefind = await run(`baseline ${n}: Pagefind`, ["node_modules/.bin/pagefind", "--site", join(work, "plain-site")]);
      return {
        seconds: eleventy.seconds + pagefind.seconds,
        cpuSeconds: eleventy.cpuSeconds + pagefind.cpuSeconds,
        peakBytes: Math.max(eleventy.peakBytes, pagefind.peakBytes),
      };
    });
    const site = join(work, "site");
    const build = ["node", "bin/news-archive.js", "build", "--raw", raw, "--articles", join(work, "articles"), "--out", site];
    await measure("cold", () => run(`cold ${n}`, build));
    await measure("warm", () => run(`warm ${n}`, build));
    await measure("incremental", async () => {
      await addArticle(n);
      const measured = await run(`incremental ${n}`, build);
      const pages = await indexedPages(site);
      if (pages !== n + 1) throw new Error(`the search index holds ${pages} pages, not ${n + 1}`);
      return measured;
    });
    const serve = ["node", "bin/news-archive.js", "serve", "--raw", raw, "--articles", join(work, "articles"), "--out", join(work, "served")];
    await measure("served", () =>
      runServed(`served ${n}`, [...serve, "--port", String(20_000 + (process.pid % 20_000))], {
        site: servingFolder(join(work, "served")),
        // One page per raw article: n, and one more when the incremental phase ran.
        pages: readdirSync(raw).length,
        add: () => addArticle(n + 1),
      }),
    );
  } catch (error) {
    row.failed = { phase, reason: (error as Error).message, ...(error instanceof PhaseFailed && { until: error.until }) };
    console.log(`${phase} ${n} failed: ${row.failed.reason}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return row;
}

/**
 * Runs one phase as a child process, under /usr/bin/time for its CPU time; its end is when the child exits, and
 * ingest's is when its summary line is printed. The load average is printed first: other work on the machine slows
 * a phase down.
 */
async function run(label: string, command: string[]): Promise<Phase> {
  const timeFile = join(tmpdir(), `news-archive-bench-time-${process.pid}`);
  const load = loadavg()[0]!.toFixed(1);
  const started = performance.now();
  const child = spawn("/usr/bin/time", ["-f", "%U %S", "-o", timeFile, ...command], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const memory = peakMemory(child.pid!);
  let ingestSeconds: number | undefined;
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout = (stdout + chunk).slice(-10_000);
    if (ingestSeconds === undefined && /^\d+ articles? \(/m.test(stdout)) ingestSeconds = (performance.now() - started) / 1000;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-10_000)));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = (performance.now() - started) / 1000;
  const peakBytes = memory.stop();
  // The last line of what /usr/bin/time wrote, after a line about the exit status when there was one.
  const [user, system] = (await readFile(timeFile, "utf8")).trim().split("\n").at(-1)!.split(" ").map(Number);
  await rm(timeFile);
  const phase = { seconds, cpuSeconds: user! + system!, peakBytes, ...(ingestSeconds !== undefined && { ingestSeconds }) };
  if (code !== 0) throw new PhaseFailed(`exit status ${code}: ${gist(stderr)}`, phase);
  console.log(
    `${label}: ${seconds.toFixed(1)} s, CPU ${phase.cpuSeconds.toFixed(1)} s, peak ${mib(peakBytes)} MiB` +
      `${ingestSeconds ? `, ingest ${ingestSeconds.toFixed(1)} s` : ""} (load average before: ${load})`,
  );
  return phase;
}

/**
 * Starts `serve`, waits until it serves the site with `pages` articles in its search index, then times `add` until
 * the index holds one more. CPU time is the server's and its finished child processes' (Pagefind) in that span.
 */
async function runServed(label: string, command: string[], { site, pages, add }: { site: string; pages: number; add: () => Promise<void> }): Promise<Phase> {
  const load = loadavg()[0]!.toFixed(1);
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const memory = peakMemory(child.pid!);
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output = (output + chunk).slice(-10_000)));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output = (output + chunk).slice(-10_000)));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    const stopped = () => `serve stopped: ${gist(output)}`;
    await until(async () => /^serving at /m.test(output), exited, stopped);
    if ((await indexedPages(site)) !== pages) throw new Error(`serve indexed ${await indexedPages(site)} pages, not ${pages}`);
    const cpuBefore = cpuSecondsOf(child.pid!);
    const started = performance.now();
    await add();
    await until(async () => (await indexedPages(site)) === pages + 1, exited, stopped);
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuSecondsOf(child.pid!) - cpuBefore;
    const peakBytes = memory.stop();
    console.log(`${label}: ${seconds.toFixed(1)} s, CPU ${cpuSeconds.toFixed(1)} s, peak ${mib(peakBytes)} MiB (load average before: ${load})`);
    return { seconds, cpuSeconds, peakBytes };
  } finally {
    memory.stop();
    child.kill("SIGTERM");
    await exited;
  }
}

/** What went wrong, from a failed process's error output: Node's fatal error line, or the last line. */
function gist(output: string): string {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => line.startsWith("FATAL ERROR")) ?? lines.at(-1) ?? "no error output";
}

/** Polls `done` every 100 ms; rejects if the process exits first, or after SERVE_WAIT_LIMIT_S. */
async function until(done: () => Promise<boolean>, exited: Promise<unknown>, failure: () => string): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = performance.now() + SERVE_WAIT_LIMIT_S * 1000;
  while (!(await done())) {
    if (stopped) throw new Error(failure());
    if (performance.now() > deadline) throw new Error(`not done after ${SERVE_WAIT_LIMIT_S} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * CPU time a process and the processes below it have used, with that of the child processes each has waited for,
 * from /proc/<pid>/stat.
 */
function cpuSecondsOf(pid: number): number {
  // The CLI runs the build in a child process of its own (src/cli/heap-limit.ts): every process below counts.
  return processTree(pid).reduce((sum, member) => {
    // utime, stime, cutime and cstime: the 14th to 17th fields of the whole line. A process gone since counts 0.
    const fields = statFields(member) ?? [];
    return sum + fields.slice(11, 15).reduce((ticks, field) => ticks + Number(field), 0) / CLOCK_TICKS;
  }, 0);
}

/** How many pages the site's search index holds, from Pagefind's entry file; 0 while there is none. */
async function indexedPages(site: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(join(site, "pagefind/pagefind-entry.json"), "utf8");
  } catch {
    return 0; // not written yet, or being swapped for a new one
  }
  const entry = JSON.parse(text) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function table(rows: Row[]): string {
  const lines = [
    "| articles | phase | wall time | × baseline | CPU time | peak RSS | ingest (from start) |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  const line = (articles: number, phase: string, { seconds, cpuSeconds, peakBytes, ingestSeconds }: Phase, baseline?: Phase) => {
    const ratio = baseline ? (seconds / baseline.seconds).toFixed(2) : "";
    const ingest = ingestSeconds === undefined ? "" : `${ingestSeconds.toFixed(1)} s, ${Math.round(articles / ingestSeconds)} articles/s`;
    return `| ${articles} | ${phase} | ${seconds.toFixed(1)} s | ${ratio} | ${cpuSeconds.toFixed(1)} s | ${mib(peakBytes)} MiB | ${ingest} |`;
  };
  for (const { articles, phases, failed } of rows) {
    for (const phase of PHASES) {
      const measured = phases[phase];
      if (measured) lines.push(line(articles, phase, measured, phases.baseline));
    }
    if (failed?.until) lines.push(line(articles, `${failed.phase}: failed, ${failed.reason}`, failed.until));
    else if (failed) lines.push(`| ${articles} | ${failed.phase}: failed, ${failed.reason} | | | | | |`);
  }
  return lines.join("\n");
}

/** The issue's targets, each with what was measured. */
function verdicts(rows: Row[]): string {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`- ${ok ? "met" : "NOT met"}: ${text}`);
  for (const { articles, phases, failed } of rows) {
    const { baseline, cold, warm } = phases;
    if (baseline && cold) check(cold.seconds / baseline.seconds <= 3, `${articles}: cold ${ratio(cold, baseline)}× baseline (target ≤ 3×)`);
    if (baseline && warm) check(warm.seconds / baseline.seconds <= 1.3, `${articles}: warm ${ratio(warm, baseline)}× baseline (target ≤ 1.3×)`);
    for (const name of ["incremental", "served"] as const) {
      const measured = phases[name];
      if (warm && measured) check(measured.seconds / warm.seconds <= 0.3, `${articles}: ${name} ${ratio(measured, warm)}× warm (target ≤ 0.3×)`);
    }
    const peak = Math.max(failed?.until?.peakBytes ?? 0, ...PHASES.slice(1).map((name) => phases[name]?.peakBytes ?? 0));
    if (peak > 0) check(peak < 4 * 2 ** 30, `${articles}: peak RSS ${mib(peak)} MiB (target < 4096 MiB)`);
    if (failed) check(false, `${articles}: ${failed.phase} failed: ${failed.reason}`);
  }
  // The issue asks that 5× the articles take at most 5.5× the time: at most 1.1× the growth in articles.
  for (const [smaller, larger] of rows.slice(1).map((row, i) => [rows[i]!, row] as const)) {
    const limit = (1.1 * larger.articles) / smaller.articles;
    for (const name of ["cold", "warm"] as const) {
      const [before, after] = [smaller.phases[name], larger.phases[name]];
      if (!before || !after) continue;
      // Judged on the exact ratio, not the rounded one printed: 5.5015 is over 5.5.
      check(after.seconds / before.seconds <= limit, `${smaller.articles} → ${larger.articles}: ${name} time grows ${ratio(after, before)}× (target ≤ ${limit.toFixed(2)}×)`);
    }
  }
  return lines.join("\n");
}

function ratio(a: Phase, b: Phase): string {
  return (a.seconds / b.seconds).toFixed(2);
}

function machine(): string {
  return `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}`;
}

function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
