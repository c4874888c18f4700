/** A raw line with its 1-based number in the raw file and its indentation, which comment threads use. */
export interface Line {
  no: number;
  text: string;
  indent: number;
}

/** Lines separated from their neighbours by blank lines: a paragraph, a header group, a comment. */
export type Block = Line[];

export function toLines(normalized: string[]): Line[] {
  return normalized.map((raw, index) => ({
    no: index + 1,
    text: raw.trim(),
    indent: raw.length - raw.trimStart().length,
  }));
}

export function segment(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const line of lines) {
    if (line.text === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The text of a block as one line: the scrape's line breaks inside a paragraph are not the author's. */
export function blockText(block: Block): string {
  return block.map((line) => line.text).join(" ");
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
