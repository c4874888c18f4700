import { BULLET } from "./patterns.ts";
import type { Block, Line } from "./segment.ts";

/** `1. item`, `2) item` */
const NUMBERED = /^(\d{1,3})([.)])\s+(?=\S)/;
/**
 * In plain text, a list is at least two marked lines in a row: one line that opens with `-` or `2019.` is more
 * likely a wrapped sentence going on after a dash or a year, and a lone `* item` is printed as written. In Markdown,
 * a marked line is a list item, and numbered items need not count up (`1.` for every item is common).
 */
const LEAST_ITEMS = { plain: 2, markdown: 1 };

interface Mark {
  /** the bullet, or the numbers' `.` or `)`: a list keeps one */
  family: string;
  number?: number;
  length: number;
}

/**
 * Finds the lists in the article's blocks (of a text read as Markdown or not: `markdown`): runs of lines marked
 * alike (the same bullet, or numbers counting up with the same `.` or `)`), blank lines between them or not. A list
 * becomes a block of its own, one line an item, the mark taken off (`written` keeps the line as it was) and each
 * line's `kind` "item" (`number` for a numbered one). A line below an item that is indented further or goes on in
 * lower case is the item's, wrapped. Everything else stays as it was: reflow would otherwise run the items together
 * into one paragraph.
 */
export function readLists(blocks: Block[], markdown: boolean): Block[] {
  const lines = blocks.flatMap((block) => block.map((line, i) => ({ line, opensBlock: i === 0, mark: markOf(line.text) })));
  const least = markdown ? LEAST_ITEMS.markdown : LEAST_ITEMS.plain;
  const out: Block[] = [];
  let current: Block | undefined;
  for (let i = 0; i < lines.length; ) {
    const facts = factsAt(lines, i);
    if (facts.length >= LEAST_ITEMS.plain) {
      out.push(facts);
      current = undefined;
      i += facts.length;
      continue;
    }
    const run = listAt(lines, i, markdown);
    if (run.items.length >= least) {
      out.push(run.items);
      current = undefined;
      i = run.end;
      continue;
    }
    const { line, opensBlock } = lines[i]!;
    if (opensBlock || !current) out.push((current = [line]));
    else current.push(line);
    i++;
  }
  return out;
}

type MarkedLine = { line: Line; opensBlock: boolean; mark: Mark | undefined };

/** The items of the list that starts at `lines[start]` (none when no marked line is there), and where it ends. */
function listAt(lines: MarkedLine[], start: number, markdown: boolean): { items: Line[]; end: number } {
  const items: Line[] = [];
  let i = start;
  let previous: Mark | undefined;
  while (i < lines.length) {
    const { line, mark } = lines[i]!;
    if (!mark || (previous && !continuesList(previous, mark, markdown))) break;
    let text = line.text.slice(mark.length);
    for (i++; i < lines.length && isWrapOfItem(lines[i]!, line); i++) text += ` ${lines[i]!.line.text}`;
    const number = mark.number !== undefined && { number: mark.number };
    items.push({ ...line, text, written: line.written ?? line.text, kind: "item", ...number });
    previous = mark;
  }
  return { items, end: i };
}

/**
 * A fact box's lines, one under the other from `lines[start]` in one block: `Value: $27 billion`, `Partner:
 * TotalEnergies`, `Duration: 25 years`. Each is an item of a list, as it is written; reflow would run them together.
 * A line that ends like a sentence (`Minister: We will act.`, a transcript's) is none.
 */
function factsAt(lines: MarkedLine[], start: number): Line[] {
  const facts: Line[] = [];
  const inBlock = (i: number) => i === start || !lines[i]!.opensBlock;
  for (let i = start; i < lines.length && inBlock(i) && FACT.test(lines[i]!.line.text); i++) {
    facts.push({ ...lines[i]!.line, kind: "item" });
  }
  return facts;
}

/** A label of a few capitalised words or a word, a colon, and a short value that ends no sentence. */
const FACT = /^\p{Lu}[\p{L}'’]+(?: [\p{L}'’]+){0,3}: \S.{0,60}(?<![.!?…"”])$/u;

/** Whether a line is marked as a list's item (`- item`, `• item`, `1. item`), alone or in a list. */
export const isMarkedItem = (text: string): boolean => markOf(text) !== undefined;

function markOf(text: string): Mark | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return { family: bullet[1]!, length: bullet[0].length };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { family: numbered[2]!, number: Number(numbered[1]), length: numbered[0].length };
  return undefined;
}

function continuesList(previous: Mark, next: Mark, markdown: boolean): boolean {
  return next.family === previous.family && (markdown || previous.number === undefined || next.number === previous.number + 1);
}

/** A line below an item, in the same block, unmarked, indented further or going on in lower case. */
function isWrapOfItem({ line, opensBlock, mark }: MarkedLine, item: Line): boolean {
  return !opensBlock && !mark && (line.indent > item.indent || /^\p{Ll}/u.test(line.text));
}
