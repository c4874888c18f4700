/**
 * Pagefind 1.5.2's word files, read and written without decoding where on its pages a word is. An update of a
 * served site's search index (patch-search-index.ts) rewrites most of them for one article, since an article's
 * words are spread over most of the alphabet; decoding every location of the ones it touched took longer than the
 * rest of the update.
 *
 * A word file, after its marker, is CBOR: `[[[word, pages, [[spelling, pages]…]]…]]`, the words in order, where
 * pages are `[[page, locations, meta locations]…]`, each page numbered by how far it is from the one before it,
 * the first from page 0 (merge-search-indexes.ts has the rest).
 */

/** A word of a word file, as written: its bytes, where its pages and its spellings start in them, its last page. */
export interface StoredWord {
  word: string;
  bytes: Uint8Array;
  pagesAt: number;
  spellingsAt: number;
  /** the number of the last page the word is on, itself rather than as one of its spellings; -1 for none */
  lastPage: number;
}

/** A page a word is on: the page's number, and the CBOR of the word's locations and meta locations there. */
export interface WordPage {
  page: number;
  where: Uint8Array;
}

/** A word's pages, numbered from 0, and the pages of each of its spellings. */
export interface WordPages {
  pages: WordPage[];
  spellings: [spelling: string, pages: WordPage[]][];
}

export const MARKER = new TextEncoder().encode("pagefind_dcd");

/**
 * Where the words of a word file are in it: the words in order, where each starts (and, last, where the last one
 * ends), how far into each its pages and its spellings start, and each one's last page (StoredWord).
 */
export interface WordFileIndex {
  words: string[];
  starts: number[];
  pagesAt: number[];
  spellingsAt: number[];
  lastPages: number[];
}

/** Where the words of a word file (uncompressed, marker included) are. */
export function indexWordFile(bytes: Uint8Array): WordFileIndex {
  if (!MARKER.every((byte, i) => bytes[i] === byte)) throw new Error("Pagefind wrote a word file this project cannot read");
  const reader = new Reader(bytes, MARKER.length);
  reader.arrayOf(1);
  const count = reader.header(ARRAY);
  const index: WordFileIndex = { words: [], starts: [], pagesAt: [], spellingsAt: [], lastPages: [] };
  for (let i = 0; i < count; i++) {
    const start = reader.at;
    reader.arrayOf(3);
    index.words.push(reader.text());
    index.starts.push(start);
    index.pagesAt.push(reader.at - start);
    index.lastPages.push(lastPage(reader));
    index.spellingsAt.push(reader.at - start);
    reader.skip();
  }
  index.starts.push(reader.at);
  return index;
}

/** The words of a word file, in order, from where they are in it. */
export function readWordFile(bytes: Uint8Array, index = indexWordFile(bytes)): StoredWord[] {
  return index.words.map((word, i) => ({
    word,
    bytes: bytes.subarray(index.starts[i], index.starts[i + 1]),
    pagesAt: index.pagesAt[i]!,
    spellingsAt: index.spellingsAt[i]!,
    lastPage: index.lastPages[i]!,
  }));
}

/** The number of the last page of the pages array at the reader, or -1 when it has none; moves past the array. */
function lastPage(reader: Reader): number {
  const count = reader.header(ARRAY);
  let page = 0;
  for (let i = 0; i < count; i++) {
    reader.arrayOf(3);
    page += reader.header(UNSIGNED);
    reader.skip();
    reader.skip();
  }
  return count === 0 ? -1 : page;
}

/** The pages of a stored word, numbered from 0. */
export function readWordPages({ bytes, pagesAt }: StoredWord): WordPages {
  const reader = new Reader(bytes, pagesAt);
  const pages = readPages(reader);
  const spellings: WordPages["spellings"] = [];
  const count = reader.header(ARRAY);
  for (let i = 0; i < count; i++) {
    reader.arrayOf(2);
    spellings.push([reader.text(), readPages(reader)]);
  }
  return { pages, spellings };
}

/**
 * A stored word without its entries for the pages in `cleared`, and with the pages of `adding` (in order) put in,
 * written as a word file holds it, or nothing when it is then on no page. Its own entries are copied as they are,
 * but for the number of the one after each change, which counts from the page before it: the words an update
 * touches are on thousands of pages each, and reading every entry into an object of its own took most of the update.
 * When only pages after its last are added, its entries are not read at all (withPagesAfter).
 */
