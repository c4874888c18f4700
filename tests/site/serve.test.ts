import { renameSync, writeFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { get } from "node:http";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { serveSite } from "../../src/site/serve-site.ts";
import { fixtureArticles } from "../support/built-site.ts";
import { freePort } from "../support/free-port.ts";

/** An IPv4 address this machine has on a network, if it has one. */
const NETWORK_ADDRESS = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === "IPv4" && !address.internal)?.address;

describe("serveSite", () => {
  let workDir: string;
  let port: number;
  let server: Awaited<ReturnType<typeof serveSite>>;
  const articlesDir = () => join(workDir, "articles");
  const fetchPath = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);

  beforeAll(async () => {
    // The test edits an article, so it serves a copy of the fixtures.
    workDir = await mkdtemp(join(tmpdir(), "news-archive-serve-"));
    await cp(fixtureArticles("articles"), articlesDir(), { recursive: true });
    port = await freePort();
    server = await serveSite({ articlesDir: articlesDir(), outDir: join(workDir, "site"), port });
  });
  afterAll(async () => {
    await server?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it("serves the built site and its search index on the port it was given", async () => {
    expect(server.url).toBe(`http://localhost:${port}/`);
    const home = await fetchPath("/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("River flood report published");
    expect((await fetchPath("/pagefind/pagefind.js")).status).toBe(200);
    expect((await fetchPath("/articles/no-such-article/")).status).toBe(404);
  });

  // Skipped on a machine with no network address but its own: there is then nothing the server could be open to.
  it.skipIf(NETWORK_ADDRESS === undefined)("listens on this machine only, not on its network address", async () => {
    const connects = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host, port }, () => {
          socket.end();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      });
    expect(await connects("127.0.0.1")).toBe(true);
    expect(await connects(NETWORK_ADDRESS!)).toBe(false);
  });

  it("adds the live-reload script to a page a browser opens", async () => {
    // fetch() announces itself as a script's request (sec-fetch-mode: cors), which the dev server leaves as it is.
    const page = await new Promise<string>((resolve, reject) => {
      get(`http://127.0.0.1:${port}/`, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve(body));
      }).on("error", reject);
    });
    expect(page).toMatch(/<script type="module"[^>]* src="\/\.11ty\/reload-client\.js">/);
  });

  it("rebuilds the pages and the search index when an article changes", async () => {
    const searchIndex = async () => (await fetchPath("/pagefind/pagefind-entry.json")).json();
    const indexBefore = await searchIndex();
    const file = join(articlesDir(), "river-flood-report.md");
    const article = await readFile(file, "utf8");
    await writeFile(file, article.replace("title: River flood report published", "title: River flood report revised"));

    const home = async () => (await fetchPath("/")).text();
    await expect.poll(home, { timeout: 20_000 }).toContain("River flood report revised");
    await expect.poll(searchIndex, { timeout: 20_000 }).not.toEqual(indexBefore);
  });

  it("rebuilds each time an article is replaced by a rename, as ingest and most editors save a file", async () => {
    const file = join(articlesDir(), "river-flood-report.md");
    const article = await readFile(file, "utf8");
    const home = async () => (await fetchPath("/")).text();
    for (const title of ["River flood report renamed", "River flood report renamed again"]) {
      // Written and renamed in one go: the temporary file is gone before a watcher can look for it.
      writeFileSync(`${file}.tmp`, article.replace(/^title: .*$/m, `title: ${title}`));
      renameSync(`${file}.tmp`, file);
      await expect.poll(home, { timeout: 20_000 }).toContain(title);
      // Apart, so that the next rename is a change of its own, not one more event of this one.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
  });

  it("takes an article's page out of the site when the article is deleted", async () => {
    const page = "/articles/ministers-agree-budget/";
    expect((await fetchPath(page)).status).toBe(200);
    expect(await (await fetchPath("/")).text()).toContain("Ministers agree");
    await rm(join(articlesDir(), "ministers-agree-budget.md"));
    await expect.poll(async () => (await fetchPath(page)).status, { timeout: 20_000 }).toBe(404);
    expect(await (await fetchPath("/")).text()).not.toContain("Ministers agree");
  });

  it("builds once for a change: what a build does to the articles folder sets off no other build", async () => {
    // A build links the articles it renders (write-pages.ts) and reads them; neither may set off another build.
    // Every build writes the home page.
    const homeFile = () => stat(join(workDir, "site", "index.html")).then((info) => info.mtimeMs);
    const before = await homeFile();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await homeFile()).toBe(before);
  });

  it("keeps serving the last site, and says which file is wrong, when a rebuild fails", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await writeFile(join(articlesDir(), "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
      await expect.poll(() => errors.mock.calls.flat().join("\n"), { timeout: 20_000 }).toContain("broken.md");
      expect(errors.mock.calls[0]![0]).toMatch(/^news-archive: /);
      expect(await (await fetchPath("/")).text()).toContain("River flood report renamed again");
    } finally {
      errors.mockRestore();
      await rm(join(articlesDir(), "broken.md"));
    }
  });
});

describe("serveSite, an article saved while it first builds the site", () => {
  it("serves the site it built, then takes the article in, with no second build beside the first", async () => {
    const workDir = await mkdtemp(join(tmpdir(), "news-archive-serve-"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    let server: Awaited<ReturnType<typeof serveSite>> | undefined;
    try {
      const articlesDir = join(workDir, "articles");
      await cp(fixtureArticles("articles"), articlesDir, { recursive: true });
      const port = await freePort();
      const serving = serveSite({ articlesDir, outDir: join(workDir, "site"), port });
      // The first build is under way once its folder beside the site's is there.
      await expect.poll(() => stat(join(workDir, ".site.staging")).then(() => true, () => false), { timeout: 20_000 }).toBe(true);
      const file = join(articlesDir, "river-flood-report.md");
      await writeFile(file, (await readFile(file, "utf8")).replace("title: River flood report published", "title: River flood report saved meanwhile"));
      server = await serving;
      const home = async () => (await fetch(`http://127.0.0.1:${port}/`)).text();
      await expect.poll(home, { timeout: 20_000 }).toContain("River flood report saved meanwhile");
      expect(errors.mock.calls).toEqual([]);
    } finally {
      errors.mockRestore();
      await server?.close();
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
