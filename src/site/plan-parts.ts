import { serialize } from "node:v8";
import { newestFirst } from "./archive.ts";
import { feedEntries } from "./feeds.ts";
import { readArticles } from "./read-articles.ts";
import { cutIntoParts } from "./render-parts.ts";

export interface PlanRequest {
  articlesDir: string;
  articlesPerPart: number;
}

/** The parts a site is rendered in (render-parts.ts): every article's entry, and each part's article files. */
export interface PartPlan {
  /**
   * Every article's entry, serialized (`v8.serialize`) into memory that every thread reads: the 50,000 entries of a
   * large archive take 270 MiB as objects and 124 MiB serialized, and a copy for each thread would take more.
   */
  entries: SharedArrayBuffer;
  /** the files of each part's articles, paths in the articles folder */
  parts: string[][];
  /** each entry's file and the SHA-256 of the file, in the entries' order (for serve's updates, update-pages.ts) */
  sources: { file: string; digest: string }[];
}

/** Reads the articles of `articlesDir` and cuts them into parts. Throws what readArticles throws. */
export async function planParts({ articlesDir, articlesPerPart }: PlanRequest): Promise<PartPlan> {
  const articles = await readArticles(articlesDir);
  const fileOf = new Map(articles.map((article) => [article.entry, article]));
  const entries = newestFirst(articles.map(({ entry }) => entry));
  // The feeds' articles are the newest dated ones, which come first.
  const cut = cutIntoParts(entries, articlesPerPart, feedEntries(entries).length);
  const serialized = serialize(entries);
  const shared = new Uint8Array(new SharedArrayBuffer(serialized.length));
  shared.set(serialized);
  const parts = cut.map((own) => own.map((entry) => fileOf.get(entry)!.file));
  const sources = entries.map((entry) => ({ file: fileOf.get(entry)!.file, digest: fileOf.get(entry)!.digest }));
  return { entries: shared.buffer as SharedArrayBuffer, parts, sources };
}