export function rewriteWord(stored: StoredWord, cleared: ReadonlySet<number>, adding: WordPages | undefined): StoredWord | undefined {
  if (cleared.size === 0 && adding && adding.spellings.length === 0 && adding.pages.length > 0 && adding.pages[0]!.page > stored.lastPage) {
    return withPagesAfter(stored, adding.pages);
  }
  const reader = new Reader(stored.bytes, stored.pagesAt);
  // The parts are written into buffers kept from word to word, and only the word into one of its own: the words an
  // update touches are on thousands of pages each, and growing and copying buffers for each was a third of the time
  // the index took to update (0.2 of 0.57 s, in a profile at 10,000 articles).
  const pages = scratch.pages.clear();
  const { count, last } = rewritePages(reader, pages, cleared, adding?.pages ?? []);
  const added = new Map(adding?.spellings ?? []);
  const spellings = scratch.spellings.clear();
  let spellingCount = 0;
  const spellingsHere = reader.header(ARRAY);
  for (let i = 0; i < spellingsHere; i++) {
    reader.arrayOf(2);
    const spelling = reader.text();
    const on = scratch.on.clear();
    const onCount = rewritePages(reader, on, cleared, added.get(spelling) ?? []).count;
    added.delete(spelling);
    if (onCount === 0) continue;
    spellings.header(ARRAY, 2);
    spellings.text(spelling);
    spellings.header(ARRAY, onCount);
    spellings.raw(on.written());
    spellingCount += 1;
  }
  for (const [spelling, on] of added) {
    spellings.header(ARRAY, 2);
    spellings.text(spelling);
    writePages(spellings, on);
    spellingCount += 1;
  }
  if (count === 0 && spellingCount === 0) return undefined;
  const word = encoder.encode(stored.word);
  const writer = new Writer(
    headLength(3) + headLength(word.length) + word.length + headLength(count) + pages.length + headLength(spellingCount) + spellings.length,
  );
  writer.header(ARRAY, 3);
  writer.header(TEXT, word.length);
  writer.raw(word);
  const pagesAt = writer.length;
  writer.header(ARRAY, count);
  writer.raw(pages.written());
  const spellingsAt = writer.length;
  writer.header(ARRAY, spellingCount);
  writer.raw(spellings.written());
  return { word: stored.word, bytes: writer.bytes(), pagesAt, spellingsAt, lastPage: count === 0 ? -1 : last };
}

/**
 * A stored word with `pages` (in order, each after its last page) put after its own: what most words of an article
 * added to the archive come to, as it takes the next page number and no page leaves. The word's bytes are copied as
 * they are, and the pages written after them, without reading the thousands of pages the common words are on.
 */
function withPagesAfter(stored: StoredWord, pages: WordPage[]): StoredWord {
  const { bytes, pagesAt, spellingsAt } = stored;
  const reader = new Reader(bytes, pagesAt);
  const count = reader.header(ARRAY);
  const own = bytes.subarray(reader.at, spellingsAt);
  let last = Math.max(stored.lastPage, 0);
  const added = new Writer(pages.reduce((sum, { where }) => sum + 1 + 9 + where.length, 0));
  for (const { page, where } of pages) {
    added.header(ARRAY, 3);
    added.header(UNSIGNED, page - last);
    added.raw(where);
    last = page;
  }
  const spellings = bytes.subarray(spellingsAt);
  const writer = new Writer(pagesAt + headLength(count + pages.length) + own.length + added.length + spellings.length);
  writer.raw(bytes.subarray(0, pagesAt));
  writer.header(ARRAY, count + pages.length);
  writer.raw(own);
  writer.raw(added.written());
  const spellingsNowAt = writer.length;
  writer.raw(spellings);
  return { word: stored.word, bytes: writer.bytes(), pagesAt, spellingsAt: spellingsNowAt, lastPage: last };
}

/**
 * Copies the pages array at the reader into `writer` (its entries only, without the array's head) with the entries
 * of `cleared` pages left out and `adding` merged in; says how many entries it wrote, and the last one's page. Runs
 * of entries whose number is unchanged are copied in one go.
 */
