import { opensWithFeed } from "./feed-item.ts";

/**
 * Bytes to text. Scrapers hand us UTF-8 most of the time, sometimes with a byte-order mark, as UTF-16 (with a
 * byte-order mark or without), or in a legacy single-byte code page: Windows-1256 for Arabic sites,
 * Latin-1/Windows-1252 for Western ones. Text that is not valid UTF-8 is decoded as whichever of those two reads as
 * words of one script; binary data is refused.
 */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256" | "windows-1252";

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  const bom = byteOrderMark(bytes);
  const nul = !bom && bytes.subarray(0, SAMPLE).includes(0);
  const unmarked = nul ? utf16WithoutMark(bytes) : undefined;
  const binary = { ok: false, reason: "the file is binary (it contains NUL bytes), not text" } as const;
  if (nul && !unmarked) return binary;
  const encoding = bom ?? unmarked ?? "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (bom) return { ok: false, reason: `the file starts with a ${bom.toUpperCase()} byte-order mark but is not valid ${bom.toUpperCase()}` };
    if (unmarked) return binary;
    return decodeLegacy(bytes);
  }
  if (text.trim() === "") return { ok: false, reason: "the file holds only white space" };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, reason: "the file holds control characters, so it is not plain text" };
  return asPlainText(text, encoding);
}

/**
 * Text that is a whole document of another format (a web page saved from a browser, a feed, a WordPad file, a
 * scraper's JSON) is not an article's text: read as text, its tags or fields became the headline and the article.
 * Refused, saying so. A text that only quotes a tag or a brace is plain text.
 */
function asPlainText(text: string, encoding: Encoding): Decoded {
  const other = otherFormat(text.trimStart());
  if (other === undefined) return { ok: true, text, encoding };
  const opening = other.opening.replace(/\s+/g, " ");
  const shown = opening.length > 40 ? `${opening.slice(0, 39)}…` : opening;
  return { ok: false, reason: `${other.kind}, not plain text (it opens with ${shown}); save the article's text instead` };
}

/** How a document of each other format opens, and what to call it. */
const DOCUMENT_OPENINGS: [RegExp, string][] = [
  [/^<!doctype html\b[^>]*>|^<html\b[^>]*>/i, "an HTML page"],
  [/^<\?xml\b[^>]*>/i, "an XML document"],
  [/^\{\\rtf\d?/, "an RTF document"],
];

/** The other format `start` (a text from its first visible character) is written in, and how it opens. */
function otherFormat(start: string): { kind: string; opening: string } | undefined {
  // A feed, or a feed's item pasted above an article's text, with its `<?xml …?>` line: feed-item.ts reads or refuses it.
  if (opensWithFeed(start)) return undefined;
  for (const [pattern, kind] of DOCUMENT_OPENINGS) {
    const opening = pattern.exec(start)?.[0];
    if (opening !== undefined) return { kind, opening };
  }
  return isJson(start) ? { kind: "a JSON document", opening: start.slice(0, 200) } : undefined;
}

/** An object or a list, as JSON: no article's text parses as one. */
function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** How much of a file is looked at for NUL bytes. */
const SAMPLE = 8192;

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do): each character up to U+00FF (Latin letters,
 * digits, spaces, line breaks) has a NUL byte, after it in little-endian, before it in big-endian. So NULs are a
 * tenth or more of the characters, all on one side; a binary file has them on both, a text file with a stray NUL
 * too few.
 */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  // Too short to tell, and to be an article.
  if (bytes.length % 2 !== 0 || bytes.length < 32) return undefined;
  const sample = bytes.subarray(0, SAMPLE);
  let [even, odd] = [0, 0];
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const characters = sample.length / 2;
  if (odd >= characters / 10 && even <= characters / 100) return "utf-16le";
  if (even >= characters / 10 && odd <= characters / 100) return "utf-16be";
  return undefined;
}

function byteOrderMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Windows-1256 puts Arabic letters where Windows-1252 puts accented Latin ones. Arabic text read as 1256 gives
 * words of Arabic letters only; Latin text read as 1256 gives Latin words with Arabic letters inside them.
 */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const arabic = new TextDecoder("windows-1256").decode(bytes);
  const words = arabic.split(/\s+/).filter((word) => /\p{Script=Arabic}/u.test(word));
  const mixed = words.filter((word) => /[A-Za-z]/.test(word)).length;
  const encoding = words.length > 0 && mixed <= words.length * 0.05 ? "windows-1256" : "windows-1252";
  const text = encoding === "windows-1256" ? arabic : new TextDecoder("windows-1252").decode(bytes);
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) {
    return { ok: false, reason: "the file is neither UTF-8 text nor text in a legacy code page (it holds control bytes)" };
  }
  return asPlainText(text, encoding);
}
