import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { aliasesFrom } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { ingestCachePath } from "../../src/ingest/ingest-cache-fs.ts";
import { ingestDirectory } from "../../src/ingest/ingest-fs.ts";
import * as threads from "../../src/ingest/ingest-threads.ts";

// Which raw files each run sent through the NLP stages.
vi.mock("../../src/ingest/ingest-threads.ts", async (original) => {
  const actual = await original<typeof threads>();
  return { ...actual, ingestArticles: vi.fn(actual.ingestArticles) };
});
const ingestedFiles = () => vi.mocked(threads.ingestArticles).mock.calls.flatMap(([raws]) => raws.map((raw) => raw.file));

const STORY = (title: string, person = "Anna Berg") =>
  `${title}\n\nBy Jane Doe\n\nThe minister of transport, ${person}, opened the new bridge over the river on Friday, ending ten years of delays.\n`;

let root: string;
let raw: string;
let articles: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-cache-"));
  raw = join(root, "raw");
  articles = join(root, "articles");
  await mkdir(raw);
  vi.mocked(threads.ingestArticles).mockClear();
});
afterEach(() => rm(root, { recursive: true, force: true }));

const ingest = (articlesDir = articles) => ingestDirectory({ rawDir: raw, articlesDir });

/** Every article file of a folder, by name: what a run left on disk. */
async function folder(path: string): Promise<Record<string, string>> {
  const names = (await readdir(path)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(path, name), "utf8")])));
}

/** What ingesting the raw folder from scratch writes. */
async function fromScratch(): Promise<Record<string, string>> {
  const scratch = join(root, "scratch");
  await rm(scratch, { recursive: true, force: true });
  await rm(ingestCachePath(scratch), { force: true });
  await ingest(scratch);
  return folder(scratch);
}

describe("the ingest cache", () => {
  it("runs only new and changed raw files through ingest, and writes what a run from scratch writes", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad"));
    await ingest();
    vi.mocked(threads.ingestArticles).mockClear();

    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad").replace("ten years", "twelve years"));
    await writeFile(join(raw, "c.txt"), STORY("Ferry sinks", "Leila Mansour"));
    const report = await ingest();
    expect(ingestedFiles()).toEqual(["b.txt", "c.txt"]);
    expect(report.articles.map((a) => [a.file, a.status])).toEqual([
      ["a.txt", "unchanged"],
      ["b.txt", "written"],
      ["c.txt", "written"],
    ]);
    expect(await folder(articles)).toEqual(await fromScratch());
  });

  it("keeps the cache beside the articles folder, so the folder holds only articles", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await ingest();
    expect(await readdir(articles)).toEqual(["bridge-opens.md"]);
    expect(await readdir(root)).toContain(".articles.ingest-cache.json");
  });

  it("ingests again only the articles whose names an edit of the alias file answers otherwise", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad"));
    await writeFile(join(raw, "c.txt"), STORY("Ferry sinks near\nQurna", "Omar Haddad"));
    await ingest();
    const ingestedAfter = async (aliasFile: string | undefined) => {
      vi.mocked(threads.ingestArticles).mockClear();
      if (aliasFile === undefined) await rm(join(root, "entities.yaml"));
      else await writeFile(join(root, "entities.yaml"), aliasFile);
      await ingest();
      const files = ingestedFiles();
      expect(await folder(articles)).toEqual(await fromScratch());
      return files;
    };
    expect(await ingestedAfter("people:\n  Anna Berg-Lund: [Anna Berg]\n")).toEqual(["a.txt"]);
    expect(await readFile(join(articles, "bridge-opens.md"), "utf8")).toContain("Anna Berg-Lund");
    // A spelling no article writes: nothing to do.
    expect(await ingestedAfter("people:\n  Anna Berg-Lund: [Anna Berg]\n  Leila Mansour: [L. Mansour]\n")).toEqual([]);
    // The file's names are found where an article writes them as the file spells them: a spelling that differs
    // only in case is another for the article that writes one of the two.
    expect(await ingestedAfter("people:\n  Anna Berg-Lund: [anna berg]\n  Leila Mansour: [L. Mansour]\n")).toEqual(["a.txt"]);
    // A place compromise does not know, listed: the article that writes it, across a line break, lists it.
    expect(await ingestedAfter("people:\n  Anna Berg-Lund: [anna berg]\nplaces:\n  Qurna:\n")).toEqual(["c.txt"]);
    expect(await readFile(join(articles, "ferry-sinks-near-qurna.md"), "utf8")).toMatch(/places:\n {2}- Qurna\n/);
    // A name to ignore: the articles that list it, and only those, are written again without it.
    const ignoring = "people:\n  Anna Berg-Lund: [anna berg]\nplaces:\n  Qurna:\nignore: [omar haddad]\n";
    expect(await ingestedAfter(ignoring)).toEqual(["b.txt", "c.txt"]);
    expect(await readFile(join(articles, "tunnel-closes.md"), "utf8")).not.toMatch(/^people:\n(  - .*\n)*  - Omar Haddad\n/m);
    expect(await ingestedAfter("people:\n  Anna Berg-Lund: [anna berg]\nplaces:\n  Qurna:\n")).toEqual(["b.txt", "c.txt"]);
    expect(await ingestedAfter(undefined)).toEqual(["a.txt", "c.txt"]);
    expect(await readFile(join(articles, "bridge-opens.md"), "utf8")).not.toContain("Anna Berg-Lund");
  });

  it("ingests again an article whose file was deleted, and keeps one a person edited", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad"));
    await ingest();
    const written = await folder(articles);
    vi.mocked(threads.ingestArticles).mockClear();
    await rm(join(articles, "bridge-opens.md"));
    const edited = written["tunnel-closes.md"]!.replace("new bridge", "long-awaited bridge");
    await writeFile(join(articles, "tunnel-closes.md"), edited);
    const report = await ingest();
    expect(report.articles.map((a) => a.status)).toEqual(["written", "kept-hand-edit"]);
    expect(await folder(articles)).toEqual({ ...written, "tunnel-closes.md": edited });
  });

  it("writes an article again when a new report of its event joins it into a story", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens after ten years"));
    await ingest();
    await writeFile(join(raw, "b.txt"), STORY("New bridge opens after ten years of delays"));
    const report = await ingest();
    expect(report.articles.map((a) => a.status)).toEqual(["written", "written"]);
    expect(await readFile(join(articles, "bridge-opens-after-ten-years.md"), "utf8")).toContain("story: bridge-opens-after-ten-years");
    expect(await folder(articles)).toEqual(await fromScratch());
  });
});