function rewritePages(reader: Reader, writer: Writer, cleared: ReadonlySet<number>, adding: WordPage[]): { count: number; last: number } {
  const { bytes } = reader;
  const count = reader.header(ARRAY);
  let written = 0;
  let lastWritten = 0;
  let page = 0;
  let next = 0;
  let run = -1;
  const flush = (end: number) => {
    if (run !== -1) writer.raw(bytes.subarray(run, end));
    run = -1;
  };
  const add = (entry: WordPage) => {
    writer.header(ARRAY, 3);
    writer.header(UNSIGNED, entry.page - lastWritten);
    writer.raw(entry.where);
    lastWritten = entry.page;
    written += 1;
  };
  for (let i = 0; i < count; i++) {
    const start = reader.at;
    const before = page;
    reader.arrayOf(3);
    page += reader.header(UNSIGNED);
    const whereStart = reader.at;
    reader.skip();
    reader.skip();
    if (next < adding.length && adding[next]!.page < page) {
      flush(start);
      while (next < adding.length && adding[next]!.page < page) add(adding[next++]!);
    }
    if (cleared.has(page)) {
      flush(start);
      continue;
    }
    if (lastWritten === before) {
      if (run === -1) run = start;
    } else {
      flush(start);
      writer.header(ARRAY, 3);
      writer.header(UNSIGNED, page - lastWritten);
      writer.raw(bytes.subarray(whereStart, reader.at));
    }
    lastWritten = page;
    written += 1;
  }
  flush(reader.at);
  while (next < adding.length) add(adding[next++]!);
  return { count: written, last: lastWritten };
}

/** A word, its pages (in order of their numbers) and its spellings', as a word file holds it. */
export function encodeWord(word: string, { pages, spellings }: WordPages): StoredWord {
  const writer = new Writer();
  writer.header(ARRAY, 3);
  writer.text(word);
  const pagesAt = writer.length;
  writePages(writer, pages);
  const spellingsAt = writer.length;
  writer.header(ARRAY, spellings.length);
  for (const [spelling, on] of spellings) {
    writer.header(ARRAY, 2);
    writer.text(spelling);
    writePages(writer, on);
  }
  return { word, bytes: writer.bytes(), pagesAt, spellingsAt, lastPage: pages.at(-1)?.page ?? -1 };
}

/**
 * A word file of `words` (in order), uncompressed, marker included, and where its words are in it. Words that
 * follow each other in the file they were read from are copied in one go.
 */
export function writeWordFile(words: StoredWord[]): { content: Uint8Array; index: WordFileIndex } {
  const writer = new Writer(
    MARKER.length + headLength(1) + headLength(words.length) + words.reduce((sum, { bytes }) => sum + bytes.length, 0),
  );
  writer.raw(MARKER);
  writer.header(ARRAY, 1);
  writer.header(ARRAY, words.length);
  const index: WordFileIndex = { words: [], starts: [], pagesAt: [], spellingsAt: [], lastPages: [] };
  let run: Uint8Array | undefined;
  for (const { word, bytes, pagesAt, spellingsAt, lastPage } of words) {
    index.words.push(word);
    index.starts.push(writer.length + (run?.length ?? 0));
    index.pagesAt.push(pagesAt);
    index.spellingsAt.push(spellingsAt);
    index.lastPages.push(lastPage);
    if (run && run.buffer === bytes.buffer && run.byteOffset + run.length === bytes.byteOffset) {
      run = new Uint8Array(run.buffer, run.byteOffset, run.length + bytes.length);
    } else {
      if (run) writer.raw(run);
      run = bytes;
    }
  }
  if (run) writer.raw(run);
  index.starts.push(writer.length);
  return { content: writer.bytes(), index };
}

/** The CBOR of a page's locations and meta locations, as a word's page holds them. */
export function encodeWhere(locations: number[], metaLocations: number[]): Uint8Array {
  const writer = new Writer();
  for (const list of [locations, metaLocations]) {
    writer.header(ARRAY, list.length);
    for (const n of list) writer.integer(n);
  }
  return writer.bytes();
}

function readPages(reader: Reader): WordPage[] {
  const count = reader.header(ARRAY);
  const pages: WordPage[] = new Array(count);
  let page = 0;
  for (let i = 0; i < count; i++) {
    reader.arrayOf(3);
    page += reader.header(UNSIGNED);
    const start = reader.at;
    reader.skip();
    reader.skip();
    pages[i] = { page, where: reader.bytes.subarray(start, reader.at) };
  }
  return pages;
}

function writePages(writer: Writer, pages: WordPage[]): void {
  writer.header(ARRAY, pages.length);
  let last = 0;
  for (const { page, where } of pages) {
    writer.header(ARRAY, 3);
    writer.header(UNSIGNED, page - last);
    writer.raw(where);
    last = page;
  }
}

const UNSIGNED = 0;
const NEGATIVE = 1;
const BYTES = 2;
const TEXT = 3;
const ARRAY = 4;
const MAP = 5;

