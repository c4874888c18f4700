import matter from "gray-matter";
import { Document, isScalar, parse, visit } from "yaml";
import { ArticleSchema, type ArticleInput } from "./article.ts";

/**
 * An article on disk: YAML front matter and a Markdown body, written with gray-matter. The YAML is written by the
 * `yaml` library with no line folding, so a long summary stays on one line, in YAML 1.1, the dialect Eleventy
 * reads: a string that 1.1 would read as a timestamp or a number (`"2019-08-24"`, `"00:25"`) is quoted, so it
 * stays a string.
 */
const engines = {
  yaml: {
    parse: (text: string) => parse(text, { version: "1.1" }) as object,
    stringify: (data: object) => {
      const document = new Document(data, { version: "1.1" });
      // `date: 2019` would read back as a number: a date is always quoted, whatever its precision.
      const date = document.get("date", true);
      if (isScalar(date)) date.type = "QUOTE_DOUBLE";
      // A plain scalar loses white space at its ends that JavaScript's trim() does not know (a non-breaking
      // space, U+2028, U+0085); a quoted one keeps it.
      visit(document, {
        Scalar(_, node) {
          if (typeof node.value === "string" && /^[\s\u0085]|[\s\u0085]$/u.test(node.value)) node.type = "QUOTE_DOUBLE";
        },
      });
      return document.toString({ lineWidth: 0 });
    },
  },
};

/** Fields are written in the schema's order, whatever order they were set in, so the files read alike. */
export function formatArticleFile(frontMatter: ArticleInput, body: string): string {
  const ordered = Object.fromEntries(
    Object.keys(ArticleSchema.shape).flatMap((key) => {
      const value = frontMatter[key as keyof ArticleInput];
      return value === undefined ? [] : [[key, value]];
    }),
  );
  return matter.stringify(`\n${body}`, ordered, { engines });
}

export function parseArticleFile(text: string): { data: Record<string, unknown>; body: string } {
  const file = matter(text, { engines });
  return { data: file.data, body: file.content.replace(/^\n/, "") };
}
