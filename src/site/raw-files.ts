import { copyFile, lstat, mkdir, readdir, realpath } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { renderPartOf, writesSitePages } from "./render-parts.ts";
import { readSiteData } from "./site-data.ts";

/** The folder of the site that holds the raw articles, byte for byte as they were received. */
const RAW_FILES = "raw";

/**
 * When the build names a raw folder, its articles are copied into the site after every build (by the run that
 * writes the site's single pages, render-parts.ts), so each article can link to the text it was ingested from.
 */
export function rawFiles(eleventyConfig: UserConfig): void {
  const { rawDir } = readSiteData(eleventyConfig);
  if (rawDir === undefined || !writesSitePages(renderPartOf(eleventyConfig))) return;
  eleventyConfig.on("eleventy.after", ({ directories }) => copyRawFiles(rawDir, join(directories.output, RAW_FILES)));
}

/** The address of a raw file in the site; a name with spaces or other scripts is percent-encoded. */
export function rawUrl(file: string): string {
  return `/${RAW_FILES}/${encodeURIComponent(file)}`;
}

/**
 * Copies the raw articles in `rawDir` into `outDir`: the files ingest reads, `.txt` files directly in the folder,
 * links included when they point inside it. A link out of the raw folder is never followed, as ingest never
 * follows one, so the site cannot publish a file that was not given as an article.
 */
async function copyRawFiles(rawDir: string, outDir: string): Promise<void> {
  const root = await realpath(rawDir);
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(rawDir)) {
    if (name.startsWith(".") || !name.endsWith(".txt")) continue;
    const source = await realpath(join(rawDir, name)).catch(() => undefined);
    if (source === undefined) continue;
    const inside = relative(root, source);
    if (inside.startsWith("..") || isAbsolute(inside)) continue;
    if (!(await lstat(source)).isFile()) continue;
    await copyFile(source, join(outDir, name));
  }
}
