import { execFile } from "node:child_process";
import { appendFile, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDirectory } from "../../src/ingest/ingest-fs.ts";

const run = promisify(execFile);
const STORY = (title: string) => `${title}\n\nBy Jane Doe\n\nThe minister of transport, Anna Berg, opened the new bridge on Friday, ending ten years of delays.\n`;

let root: string;
let raw: string;
let articles: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-ingest-"));
  raw = join(root, "raw");
  articles = join(root, "articles");
  await mkdir(raw);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const ingest = () => ingestDirectory({ rawDir: raw, articlesDir: articles });

describe("ingesting a folder", () => {
  it("reports each bad file in one line and still writes the good ones", async () => {
    await writeFile(join(raw, "good.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "empty.txt"), "");
    await writeFile(join(raw, "notes.md"), "# notes");
    await mkdir(join(raw, "folder"));
    const report = await ingest();
    expect(report.articles.map((a) => a.slug)).toEqual(["bridge-opens"]);
    expect(report.rejected).toEqual([
      { file: join(raw, "empty.txt"), reason: "the file is empty" },
      { file: join(raw, "folder"), reason: "a folder; raw articles are .txt files directly in the raw folder" },
      { file: join(raw, "notes.md"), reason: "not a .txt file; raw articles are plain-text files ending in .txt" },
    ]);
    expect(await readdir(articles)).toEqual(["bridge-opens.md"]);
  });

  it("stops with one line naming the raw folder when there is none, and makes no articles folder", async () => {
    await rm(raw, { recursive: true });
    await expect(ingest()).rejects.toThrow(`${raw}: no such folder; raw articles are .txt files in the raw folder (--raw)`);
    await expect(readdir(articles)).rejects.toThrow(/ENOENT/);
  });

  it("never reads a link that points outside the raw folder", async () => {
    await writeFile(join(root, "secret.txt"), STORY("Secret plans revealed"));
    await symlink(join(root, "secret.txt"), join(raw, "link.txt"));
    const report = await ingest();
    expect(report.rejected).toEqual([{ file: join(raw, "link.txt"), reason: "a link to a file outside the raw folder, which is never read" }]);
    expect(report.articles).toEqual([]);
  });

  it("gives two different articles with the same headline distinct slugs", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Bridge opens").replace("ten years", "eleven years"));
    expect((await ingest()).articles.map((a) => a.slug)).toEqual(["bridge-opens", "bridge-opens-2"]);
  });

  it("keeps an article a person edited, says so, and rewrites untouched ones", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes"));
    await ingest();
    const edited = join(articles, "bridge-opens.md");
    const text = (await readFile(edited, "utf8")).replace("opened the new bridge", "opened the long-awaited bridge");
    await writeFile(edited, text);
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens").replace("ten years", "twelve years"));
    await writeFile(join(raw, "b.txt"), STORY("Tunnel closes").replace("ten years", "twelve years"));
    const report = await ingest();
    expect(report.articles.map((a) => a.status)).toEqual(["kept-hand-edit", "written"]);
    expect(report.notices[0]).toMatch(/bridge-opens\.md: edited by hand since ingest wrote it, so it was kept as it is; to take the new ingest, move your changes into a\.meta\.yaml and delete the article/);
    expect(await readFile(edited, "utf8")).toBe(text);
    expect(await readFile(join(articles, "tunnel-closes.md"), "utf8")).toContain("twelve years");
  });

  it("keeps the articles whose raw files were deleted, and says so in one line", async () => {
    for (const [file, title] of [["a.txt", "Bridge opens"], ["b.txt", "Tunnel closes"], ["c.txt", "Ferry sails"]]) {
      await writeFile(join(raw, file!), STORY(title!));
    }
    expect((await ingest()).notices).toEqual([]);
    await rm(join(raw, "a.txt"));
    await rm(join(raw, "c.txt"));
    const report = await ingest();
    expect(report.notices).toEqual([
      `${articles}: 2 articles come from raw files no longer in ${raw} and stay in the archive ` +
        "(bridge-opens.md, ferry-sails.md); delete them to take them out",
    ]);
    expect(report.articles.map((a) => a.slug)).toEqual(["tunnel-closes"]);
    expect((await readdir(articles)).sort()).toEqual(["bridge-opens.md", "ferry-sails.md", "tunnel-closes.md"]);
  });

  it("says nothing of an article whose raw file was renamed", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await ingest();
    await rename(join(raw, "a.txt"), join(raw, "renamed.txt"));
    const report = await ingest();
    expect(report.notices).toEqual([]);
    expect(report.articles.map(({ slug, file }) => ({ slug, file }))).toEqual([{ slug: "bridge-opens", file: "renamed.txt" }]);
  });

  it("says in one line what in the alias file is not a name and its spellings, and applies the rest", async () => {
    const entities = join(root, "entities.yaml");
    await writeFile(entities, "people:\n  Anna Berg: Ana Bergh\n  Jane Doe: 5\norganisations:\n  UN: [United Nations]\n");
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens").replace("Anna Berg", "Ana Bergh"));
    const report = await ingest();
    expect(report.rejected).toEqual([
      {
        file: entities,
        reason:
          'field "people.Jane Doe": expected its other spellings, a list of names, got a number; ' +
          'unknown field "organisations" (the fields are people, places, organizations, sources, ignore); those aliases not applied',
      },
    ]);
    const article = await readFile(join(articles, "bridge-opens.md"), "utf8");
    expect(article).toMatch(/^people:\n  - Anna Berg\n/m);
    expect(article).not.toContain("- Ana Bergh");
  });

  it("ingests again the articles from a source whose names an edit of the alias file merges", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens").replace("The minister", "BAGHDAD (AP) — The minister"));
    await writeFile(join(raw, "b.txt"), STORY("Road opens"));
    await ingest();
    expect(await readFile(join(articles, "bridge-opens.md"), "utf8")).toMatch(/^source: AP$/m);
    await writeFile(join(root, "entities.yaml"), "sources:\n  The Associated Press: [AP]\n");
    const report = await ingest();
    expect(report.articles.filter((a) => a.status !== "unchanged").map((a) => a.slug)).toEqual(["bridge-opens"]);
    expect(await readFile(join(articles, "bridge-opens.md"), "utf8")).toMatch(/^source: The Associated Press$/m);
  });

  it("reads a raw file whose extension is in capitals, with its sidecar", async () => {
    await writeFile(join(raw, "REPORT.TXT"), STORY("Bridge opens"));
    await writeFile(join(raw, "REPORT.meta.yaml"), "source: River Times\n");
    const report = await ingest();
    expect(report.rejected).toEqual([]);
    expect(report.articles.map(({ slug, file }) => ({ slug, file }))).toEqual([{ slug: "bridge-opens", file: "REPORT.TXT" }]);
    expect(await readFile(join(articles, "bridge-opens.md"), "utf8")).toContain("source: River Times");
  });

  it("applies a sidecar on every re-ingest", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "a.meta.yaml"), "source: River Times\n");
    await ingest();
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens").replace("ten years", "twelve years"));
    await ingest();
    const text = await readFile(join(articles, "bridge-opens.md"), "utf8");
    expect(text).toContain("source: River Times");
    expect(text).toContain("twelve years");
  });

  it("moves an article whose headline changed to its new slug", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await ingest();
    await writeFile(join(raw, "a.meta.yaml"), "title: Bridge opens at last\n");
    await ingest();
    expect(await readdir(articles)).toEqual(["bridge-opens-at-last.md"]);
  });
});

