import type { ArchiveEntry } from "./browse.ts";
import { absoluteUrl, type SiteData } from "./site-data.ts";

/**
 * Citation files for each article, for reference managers: BibTeX (`citation.bib`) and CSL-JSON (`citation.json`)
 * beside the article's page. Both cite the archived copy, at its address in the archive, and name the address it
 * was first published at when that is known.
 */
export const CITATION_FILES = { bibtex: "citation.bib", csl: "citation.json" } as const;

/** A BibTeX `@article` (or `@misc` when the publication is unknown) for an entry. */
export function bibtex(entry: ArchiveEntry, site: SiteData): string {
  const { article } = entry;
  const [year, month] = article.date?.split("-") ?? [];
  const notes = [
    `Archived in the ${site.name}`,
    ...(article.url !== undefined ? [`first published at ${bibtexText(article.url)}`] : []),
  ];
  const fields: [string, string][] = [
    // Double braces keep the headline's capitals and a byline as written, not parsed into first and last names.
    ["title", `{${bibtexText(article.title)}}`],
    ...field("author", article.author, (author) => `{${bibtexText(author)}}`),
    ...field("journal", article.source, bibtexText),
    ...field("year", year, (text) => text),
    ...field("month", month, (text) => MONTH_MACROS[Number(text) - 1]!),
    // biblatex reads the date as precise as it is known; BibTeX ignores the field.
    ...field("date", article.date, (text) => text),
    ["url", absoluteUrl(entry.url, site)],
    ...field("abstract", article.summary || undefined, bibtexText),
    ...field("keywords", article.topics.length > 0 ? article.topics.join(", ") : undefined, bibtexText),
    ...field("langid", LANGUAGE_NAMES[article.language], (text) => text),
    ["note", notes.join("; ")],
  ];
  const type = article.source === undefined ? "misc" : "article";
  const body = fields.map(([name, value]) => `  ${name} = ${name === "month" ? value : `{${value}}`}`).join(",\n");
  return `@${type}{${citationKey(entry)},\n${body}\n}\n`;
}

function field(name: string, value: string | undefined, format: (value: string) => string): [string, string][] {
  return value === undefined ? [] : [[name, format(value)]];
}

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** biblatex language names of the archive's languages, for hyphenation; others are left out. */
const LANGUAGE_NAMES: Record<string, string> = {
  en: "english",
  fr: "french",
  de: "german",
  ar: "arabic",
  es: "spanish",
};

/** Text with BibTeX's special characters escaped; letters of any script are kept, as biber reads UTF-8. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (character) => BIBTEX_ESCAPES[character]!);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\^{}",
  "~": "\\~{}",
};

/** A citation key of ASCII letters, digits and hyphens, from the article's slug (or its raw file's digest). */
function citationKey(entry: ArchiveEntry): string {
  const slug = decodeURIComponent(entry.url.split("/").filter(Boolean).pop() ?? "");
  return /^[a-z0-9-]+$/.test(slug) ? slug : `article-${entry.article.original.sha256.slice(0, 12)}`;
}

/** A CSL-JSON item list holding the entry, as citeproc and Zotero read it. */
export function cslJson(entry: ArchiveEntry, site: SiteData): string {
  const { article } = entry;
  const item = {
    id: citationKey(entry),
    type: "article-newspaper",
    title: article.title,
    ...(article.author !== undefined && { author: [{ literal: article.author }] }),
    ...(article.source !== undefined && { "container-title": article.source }),
    ...(article.date !== undefined && { issued: { "date-parts": [article.date.split("-").map(Number)] } }),
    ...(article.section !== undefined && { section: article.section }),
    ...(article.summary && { abstract: article.summary }),
    ...(article.language !== "und" && { language: article.language }),
    ...(article.topics.length > 0 && { keyword: article.topics.join(", ") }),
    URL: absoluteUrl(entry.url, site),
    archive: site.name,
    ...(article.url !== undefined && { note: `First published at ${article.url}` }),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
