/**
 * `npm run bench:entities [-- --n 1500] [--against <commit>]`: what a change to ingest does to the people, places and
 * organisations it finds. Ingests the seeds, the news stories of tests/fixtures/news (written as wire services and
 * papers write, which the synthetic articles are not) and the bench's first N synthetic articles with the default alias
 * file, in this process, and prints each article's entities as a JSON line. With `--against`, ingests the same articles
 * with `<commit>`'s code too (a git worktree, given this script and the synthetic archive of the working tree) and
 * prints what each article gained (+) and lost (-), and the totals: most synthetic articles are the seeds' sentences
 * with other names, so a rule that misreads a sentence shows in hundreds of them.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { aliasesFrom, parseAliasFile } from "../src/ingest/aliases.ts";
import { ingestArticle } from "../src/ingest/ingest.ts";
import { syntheticArchive } from "./synthetic-archive.ts";

const KINDS = ["people", "places", "organizations"] as const;
type Found = Record<(typeof KINDS)[number], string[]>;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1500" },
    against: { type: "string" },
    // Where the seeds and the alias file are: a worktree of another commit reads the working tree's, so that only
    // the code differs.
    content: { type: "string", default: join(ROOT, "content") },
    news: { type: "string", default: join(ROOT, "tests/fixtures/news") },
  },
});

const textsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));

/** Each article's entities, by its raw file's name. */
function entitiesOf(content: string, news: string, n: number): Map<string, Found> {
  const seeds = textsIn(join(content, "raw"));
  const aliases = aliasesFrom(parseAliasFile(parse(readFileSync(join(content, "entities.yaml"), "utf8"))).aliases);
  const found = new Map<string, Found>();
  for (const { file, text } of [...seeds, ...textsIn(news), ...syntheticArchive(seeds.map((seed) => seed.text), n)]) {
    const result = ingestArticle({ file, bytes: new TextEncoder().encode(text) }, aliases);
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    const { people = [], places = [], organizations = [] } = result.article.frontMatter;
    found.set(file, { people, places, organizations });
  }
  return found;
}

/** The same, from `commit`'s code: this script and the synthetic archive run in a worktree of it. */
function entitiesAt(commit: string, n: number): Map<string, Found> {
  const tree = mkdtempSync(join(tmpdir(), "news-archive-entities-"));
  const git = (...args: string[]) => {
    const run = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr.trim()}`);
  };
  git("worktree", "add", "--detach", "--quiet", tree, commit);
  try {
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
    for (const file of ["bench/entities.ts", "bench/synthetic-archive.ts"]) {
      copyFileSync(join(ROOT, file), join(tree, file));
    }
    const tsx = join(ROOT, "node_modules/tsx/dist/cli.mjs");
    const args = [tsx, join(tree, "bench/entities.ts"), "--n", String(n), "--content", values.content!, "--news", values.news!];
    const run = spawnSync(process.execPath, args, {
      cwd: tree,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (run.status !== 0) throw new Error(`ingest with ${commit}'s code failed (exit ${run.status})`);
    return new Map(run.stdout.trim().split("\n").map((line) => JSON.parse(line) as [string, Found]));
  } finally {
    git("worktree", "remove", "--force", tree);
    rmSync(tree, { recursive: true, force: true });
  }
}

/** One line per article whose entities differ, `+` gained and `-` lost, then the totals. */
function differences(before: Map<string, Found>, after: Map<string, Found>): string[] {
  const lines: string[] = [];
  const totals = Object.fromEntries(KINDS.map((kind) => [kind, { gained: 0, lost: 0 }]));
  for (const [file, now] of after) {
    const then = before.get(file) ?? { people: [], places: [], organizations: [] };
    const changes = KINDS.flatMap((kind) => {
      const gained = now[kind].filter((name) => !then[kind].includes(name));
      const lost = then[kind].filter((name) => !now[kind].includes(name));
      totals[kind]!.gained += gained.length;
      totals[kind]!.lost += lost.length;
      return [...gained.map((name) => `+${kind} ${name}`), ...lost.map((name) => `-${kind} ${name}`)];
    });
    if (changes.length > 0) lines.push(`${file}: ${changes.join("; ")}`);
  }
  const summary = KINDS.map((kind) => `${kind} +${totals[kind]!.gained} -${totals[kind]!.lost}`).join(", ");
  return [...lines, `${lines.length} of ${after.size} articles differ: ${summary}`];
}

const n = Number(values.n);
const now = entitiesOf(values.content!, values.news!, n);
if (values.against === undefined) {
  for (const entry of now) console.log(JSON.stringify(entry));
} else {
  for (const line of differences(entitiesAt(values.against, n), now)) console.log(line);
}
