import { createHash } from "node:crypto";
import type { AliasFile } from "./aliases.ts";
import type { IngestedArticle, RawArticle } from "./ingest.ts";
import { wordCount } from "./segment.ts";

/**
 * What ingest remembers of each article it wrote, so that the next run can skip it. The stages are pure: the same
 * raw bytes, sidecar, ingest code and answers from the alias file give the same article, so when none of them
 * changed and the file on disk is still the one written, the NLP stages (most of ingest's time) need not run again.
 * The cache holds only what the rest of a run reads of an article; an article that must be written again is ingested
 * again.
 */
export interface IngestCache {
  /** the ingest code the entries were made with (see ingestVersion); other versions are not used */
  version: string;
  /** the alias file the entries were made with: an edit to it ingests again only the articles whose names it changes */
  aliases: AliasFile;
  /** by raw file name */
  articles: Record<string, CachedArticle>;
}

export interface CachedArticle extends ArticleFacts {
  /** SHA-256 of what the article was made from: the raw bytes, and the sidecar text when there is one */
  source: SourceHashes;
  /** the names the article looked up in the alias file (aliasKey) */
  aliasLookups: string[];
  /** the file as ingest wrote it: its slug, its story id, and the checksum it was sealed with */
  written: { slug: string; story?: string; checksum: string };
}

export interface SourceHashes {
  raw: string;
  sidecar?: string;
}

/** What story grouping, slugs and the report read of an article. */
export interface ArticleFacts {
  title: string;
  summary: string;
  people: string[];
  date?: string;
  /** the story id a sidecar gave, which grouping does not replace */
  story?: string;
  wordsKept: number;
  linesRemoved: number;
}

export function factsOf({ frontMatter, body }: IngestedArticle): ArticleFacts {
  return {
    title: frontMatter.title,
    summary: frontMatter.summary,
    people: frontMatter.people,
    ...(typeof frontMatter.date === "string" && { date: frontMatter.date }),
    ...(frontMatter.story && { story: frontMatter.story }),
    wordsKept: wordCount(body),
    linesRemoved: frontMatter.removed?.length ?? 0,
  };
}

export function sourceHashes(raw: RawArticle): SourceHashes {
  return { raw: sha256(raw.bytes), ...(raw.sidecar && { sidecar: sha256(raw.sidecar.text) }) };
}

export function sameSource(a: SourceHashes, b: SourceHashes): boolean {
  return a.raw === b.raw && a.sidecar === b.sidecar;
}

/**
 * The version cached entries must match: a digest of the ingest code (its source files, and the dependencies it
 * runs, as pinned), since a change to any of them may change every article.
 */
export function ingestVersion(code: string[]): string {
  const hash = createHash("sha256");
  for (const text of code) hash.update(sha256(text));
  return hash.digest("hex");
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
