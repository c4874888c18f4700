import type { BodyPart } from "./body.ts";

/**
 * Writes the article body as Markdown. Scraped text is plain text, not Markdown: every character that Markdown
 * would read as markup is escaped, so a stray `*`, `[x](javascript:…)` or `<script>` in a scrape stays text.
 */
export function toMarkdown(parts: BodyPart[]): string {
  return (
    parts
      .map((part, i) => {
        switch (part.kind) {
          case "paragraph":
            return escapeMarkdown(part.text);
          case "subhead":
            return `## ${escapeMarkdown(part.text)}`;
          case "figure":
            return ["::: figure", figureText(part), ":::"].join("\n");
          case "list":
            return listMarkdown(part, listsInARowBefore(parts, i) % 2 === 1);
          case "table":
            return tableMarkdown(part);
          case "break":
            return "* * *";
          case "quote":
            return [escapeMarkdown(part.text), "", `— ${escapeMarkdown(part.cite)}`].map((line) => `> ${line}`.trimEnd()).join("\n");
        }
      })
      .join("\n\n") + "\n"
  );
}

/** A figure's caption, then its credit apart below it; the credit alone where the page printed no caption's text. */
function figureText({ caption, credit }: Extract<BodyPart, { kind: "figure" }>): string {
  const credited = credit ? [`_${escapeMarkdown(credit)}_`] : [];
  return [...(caption ? [escapeMarkdown(caption)] : []), ...credited].join("\n\n");
}

/**
 * A list, one item a line. Markdown reads two lists in a row marked alike as one list, so every other list of a
 * run takes the other mark (`*` for `-`, `)` for `.`).
 */
function listMarkdown({ items, start }: Extract<BodyPart, { kind: "list" }>, otherMark: boolean): string {
  const mark = (k: number) => (start === undefined ? (otherMark ? "*" : "-") : `${start + k}${otherMark ? ")" : "."}`);
  return items.map((item, k) => `${mark(k)} ${escapeMarkdown(item)}`).join("\n");
}

/**
 * A table, GFM's: a row a line, its cells between `|` (a `|` in a cell escaped), the first row the columns' headings
 * (a table of GFM's has one; an empty heading would leave a screen reader's columns unnamed).
 */
function tableMarkdown({ rows }: Extract<BodyPart, { kind: "table" }>): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const [first, ...rest] = rows.map((cells) => cells.map(escapeMarkdown));
  return [line(first!), line(first!.map(() => "---")), ...rest.map(line)].join("\n");
}

/** How many lists of the same kind (bulleted or numbered) as `parts[i]` come right before it. */
function listsInARowBefore(parts: BodyPart[], i: number): number {
  const numbered = (part: BodyPart | undefined) => part?.kind === "list" && part.start !== undefined;
  let count = 0;
  while (parts[i - count - 1]?.kind === "list" && numbered(parts[i - count - 1]) === numbered(parts[i])) count++;
  return count;
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/^([#+=:-])/, "\\$1")
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
