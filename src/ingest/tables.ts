import { endsOnFunctionWord, type Block, type Line } from "./segment.ts";

/** A table is two rows or more: one line with tabs in it is a line with odd spacing. */
const LEAST_ROWS = 2;
/** The longest a table's cell is: a line of a paragraph with a stray tab in it has longer parts. */
const LONGEST_CELL = 80;

/**
 * A browser copies a page's table a row a line, its cells separated by tabs (Line.cells); ingest made the tabs
 * spaces, which ran each row into a line of words (`River 1933–73 2000–20 2023`). Two lines or more one under the
 * other with as many cells each, every cell short, are a table's rows: a block of their own, each line's `kind`
 * "row". The rest stays as it was.
 */
export function readTables(blocks: Block[]): Block[] {
  if (!blocks.some((block) => block.some((line) => line.cells))) return blocks;
  const lines = blocks.flatMap((block) => block.map((line, i) => ({ line, opensBlock: i === 0 })));
  const out: Block[] = [];
  let current: Block | undefined;
  for (let i = 0; i < lines.length; ) {
    const rows = rowsAt(lines.map(({ line }) => line), i);
    if (rows.length >= LEAST_ROWS) {
      out.push(rows);
      current = undefined;
      i += rows.length;
      continue;
    }
    const { line, opensBlock } = lines[i]!;
    if (opensBlock || !current) out.push((current = [line]));
    else current.push(line);
    i++;
  }
  return out;
}

/** The rows of the table that starts at `lines[start]`: lines one under the other, with as many cells as the first. */
function rowsAt(lines: Line[], start: number): Line[] {
  const first = lines[start]!;
  if (!isRow(first)) return [];
  const rows = [first];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isRow(line) || line.cells!.length !== first.cells!.length || line.no !== rows.at(-1)!.no + 1) break;
    rows.push(line);
  }
  return rows.map((line) => ({ ...line, kind: "row" }));
}

/**
 * A line of short cells; not a line of a paragraph with a stray tab in it, whose parts end mid-sentence (on a comma or
 * a word like "of").
 */
function isRow(line: Line): boolean {
  return line.cells !== undefined && !line.kind && line.cells.every((cell) => cell.length <= LONGEST_CELL && !endsMidSentence(cell));
}

function endsMidSentence(cell: string): boolean {
  return /[,;:]$/.test(cell) || endsOnFunctionWord(cell);
}

/** A number alone in a cell: `21.2`, `2,000`, `-3`, `45%`. */
const NUMBER_CELL = /^[-+−]?\d[\d,]*(?:\.\d+)?\s?%?$/;
/** A column's heading: a name (`River`, `Share (%)`), a year or a span of years (`2023`, `1933–73`). */
const HEADING_CELL = /^(?:\p{L}|(?:1[89]|2\d)\d\d(?:\s?[–-]\s?\d{2,4})?$)/u;

/**
 * Whether a table's first row heads its columns: in some column the first row's cell is a heading and every cell
 * below it a number (`River` above `Tigris`, `1933–73` above `21.2`). A table of labels and values (`Target` / `100
 * million seedlings`, `Deadline` / `2030`) has no heading row.
 */
export function headsItsColumns(rows: string[][]): boolean {
  const [first, ...rest] = rows;
  return first!.some(
    (cell, column) => HEADING_CELL.test(cell) && !NUMBER_CELL.test(cell) && rest.every((row) => NUMBER_CELL.test(row[column] ?? "")),
  );
}