describe("the ingest cache's file", () => {
  const cacheLines = async () => (await readFile(ingestCachePath(articles), "utf8")).split("\n");
  const edit = (title: string, n: number) => writeFile(join(raw, "a.txt"), STORY(title).replace("ten years", `${n} years`));

  it("takes a line more for each article a run changed or lost, and is read back as the runs left it", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad"));
    await writeFile(join(raw, "c.txt"), STORY("Ferry sinks", "Leila Mansour"));
    await ingest();
    const [header, ...entries] = await cacheLines();
    expect(JSON.parse(header!)).toHaveProperty("version");
    expect(entries.map((line) => JSON.parse(line)[0])).toEqual(["a.txt", "b.txt", "c.txt"]);

    await edit("Bridge opens", 12);
    await rm(join(raw, "b.txt"));
    await ingest();
    const lines = await cacheLines();
    expect(lines.slice(0, 4)).toEqual([header, ...entries]);
    expect(lines.slice(4).map((line) => JSON.parse(line)[0])).toEqual(["a.txt", "b.txt"]);
    expect(JSON.parse(lines[4]!)[1].summary).toContain("12 years");
    expect(JSON.parse(lines[5]!)[1]).toBeNull();

    vi.mocked(threads.ingestArticles).mockClear();
    await ingest();
    expect(await cacheLines()).toEqual(lines);
    expect(ingestedFiles()).toEqual([]);
  });

  it("passes over a line a run stopped while writing, and ingests again only the article it was for", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad"));
    await ingest();
    await edit("Bridge opens", 12);
    await ingest();
    const text = await readFile(ingestCachePath(articles), "utf8");
    await writeFile(ingestCachePath(articles), text.slice(0, -20));

    vi.mocked(threads.ingestArticles).mockClear();
    await ingest();
    expect(ingestedFiles()).toEqual(["a.txt"]);
    expect(await folder(articles)).toEqual(await fromScratch());
    vi.mocked(threads.ingestArticles).mockClear();
    await ingest();
    expect(ingestedFiles()).toEqual([]);
  });

  it("is written whole again before it holds more than twice as many lines as articles", async () => {
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes", "Omar Haddad"));
    const counts: number[] = [];
    for (let n = 11; n <= 16; n++) {
      await edit("Bridge opens", n);
      await ingest();
      counts.push((await cacheLines()).length);
    }
    expect(counts).toEqual([3, 4, 5, 6, 3, 4]);
    vi.mocked(threads.ingestArticles).mockClear();
    await ingest();
    expect(ingestedFiles()).toEqual([]);
  });
});

describe("ingesting on several threads", () => {
  it("gives the same articles, in the same order, as one thread", async () => {
    const aliasFile = parse(readFileSync("content/entities.yaml", "utf8"));
    const seeds = readdirSync("content/raw").filter((name) => name.endsWith(".txt"));
    // Enough articles for several batches on each thread.
    const raws = Array.from({ length: 40 }, (_, i) => {
      const file = seeds[i % seeds.length]!;
      return { file: `${i}-${file}`, bytes: readFileSync(join("content/raw", file)) };
    });
    const aliases = aliasesFrom(aliasFile);
    expect(await threads.ingestInThreads(raws, aliasFile, 2)).toEqual(raws.map((raw) => ingestArticle(raw, aliases)));
  });
});