/** Reads the CBOR that Pagefind writes: definite lengths, no tags or floats in word files. */
class Reader {
  readonly bytes: Uint8Array;
  at: number;
  private readonly view: DataView;

  constructor(bytes: Uint8Array, at: number) {
    this.bytes = bytes;
    this.at = at;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The argument of the next item's head, which must be of `major` type. */
  header(major: number): number {
    const initial = this.bytes[this.at]!;
    if (initial >> 5 !== major) throw new Error(`Unexpected CBOR in a word file at byte ${this.at}`);
    return this.argument();
  }

  arrayOf(length: number): void {
    if (this.header(ARRAY) !== length) throw new Error(`Unexpected CBOR in a word file before byte ${this.at}`);
  }

  text(): string {
    const length = this.header(TEXT);
    const text = decoder.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  /** Moves past the next item, whatever it holds. */
  skip(): void {
    const major = this.bytes[this.at]! >> 5;
    if (major === ARRAY) {
      // Most of a word file is arrays of integers, the locations: skipped without a call for each.
      const length = this.argument();
      for (let i = 0; i < length; i++) {
        const head = this.bytes[this.at]!;
        const info = head & 31;
        if (head >> 6 === 0 && info < 28) this.at += info < 24 ? 1 : 1 + 2 ** (info - 24);
        else this.skip();
      }
      return;
    }
    const argument = this.argument();
    if (major === BYTES || major === TEXT) this.at += argument;
    else if (major === MAP) for (let i = 0; i < 2 * argument; i++) this.skip();
    else if (major !== UNSIGNED && major !== NEGATIVE) throw new Error(`Unexpected CBOR in a word file at byte ${this.at}`);
  }

  private argument(): number {
    const info = this.bytes[this.at]! & 31;
    this.at += 1;
    if (info < 24) return info;
    let value: number;
    if (info === 24) value = this.view.getUint8(this.at);
    else if (info === 25) value = this.view.getUint16(this.at);
    else if (info === 26) value = this.view.getUint32(this.at);
    else if (info === 27) value = Number(this.view.getBigUint64(this.at));
    else throw new Error(`Unexpected CBOR in a word file at byte ${this.at - 1}`);
    this.at += 2 ** (info - 24);
    return value;
  }
}

/** Writes CBOR as Pagefind reads it, each head in its shortest form. */
class Writer {
  private buffer: Uint8Array;
  length = 0;

  /** `room`: the bytes to make room for at first; more are made as needed. */
  constructor(room = 1 << 12) {
    this.buffer = new Uint8Array(room);
  }

  header(major: number, value: number): void {
    this.room(headLength(value));
    const head = major << 5;
    if (value < 24) {
      this.buffer[this.length++] = head | value;
    } else if (value < 2 ** 8) {
      this.buffer[this.length++] = head | 24;
      this.buffer[this.length++] = value;
    } else if (value < 2 ** 16) {
      this.buffer[this.length++] = head | 25;
      this.buffer[this.length++] = value >> 8;
      this.buffer[this.length++] = value & 0xff;
    } else if (value < 2 ** 32) {
      this.buffer[this.length++] = head | 26;
      new DataView(this.buffer.buffer).setUint32(this.length, value);
      this.length += 4;
    } else {
      this.buffer[this.length++] = head | 27;
      new DataView(this.buffer.buffer).setBigUint64(this.length, BigInt(value));
      this.length += 8;
    }
  }

  /** Starts again from empty, keeping the buffer. */
  clear(): this {
    this.length = 0;
    return this;
  }

  integer(n: number): void {
    if (n >= 0) this.header(UNSIGNED, n);
    else this.header(NEGATIVE, -1 - n);
  }

  text(text: string): void {
    const bytes = encoder.encode(text);
    this.header(TEXT, bytes.length);
    this.raw(bytes);
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** What was written, in a buffer of its own. */
  bytes(): Uint8Array {
    return this.length === this.buffer.length ? this.buffer : this.buffer.slice(0, this.length);
  }

  /** What was written, in the writer's buffer: to be copied before the writer writes more. */
  written(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** The buffers rewriteWord writes a word's parts in, one word after another. */
const scratch = { pages: new Writer(), spellings: new Writer(), on: new Writer() };

/** How many bytes the head of an item with `value` takes (Writer.header). */
function headLength(value: number): number {
  return value < 24 ? 1 : value < 2 ** 8 ? 2 : value < 2 ** 16 ? 3 : value < 2 ** 32 ? 5 : 9;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
