import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDirectory } from "../../src/ingest/ingest-fs.ts";
import { buildSite } from "../../src/site/build.ts";
import type { BuiltSite } from "./built-site.ts";
import { readPages } from "./built-site.ts";

/** The headlines of the five seed articles as ingest reads them (tests/golden/seeds/ pins them), by raw file. */
export const SEED_TITLES = {
  /** 000, Diyaruna, undated */
  france: "France stands with Iraq in its fight against ISIS",
  /** 001, Shafaq News, undated: one of the two reports of the Parly visit */
  cabinet: "The cabinet: France and Iraq relations extend many years",
  /** 002, no source, June 2020 */
  troops: "Iraq Says French Troops Have Left The Country",
  /** 003, Baghdad Post, 24 August 2019: the UK–Iraq memorandum, the one article naming Wallace */
  mou: "Iraq, UK sign anti-ISIS military cooperation MoU",
  /** 004, no source, undated, headline written from its lead: the other report of the Parly visit */
  parly: "French Minister of Armies Florence Parly met with senior Iraqi officials in Baghdad",
} as const;

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
