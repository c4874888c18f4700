import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../src/deploy/static-server.ts";
import { collectErrors, launchBrowser } from "../support/browser.ts";
import { SEED_TITLES } from "../support/default-archive.ts";

/**
 * The default archive as a static host serves it: built by the CLI under a path prefix (and at the root), served
 * with the headers of its own `_headers` file, the Content-Security-Policy among them, which Chromium enforces.
 */
const run = promisify(execFile);
const MOU = SEED_TITLES.mou;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(["/news/", "/"])("the archive hosted under %s", (pathPrefix) => {
  let root: string;
  let server: StaticServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "news-archive-hosted-"));
    const site = join(root, "_site");
    await run("node", ["bin/news-archive.js", "build", "--articles", join(root, "articles"), "--out", site, "--path-prefix", pathPrefix]);
    server = await serveStatic({ root: site, pathPrefix });
    page = await browser.newPage();
    errors = collectErrors(page);
    // The console says a resource failed to load, not which: name it.
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("serves every page and file linked from the home page, all under the prefix, with the CSP on", async () => {
    const origin = new URL(server.url).origin;
    const seen = new Set<string>();
    const queue = [server.url];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      expect(new URL(url).pathname.startsWith(pathPrefix), `${url} is outside ${pathPrefix}`).toBe(true);
      // Feeds and other files are fetched, not opened: Chromium's own XML and JSON viewers break the CSP themselves.
      const fetched = await page.request.get(url);
      expect(fetched.status(), url).toBe(200);
      if (!fetched.headers()["content-type"]?.startsWith("text/html")) continue;
      const response = await page.goto(url);
      expect(response?.headers()["content-security-policy"], url).toContain("script-src 'self' 'wasm-unsafe-eval'");
      const links = await page.locator("a[href], link[href], script[src]").evaluateAll((elements) =>
        elements.map((element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src),
      );
      for (const link of links) {
        const target = new URL(link);
        target.hash = "";
        if (target.origin === origin && !seen.has(target.href)) queue.push(target.href);
      }
    }
    expect(seen.size).toBeGreaterThan(40);
    expect(errors, "console errors and CSP violations").toEqual([]);
  });

  it("searches from the header box and opens a result, with no console error or CSP violation", async () => {
    await page.goto(server.url);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("Wallace");
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: MOU }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`${pathPrefix}articles/`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(MOU);
    expect(errors, "console errors and CSP violations").toEqual([]);
  });
});
