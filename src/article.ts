import { z } from "zod";

/**
 * The one definition of an archived article's front matter. Ingest writes it, the Eleventy build validates every
 * article against it (so a hand edit that breaks it fails the build), and templates and tests read its types.
 */

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date only as precise as the text that gave it. */
export const PartialIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date written YYYY-MM-DD, YYYY-MM or YYYY")
  .refine((value) => value.length < 10 || isRealDay(value), "a day that exists in the calendar");

function isRealDay(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso);
}

/**
 * YAML reads an unquoted `2019-08-24` as a Date at UTC midnight; a hand-edited file may contain one. Read it back
 * as the calendar day it names, in UTC, so no time zone can shift it by a day.
 */
const DateField = z.union([
  PartialIsoDate,
  z
    .date()
    .transform((day) => day.toISOString().slice(0, 10))
    .pipe(PartialIsoDate),
]);

const names = z.array(z.string().min(1));

/** How a field's value was obtained, for the fields ingest did not copy straight from the text. */
export const FieldOrigin = z.enum([
  /** written by ingest from the text, e.g. a headline from the lead of an article that has none */
  "generated",
  /** supplied by an archivist in the raw file's `.meta.yaml` sidecar */
  "editor",
  /** read from the article's web address (`/2022/10/13/`), the date where the text gives none */
  "address",
]);

export const RemovedLine = z.object({
  /** 1-based line number in the raw file */
  line: z.number().int().positive(),
  text: z.string(),
  /** why ingest left it out of the article, in plain words */
  reason: z.string().min(1),
});

export const ArticleSchema = z.object({
  /**
   * Set by ingest: the SHA-256 of the file as ingest wrote it, without this line. A file that no longer matches
   * was edited by a person, and ingest never overwrites it.
   */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 digest in hex").optional(),
  /** the headline */
  title: z.string().trim().min(1, "a headline"),
  /** the section or kicker printed above the headline */
  section: z.string().min(1).optional(),
  /** the publication date, only as precise as the text gives it; absent when the text gives none */
  date: DateField.optional(),
  /** time of day, 24-hour `HH:MM`, when the text gives one (in the publication's own time zone) */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time written HH:MM")
    .optional(),
  /** the time's offset from UTC, `+03:00`, when the text writes it (`GMT+3`) */
  utcOffset: z
    .string()
    .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, "an offset from UTC written +HH:MM or -HH:MM")
    .optional(),
  /** the byline */
  author: z.string().min(1).optional(),
  /** the publication */
  source: z.string().min(1).optional(),
  /** the article's address on the web, when known */
  url: z.url().optional(),
  /** one or two sentences that stand alone */
  summary: z.string(),
  /** a few topics that describe the article */
  topics: names,
  people: names,
  places: names,
  organizations: names,
  /** the article's language as a BCP 47 language subtag (ISO 639-1, else 639-3), `und` when it cannot be told */
  language: z.string().regex(/^[a-z]{2,3}$/, "a language code such as en, ar or ckb"),
  /** articles that report the same event share one story id, whatever their source */
  story: z.string().regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, "a story id of letters, digits and hyphens").optional(),
  /** the raw file this article was ingested from */
  original: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 digest in hex"),
    /** the character encoding the raw bytes were read in, when it was not UTF-8 */
    encoding: z.enum(["utf-16le", "utf-16be", "windows-1256", "windows-1252"]).optional(),
  }),
  /** which fields were not read straight from the text, and how they were obtained instead */
  provenance: z.record(z.string(), FieldOrigin).default({}),
  /** every raw line that is not part of the article (chrome, widgets, comments), so nothing is silently lost */
  removed: z.array(RemovedLine).default([]),
});

/**
 * Files written before topics had their own name call them `tags`. That is the one field Eleventy reads itself, as
 * the collections a page belongs to, and it matches every member of every collection to its page by a linear search:
 * a quadratic cost the archive no longer pays. Articles edited by hand and sidecars still say `tags`: read it as
 * `topics`, so what an archivist wrote is neither lost nor an error.
 */
export function withCurrentNames<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((data, context) => {
    if (typeof data !== "object" || data === null || !("tags" in data)) return data;
    const { tags, ...rest } = data as Record<string, unknown>;
    if ("topics" in rest) {
      const message = 'one of "tags" and "topics": "tags" is the old name of "topics"';
      context.addIssue({ code: "custom", path: ["tags"], input: tags, message });
      return data;
    }
    return { ...rest, topics: tags };
  }, schema);
}

/**
 * A time of day is the time of a day, and an offset from UTC the offset of a time: the pages show a time only with
 * its day, an offset only with its time, so a time without a day (`date: 2019-08`) or an offset without a time would
 * be kept and shown nowhere.
 */
export function timeIssues(article: Pick<ArticleInput, "date" | "time" | "utcOffset">): z.core.$ZodIssueCustom[] {
  const day = typeof article.date === "string" ? article.date.length === 10 : article.date !== undefined;
  const issue = (field: "time" | "utcOffset", message: string): z.core.$ZodIssueCustom => ({
    code: "custom",
    path: [field],
    message,
    input: article[field],
  });
  return [
    ...(article.time !== undefined && !day ? [issue("time", "a date with its day beside it (date: YYYY-MM-DD)")] : []),
    ...(article.utcOffset !== undefined && article.time === undefined ? [issue("utcOffset", "a time beside it (time: HH:MM)")] : []),
  ];
}

/** The front matter of an article as read from a file, whichever names it was written with. */
export const ArticleFile = withCurrentNames(
  ArticleSchema.superRefine((article, context) => {
    for (const issue of timeIssues(article)) context.addIssue({ ...issue });
  }),
);

/** The front matter of an article as read back: every default filled in. */
export type Article = z.output<typeof ArticleSchema>;
/** The front matter as ingest may write it. */
export type ArticleInput = z.input<typeof ArticleSchema>;
export type RemovedLine = z.output<typeof RemovedLine>;

/**
 * Checks front matter read from `file` against the schema. Returns the article, or one line per problem naming the
 * file, the field and what was expected.
 */
export function parseArticle(
  data: unknown,
  file: string,
): { ok: true; article: Article } | { ok: false; problems: string[] } {
  const result = ArticleFile.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, article: result.data };
  return { ok: false, problems: describeProblems(result.error.issues).map((problem) => `${file}: ${problem}`) };
}

/** One plain sentence per schema problem: the field, what was expected, what was found. */
export function describeProblems(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    const field = issue.path.length > 0 ? issue.path.join(".") : "(front matter)";
    return `field "${field}": ${describeIssue(issue)}`;
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // A date may be text or a YAML date; what to write is the text form, the first of the two.
  const [firstAlternative] = issue.code === "invalid_union" ? (issue.errors[0] ?? []) : [];
  if (firstAlternative) return describeIssue(firstAlternative);
  if (issue.code === "invalid_type" && issue.input === undefined) return `missing, expected ${issue.expected}`;
  if (issue.code === "invalid_type") return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  if (issue.code === "invalid_format" || issue.code === "custom") return `expected ${issue.message}`;
  if (issue.code === "too_small" && issue.origin === "string") return `expected ${issue.message}, got an empty text`;
  return issue.message;
}

/** A value as a problem names what was found: "a number", "a list", the text "…". */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return typeof value === "string" ? `the text ${JSON.stringify(value)}` : `a ${typeof value}`;
}
