import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDirectory } from "../../src/ingest/ingest-fs.ts";
import { buildSite } from "../../src/site/build.ts";
import type { BuiltSite } from "./built-site.ts";
import { readPages } from "./built-site.ts";

/** The default archive: the seed articles in content/raw, as a newcomer gets them. */
export const DEFAULT_RAW_DIR = fileURLToPath(new URL("../../content/raw/", import.meta.url));

/**
 * Ingests the default archive into a temporary folder and builds it there, publishing its raw files, as
 * `news-archive build` does. `remove` deletes the folder.
 */
export async function buildDefaultArchive(options: { pathPrefix?: string; baseUrl?: string } = {}): Promise<BuiltSite> {
  const root = await mkdtemp(join(tmpdir(), "news-archive-default-"));
  const articlesDir = join(root, "articles");
  const outDir = join(root, "site");
  const site: BuiltSite = {
    outDir,
    pages: () => readPages(outDir),
    remove: () => rm(root, { recursive: true, force: true }),
  };
  try {
    const report = await ingestDirectory({ rawDir: DEFAULT_RAW_DIR, articlesDir });
    if (report.rejected.length > 0)
      throw new Error(`the default archive has rejected files: ${JSON.stringify(report.rejected)}`);
    await buildSite({ articlesDir, outDir, rawDir: DEFAULT_RAW_DIR, ...options });
  } catch (error) {
    await site.remove();
    throw error;
  }
  return site;
}