describe("the news-archive ingest command", () => {
  it("prints a line per article it wrote, an error line per bad file, and exits 1 when any was rejected", async () => {
    await writeFile(join(raw, "good.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "bad.txt"), "\u0000\u0001");
    const failure = await run("node", ["bin/news-archive.js", "ingest", "--raw", raw, "--articles", articles]).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toMatch(/^bridge-opens {2}"Bridge opens" {2}date unknown {2}\d+ words kept \/ \d+ lines removed$/m);
    expect(failure.stdout).toMatch(/^1 article \(1 written, 0 unchanged, 0 kept as edited by hand\), 1 rejected$/m);
    expect(failure.stderr.trim()).toBe(`error: ${join(raw, "bad.txt")}: the file is binary (it contains NUL bytes), not text`);
  });

  it("names on later runs only the articles it wrote or kept as edited by hand, and counts the unchanged", async () => {
    await writeFile(join(raw, "a.txt"), STORY("Bridge opens"));
    await writeFile(join(raw, "b.txt"), STORY("Market reopens"));
    await writeFile(join(raw, "c.txt"), STORY("Harbour dredged"));
    const command = ["bin/news-archive.js", "ingest", "--raw", raw, "--articles", articles];
    await run("node", command);
    await writeFile(join(raw, "b.txt"), STORY("Market reopens after the flood"));
    await appendFile(join(articles, "harbour-dredged.md"), "\nAn editor's note.\n");

    const { stdout } = await run("node", command);
    expect(stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^market-reopens-after-the-flood {2}"Market reopens after the flood" {2}date unknown {2}\d+ words kept/),
      expect.stringMatching(/^harbour-dredged {2}"Harbour dredged" .* {2}\(kept: edited by hand\)$/),
      "3 articles (1 written, 1 unchanged, 1 kept as edited by hand), 0 rejected",
    ]);
  });

  it("prints the report as JSON with --json and exits 0 when all is well", async () => {
    await writeFile(join(raw, "good.txt"), STORY("Bridge opens"));
    const { stdout } = await run("node", ["bin/news-archive.js", "ingest", "--raw", raw, "--articles", articles, "--json"]);
    expect(JSON.parse(stdout)).toMatchObject({ articles: [{ slug: "bridge-opens", title: "Bridge opens" }], rejected: [] });
  });

  it("answers a wrong command with usage and exit status 2", async () => {
    const failure = await run("node", ["bin/news-archive.js", "publish"]).catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('unknown command "publish"');
  });
});
