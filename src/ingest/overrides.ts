import { z } from "zod";
import { ArticleSchema, describeProblems, withCurrentNames, type ArticleInput } from "../article.ts";

/**
 * What an archivist may supply or correct in a raw file's `<name>.meta.yaml` sidecar: any field ingest reads from
 * the text. The record of the raw file and of what ingest removed is ingest's own and cannot be overridden.
 */
export const Overrides = withCurrentNames(
  ArticleSchema.omit({ checksum: true, original: true, provenance: true, removed: true }).partial().strict(),
);
export type Overrides = z.output<typeof Overrides>;

export type ParsedOverrides = { ok: true; overrides: Overrides } | { ok: false; problems: string[] };

export function parseOverrides(data: unknown): ParsedOverrides {
  if (data === null || data === undefined) return { ok: true, overrides: {} };
  const result = Overrides.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, overrides: result.data };
  return { ok: false, problems: describeProblems(result.error.issues) };
}

/**
 * The sidecar's values win, and each is marked as the editor's in `provenance`. An editor's date or time goes
 * without the offset from UTC the text gave its own, unless the sidecar gives one too: the text's may not be the
 * editor's.
 */
export function applyOverrides(frontMatter: ArticleInput, overrides: Overrides): ArticleInput {
  const provenance = { ...frontMatter.provenance };
  for (const field of Object.keys(overrides)) provenance[field] = "editor";
  const { utcOffset, ...rest } = frontMatter;
  const offsetStands = overrides.date === undefined && overrides.time === undefined && utcOffset !== undefined;
  return { ...rest, ...(offsetStands && { utcOffset }), ...overrides, provenance };
}
