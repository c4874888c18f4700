import type { BodyPart } from "./body.ts";

/**
 * Writes the article body as Markdown. Scraped text is plain text, not Markdown: every character that Markdown
 * would read as markup is escaped, so a stray `*`, `[x](javascript:…)` or `<script>` in a scrape stays text.
 */
export function toMarkdown(parts: BodyPart[]): string {
  return (
    parts
      .map((part) => {
        switch (part.kind) {
          case "paragraph":
            return escapeMarkdown(part.text);
          case "subhead":
            return `## ${escapeMarkdown(part.text)}`;
          case "figure":
            return ["::: figure", escapeMarkdown(part.caption), ...(part.credit ? ["", `_${escapeMarkdown(part.credit)}_`] : []), ":::"].join("\n");
        }
      })
      .join("\n\n") + "\n"
  );
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/^([#+=:-])/, "\\$1")
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
