import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FolderChanges } from "../../src/ingest/folder-changes.ts";
import { ingestDirectory, ingestMemo, type IngestMemo } from "../../src/ingest/ingest-fs.ts";
import * as threads from "../../src/ingest/ingest-threads.ts";

// Which raw files each run sent through the NLP stages.
vi.mock("../../src/ingest/ingest-threads.ts", async (original) => {
  const actual = await original<typeof threads>();
  return { ...actual, ingestArticles: vi.fn(actual.ingestArticles) };
});
const ingestedFiles = () => vi.mocked(threads.ingestArticles).mock.calls.flatMap(([raws]) => raws.map((raw) => raw.file));

const STORY = (title: string, years = "ten") =>
  `${title}\n\nBy Jane Doe\n\nThe minister of transport, Anna Berg, opened the new bridge over the river on Friday, ending ${years} years of delays.\n`;

let root: string;
let raw: string;
let articles: string;
let memo: IngestMemo;
let changes: FolderChanges;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-changes-"));
  raw = join(root, "raw");
  articles = join(root, "articles");
  await mkdir(raw);
  await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
  await writeFile(join(raw, "b.txt"), STORY("Port reopens"));
  memo = ingestMemo();
  await ingest();
  // As serve starts its watchers: the first run after checks every file.
  changes = memo.changes = new FolderChanges({ raw, articles });
  await ingest();
  vi.mocked(threads.ingestArticles).mockClear();
});
afterEach(() => rm(root, { recursive: true, force: true }));

const ingest = () => ingestDirectory({ rawDir: raw, articlesDir: articles }, memo);
const article = (slug: string) => readFile(join(articles, `${slug}.md`), "utf8");

describe("serve's ingest, told what its watchers saw change", () => {
  it("takes in a raw file the watcher saw change, and reads no other", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens", "twelve"));
    await writeFile(join(raw, "b.txt"), STORY("Port reopens", "twelve"));
    changes.saw("raw", "a.txt");
    await ingest();
    expect(ingestedFiles()).toEqual(["a.txt"]);
    expect(await article("bridge-opens")).toContain("twelve years");
  });

  it("takes in a raw file's sidecar, when the watcher saw only the sidecar change", async () => {
    await writeFile(join(raw, "a.meta.yaml"), "source: River Times\n");
    changes.saw("raw", "a.meta.yaml");
    await ingest();
    expect(await article("bridge-opens")).toContain("source: River Times");
  });

  it("takes in a raw file that links to another, when the watcher saw only the other change", async () => {
    await symlink("b.txt", join(raw, "c.txt"));
    changes.saw("raw", "c.txt");
    await ingest();
    await writeFile(join(raw, "b.txt"), STORY("Port reopens", "twelve"));
    changes.saw("raw", "b.txt");
    await ingest();
    expect(await article("port-reopens")).toContain("twelve years");
    expect(await article("port-reopens-2")).toContain("twelve years");
  });

  it("sees an article edited by hand, when the watcher saw it, and keeps it", async () => {
    const edited = (await article("bridge-opens")).replace("ten years", "a decade");
    await writeFile(join(articles, "bridge-opens.md"), edited);
    changes.saw("articles", "bridge-opens.md");
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens", "twelve"));
    changes.saw("raw", "a.txt");
    const report = await ingest();
    expect(report.articles.find(({ slug }) => slug === "bridge-opens")?.status).toBe("kept-hand-edit");
    expect(await article("bridge-opens")).toBe(edited);
  });

  it.each([
    ["the watcher could not say which file changed", () => changes.saw("raw", null)],
    ["it saw more files change than it can be trusted to have seen all of", () => {
      for (let i = 0; i < 1001; i++) changes.saw("raw", `other-${i}.txt`);
    }],
    ["the last run failed", () => changes.forget()],
  ])("checks every file when %s", async (_why, saw) => {
    await writeFile(join(raw, "b.txt"), STORY("Port reopens", "twelve"));
    saw();
    await ingest();
    expect(await article("port-reopens")).toContain("twelve years");
  });

  it("checks every file of a raw folder made anew, which the watcher of the old one did not see", async () => {
    const fresh = join(root, "fresh");
    await mkdir(fresh);
    await writeFile(join(fresh, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(fresh, "b.txt"), STORY("Port reopens", "twelve"));
    await rm(raw, { recursive: true });
    await rename(fresh, raw);
    await ingest();
    expect(await article("port-reopens")).toContain("twelve years");
  });
});
