import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type HTMLElement } from "node-html-parser";
import { buildSite } from "../../src/site/build.ts";

/** A fixture folder of articles, by name: tests/fixtures/site/<name>/. */
export function fixtureArticles(name: string): string {
  return fileURLToPath(new URL(`../fixtures/site/${name}/`, import.meta.url));
}

export interface BuiltSite {
  outDir: string;
  /** every HTML page of the site, by its path in outDir */
  pages(): Promise<Map<string, string>>;
  remove(): Promise<void>;
}

/** Builds `articlesDir` into a fresh temporary folder, which `remove` deletes. For builds that succeed. */
export async function buildIntoTempDir(
  articlesDir: string,
  pathPrefix?: string,
  options: { baseUrl?: string } = {},
): Promise<BuiltSite> {
  const outDir = await mkdtemp(join(tmpdir(), "news-archive-site-"));
  const site: BuiltSite = {
    outDir,
    pages: () => readPages(outDir),
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
  await buildSite({ articlesDir, outDir, pathPrefix, ...options });
  return site;
}

export async function readPages(outDir: string): Promise<Map<string, string>> {
  const files = await readdir(outDir, { recursive: true });
  const pages = new Map<string, string>();
  for (const file of files.filter((name) => name.endsWith(".html")).sort()) {
    pages.set(file, await readFile(join(outDir, file), "utf8"));
  }
  return pages;
}

/** A built page, parsed; a missing page fails the test with the list of pages the site has. */
export function parsePage(pages: Map<string, string>, path: string): HTMLElement {
  const html = pages.get(path);
  if (html === undefined) throw new Error(`no page ${path}; the site has ${[...pages.keys()].join(", ")}`);
  return parse(html);
}
