import { endsOnFunctionWord, linesInBlocks, withRunsRead, type Block, type Line, type ReadRun } from "./segment.ts";

/** A table is two rows or more: one line with tabs in it is a line with odd spacing. */
const LEAST_ROWS = 2;
/** The longest a table's cell is: a line of a paragraph with a stray tab in it has longer parts. */
const LONGEST_CELL = 80;

/**
 * A browser copies a page's table a row a line, its cells separated by tabs (Line.cells); ingest made the tabs
 * spaces, which ran each row into a line of words (`River 1933–73 2000–20 2023`). Two lines or more one under the
 * other with as many cells each, every cell short, are a table's rows: a block of their own, each line's `kind`
 * "row", its `cells` read. So are rows whose cells bars separate, as a Markdown table writes them (`| Duhok | 7 |`,
 * its line of dashes below the first row left out) or a text without the outer bars (`Duhok | 7 | 2,100`), and rows
 * a text dump lines up in columns with spaces (`Revenue ($ bln)    103.9    110.2`): bars and runs of spaces part
 * more than cells, so such rows are a table only as a Markdown table or with a column of numbers below its first row.
 * The rest stays as it was.
 */
export function readTables(blocks: Block[]): Block[] {
  const lines = linesInBlocks(blocks);
  if (!lines.some(({ line }) => line.cells || /\||\S {2}/.test(line.text))) return blocks;
  const plain = lines.map(({ line }) => line);
  return withRunsRead(lines, (start) => tableAt(plain, start));
}

/** The table that starts at `lines[start]`, its rows and the index after its last line, by the first way of parting cells that reads one. */
function tableAt(lines: Line[], start: number): ReadRun | undefined {
  for (const cellsOf of [tabbedCells, barredCells, spacedCells]) {
    const rows = rowsAt(lines, start, cellsOf);
    if (rows.length < LEAST_ROWS) continue;
    const end = start + rows.at(-1)!.no - rows[0]!.no + 1;
    if (cellsOf === tabbedCells || (cellsOf === barredCells && isMarkdownTable(lines.slice(start, end)))) return { items: rows, end };
    if (headsItsColumns(rows.map((row) => row.cells!))) return { items: rows, end };
  }
  return undefined;
}

/**
 * The rows of the table that starts at `lines[start]`: lines one under the other, with as many cells as the first,
 * past a Markdown table's line of dashes below its first row. A first row a cell short, set in by spaces, heads the
 * columns right of the rows' names: its corner is an empty cell.
 */
function rowsAt(lines: Line[], start: number, cellsOf: (line: Line) => string[] | undefined): Line[] {
  const first = lines[start]!;
  const firstCells = cellsOf(first);
  if (!firstCells || !isRow(first, firstCells)) return [];
  const rows = [{ ...first, cells: firstCells }];
  let no = first.no;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.no !== no + 1) break;
    no = line.no;
    if (i === start + 1 && cellsOf === barredCells && DELIMITER_ROW.test(line.text)) continue;
    const cells = cellsOf(line);
    if (!cells || !isRow(line, cells)) break;
    if (rows.length === 1 && first.indent > 0 && cells.length === firstCells.length + 1) rows[0]!.cells = ["", ...firstCells];
    if (cells.length !== rows[0]!.cells.length) break;
    rows.push({ ...line, cells });
  }
  return rows.length < LEAST_ROWS ? [] : rows.map((line) => ({ ...line, kind: "row" }));
}

const tabbedCells = (line: Line) => line.cells;

/** `| Duhok | 7 |` or `Duhok | 7`: cells between bars, a Markdown table's escaped bar (`\\|`) a cell's own. */
function barredCells(line: Line): string[] | undefined {
  if (!line.text.includes("|")) return undefined;
  const inner = line.text.replace(/^\|\s*/, "").replace(/\s*(?<!\\)\|$/, "");
  const cells = inner.split(/\s*(?<!\\)\|\s*/).map((cell) => cell.replace(/\\\|/g, "|"));
  return cells.length > 1 && cells.every((cell) => cell !== "") ? cells : undefined;
}

/** Cells a text dump lines up in columns, two spaces or more between them. */
function spacedCells(line: Line): string[] | undefined {
  const cells = line.text.split(/ {2,}/);
  return cells.length > 1 ? cells : undefined;
}

/** A Markdown table: every line between bars, its first row's line of dashes below it. */
function isMarkdownTable(lines: Line[]): boolean {
  return DELIMITER_ROW.test(lines[1]?.text ?? "") && lines.every((line) => /^\|.*\|$/.test(line.text));
}

/** The line of dashes below a Markdown table's first row: `|---|:---:|`, `--- | ---`. */
const DELIMITER_ROW = /^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$|^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

/**
 * A line of short cells; not a line of a paragraph with a stray tab in it, whose parts end mid-sentence (on a comma or
 * a word like "of").
 */
function isRow(line: Line, cells: string[]): boolean {
  return !line.kind && cells.every((cell) => cell.length <= LONGEST_CELL && !endsMidSentence(cell));
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
