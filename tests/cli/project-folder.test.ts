import { execFile, spawn, type ChildProcess } from "node:child_process";
import { access, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../../bin/news-archive.js", import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "news-archive-project-"));
  await mkdir(join(root, "content", "raw"), { recursive: true });
  await writeFile(join(root, "content", "raw", "bridge.txt"), "Bridge opens\n\nBy Jane Doe\n\nThe minister opened the new bridge over the river on Friday.\n");
  await writeFile(join(root, "content", "raw", "port.txt"), "Port reopens\n\nBy Sam Roe\n\nThe port reopened to ships on Monday after the storm.\n");
});
/** serve processes started by a test, stopped after it even when it fails half-way */
const servers: ChildProcess[] = [];
afterEach(async () => {
  // SIGTERM, which the CLI passes on to the Node process it may have started with a larger heap.
  for (const server of servers.splice(0)) server.kill("SIGTERM");
  await rm(root, { recursive: true, force: true });
});

/** `news-archive build` with its default folders, run in the project folder as `npm run build` runs it. */
const build = () => run("node", [cli, "build"], { cwd: root });
/**
 * `news-archive serve` (`npm start`) in the project folder: resolves once it serves, with what it served.
 * `whileBuilding` runs once serve has ingested and started building the site.
 */
async function serve(whileBuilding?: () => Promise<void>): Promise<{ url: string; home: string; stop(): Promise<number | null> }> {
  const port = await freePort();
  const server = spawn("node", [cli, "serve", "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  servers.push(server);
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
      // The summary line that ends ingest: the build starts next.
      if (whileBuilding && / articles \(/.test(output)) {
        const during = whileBuilding;
        whileBuilding = undefined;
        void during();
      }
      if (output.includes("serving at")) resolve();
    });
    exited.then((code) => reject(new Error(`serve stopped (exit code ${code}) before serving:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}/`;
  const home = await (await fetch(url)).text();
  return { url, home, stop: () => (server.kill("SIGTERM"), exited) };
}

const exists = (path: string) => access(join(root, path)).then(() => true, () => false);

describe("a build in a project folder", () => {
  it("builds every article although the project's .gitignore lists the generated articles folder", async () => {
    // This project's own: Eleventy reads the working folder's .gitignore by default, and skipped every article.
    await copyFile(fileURLToPath(new URL("../../.gitignore", import.meta.url)), join(root, ".gitignore"));
    await build();
    expect(await exists("_site/articles/bridge-opens/index.html")).toBe(true);
    expect(await exists("_site/articles/port-reopens/index.html")).toBe(true);
    expect(await readFile(join(root, "_site", "index.html"), "utf8")).toContain("Port reopens");
  });

  it("publishes a raw file whose extension is in capitals, and links its article to it", async () => {
    await writeFile(join(root, "content", "raw", "DAM.TXT"), "Dam repaired\n\nBy Ali Hassan\n\nEngineers repaired the dam.\n");
    await build();
    expect(await readFile(join(root, "_site", "raw", "DAM.TXT"), "utf8")).toContain("Engineers repaired the dam.");
    expect(await readFile(join(root, "_site", "articles", "dam-repaired", "index.html"), "utf8")).toContain('href="/raw/DAM.TXT"');
  });

  it("stops, naming the article, when an .eleventyignore file would leave it out of the site", async () => {
    // A pattern that matches the article wherever the build reads it from.
    await writeFile(join(root, ".eleventyignore"), "**/port-reopens.md\n");
    const failure = await build().catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr.split("\n")[0]).toBe(
      `news-archive: ${join("content", "articles", "port-reopens.md")} was not built: an .eleventyignore file lists it; ` +
        "take it out of that file, or delete the article",
    );
    expect(await exists("_site")).toBe(false);
  });

  it("serves an article added since the last build without touching the built site, and builds it after", async () => {
    await build();
    const built = await readFile(join(root, "_site", "index.html"), "utf8");
    await writeFile(join(root, "content", "raw", "dam.txt"), "Dam repaired\n\nBy Ali Hassan\n\nEngineers repaired the dam.\n");
    const server = await serve();
    expect(server.home).toContain("Dam repaired");
    // Saved while serving: ingested and built again, into a folder that took the served one's place.
    await writeFile(join(root, "content", "raw", "mill.txt"), "Mill reopens\n\nBy Ali Hassan\n\nThe old mill reopened.\n");
    await expect.poll(async () => (await fetch(server.url)).text(), { timeout: 30_000 }).toContain("Mill reopens");
    expect(await server.stop()).toBe(0);
    // A host serving _site/ meanwhile saw the site of the last build, whole.
    expect(await readFile(join(root, "_site", "index.html"), "utf8")).toBe(built);
    // serve cleans up after itself: the project folder holds what it held before.
    expect((await readdir(root)).sort()).toEqual(["_site", "content"]);
    await build();
    expect(await exists("_site/articles/dam-repaired/index.html")).toBe(true);
  });

  it("takes in a raw file saved while it was building the site to serve", async () => {
    const server = await serve(() => writeFile(join(root, "content", "raw", "weir.txt"), "Weir rebuilt\n\nBy Ali Hassan\n\nThe weir was rebuilt.\n"));
    await expect.poll(async () => (await fetch(server.url)).text(), { timeout: 30_000 }).toContain("Weir rebuilt");
    expect(await server.stop()).toBe(0);
  });

  it("takes in the alias file saved while serving", async () => {
    await writeFile(join(root, "content", "raw", "ferry.txt"), "Ferry sails\n\nBy Sam Roe\n\nThe minister of transport, Anna Berg, saw the ferry off.\n");
    const server = await serve();
    const article = async () => (await fetch(`${server.url}articles/ferry-sails/`)).text();
    expect(await article()).toContain("Anna Berg");
    // Written as editors save: a new file renamed over the old one.
    await writeFile(join(root, "content", "entities.yaml.new"), "people:\n  Anna Berg-Lund: Anna Berg\n");
    await rename(join(root, "content", "entities.yaml.new"), join(root, "content", "entities.yaml"));
    await expect.poll(article, { timeout: 30_000 }).toContain("Anna Berg-Lund");
    expect(await server.stop()).toBe(0);
  });

  it("stops serving and cleans up at one Ctrl+C, which reaches it from the terminal and from the process that started it", async () => {
    const port = await freePort();
    // A process group of its own, as a terminal runs a command; Ctrl+C signals the whole group.
    const server = spawn("node", [cli, "serve", "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "inherit"], detached: true });
    servers.push(server);
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    let output = "";
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk));
    await expect.poll(() => output, { timeout: 60_000 }).toContain("serving at");
    process.kill(-server.pid!, "SIGINT");
    expect(await exited).toBe(0);
    expect((await readdir(root)).sort()).toEqual(["content"]);
  });

  it("stops serving and cleans up at a SIGINT sent to the command alone, as a process manager sends it", async () => {
    const port = await freePort();
    const server = spawn("node", [cli, "serve", "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    servers.push(server);
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    let output = "";
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk));
    await expect.poll(() => output, { timeout: 60_000 }).toContain("serving at");
    server.kill("SIGINT");
    expect(await exited).toBe(0);
    expect((await readdir(root)).sort()).toEqual(["content"]);
  });

  it("serves, then builds, in a project that had no site yet", async () => {
    await (await serve()).stop();
    await build();
    expect(await exists("_site/articles/bridge-opens/index.html")).toBe(true);
  });
});
