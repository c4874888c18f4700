import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { contentTypeOf } from "../deploy/content-types.ts";
import type { SiteFiles } from "./site-files.ts";

/** Debian's Chromium, headless: the browser the checks (and the browser tests) run in. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Headless, and quiet on the network: without these, Chromium keeps calling home on a machine that has no net. */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** The origin a site is opened at in the browser. `.test` is reserved: no request for it can leave the machine. */
export const SITE_ORIGIN = "http://news-archive.test";

/**
 * A browser context in which SITE_ORIGIN serves `site` from its folder, as a static host would, without a server:
 * the browser's requests are answered from the files. Any other address is refused.
 */
export async function openSite(browser: Browser, site: SiteFiles): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== SITE_ORIGIN) return route.abort("blockedbyclient");
    const file = site.fileFor(url.pathname) ?? (site.files.has("404.html") ? "404.html" : undefined);
    if (file === undefined) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({
      status: file === "404.html" && site.fileFor(url.pathname) === undefined ? 404 : 200,
      contentType: contentTypeOf(file),
      body: await readFile(join(site.siteDir, file)),
    });
  });
  return context;
}
