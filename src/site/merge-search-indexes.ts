import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { digest, encodeIndexFile, ENTRY_FILE, readIndexFile, type IndexFile } from "./stable-search-index.ts";

/**
 * Pagefind 1.5.2 holds about 350 bytes per word it indexes until its index is written: 2.2–2.5 GiB for 10,000 articles,
 * 9–10 GiB for 50,000. So a large archive is indexed in parts, one Pagefind process after another, and the parts'
 * files are merged here into the index Pagefind would have written for all their pages at once: the same words,
 * pages, filters and order, in word files cut where Pagefind cuts them, which the search page reads as it reads any
 * Pagefind index. (Pagefind's own way to search several indexes from one page, `mergeIndex`, downloads every index's
 * files, and interleaves results sorted by date; see BENCHMARKS.md.)
 *
 * The parts must come in the order of every sort their pages have (here, the articles' dates, oldest first): the
 * merged sort is the parts' sorts one after the other.
 *
 * Pagefind's files, as read here (gzipped: the marker `pagefind_dcd`, then CBOR):
 * - metadata: `[version, [[fragment hash, word count]…] (the pages), [[from, to, file hash]…] (the word files),
 *   [[filter, file hash]…], [[sort, [page…]]…], [meta field…]]`;
 * - a word file: `[[[word, pages, [[spelling, pages]…]]…]]`, the words in order and without diacritics (each spelling
 *   with them apart), where pages are `[[page, locations, meta locations]…]`: in order, each numbered by how far it
 *   is from the one before it (the first, from page 0), and a word's place in the page's meta fields given as each
 *   field's number in the metadata's list (negated, less one) followed by its positions there;
 * - a filter file: `[filter, [[value, [page…]]…]]`;
 * - a page's fragment (its address, text and meta fields, as JSON) names no page number, and is taken as it is.
 */
export async function mergeSearchIndexes(parts: IndexFile[][]): Promise<IndexFile[]> {
  if (parts.length === 1) return parts[0]!;
  const read = parts.map(readPart);
  const language = read[0]!.language;
  if (read.some((part) => part.language !== language || part.meta[0] !== read[0]!.meta[0])) {
    throw new Error("The parts of the search index were made by different versions of Pagefind, or for two languages");
  }
  const offsets = read.map((_, i) => read.slice(0, i).reduce((sum, part) => sum + part.meta[1].length, 0));
  /**
   * A file named, as Pagefind names its files, by its language and a hash of its content, and compressed on another
   * thread while the merge goes on: compressing is a third of the merge's work.
   */
  const hashed = (folder: string, value: unknown) => {
    const bytes = encodeIndexFile(value);
    const hash = `${language}_${digest(bytes, HASH_LENGTH)}`;
    const file = gzipAsync(bytes).then((content): IndexFile => ({ path: `${folder}/${hash}.pf_${folder}`, content }));
    return { hash, file };
  };

  const metaFields = [...new Set(read.flatMap((part) => part.meta[5]))].sort(comparePagefindStrings);
  const fieldNumbers = read.map((part) => part.meta[5].map((field) => metaFields.indexOf(field)));
  const wordFiles = mergeWords(read, offsets, fieldNumbers, (words) => hashed("index", [words])).map(
    ({ packed, from, to }) => ({ from, to, ...packed }),
  );
  const filterFiles = mergeFilters(read, offsets).map(([name, values]) => ({
    name,
    ...hashed("filter", [name, values]),
  }));
  const fragments = mergeFragments(read);
  const meta: Meta = [
    read[0]!.meta[0],
    fragments.pages,
    wordFiles.map(({ from, to, hash }) => [from, to, hash]),
    filterFiles.map(({ name, hash }) => [name, hash]),
    mergeSorts(read, offsets),
    metaFields,
  ];
  const { hash: metaHash, file: metaFile } = hashed("meta", meta);
  const entry = { ...read[0]!.entry };
  entry.languages = { [language]: { ...entry.languages[language]!, hash: metaHash, page_count: meta[1].length } };

  return [
    ...read[0]!.files.filter((file) => !isIndexData(file.path)),
    { path: ENTRY_FILE, content: new TextEncoder().encode(JSON.stringify(entry)) },
    // The metadata is beside the entry file, not in a folder of its own.
    { path: `pagefind.${metaHash}.pf_meta`, content: (await metaFile).content },
    ...(await Promise.all([...wordFiles, ...filterFiles].map(({ file }) => file))),
    ...fragments.files,
  ];
}

type Page = [page: number, locations: number[], metaLocations: number[]];
/** A word as Pagefind indexes it (without diacritics), its pages, and the pages of each spelling with them. */
type Word = [word: string, pages: Page[], spellings: [spelling: string, pages: Page[]][]];
type Sort = [name: string, pages: number[]];
type Meta = [
  version: string,
  pages: [fragment: string, words: number][],
  chunks: [from: string, to: string, hash: string][],
  filters: [name: string, hash: string][],
  sorts: Sort[],
  metaFields: string[],
];
type FilterFile = [name: string, values: [value: string, pages: number[]][]];

interface Part {
  files: IndexFile[];
  byPath: Map<string, IndexFile>;
  entry: { languages: Record<string, { hash: string; page_count: number }> };
  language: string;
  meta: Meta;
}

/** The length of the hashes that name the files the merge writes (Pagefind's own are 7 long, or longer on a clash). */
const HASH_LENGTH = 11;
/**
 * Pagefind 1.5.2 ends a word file once the words in it hold this many page entries and locations together (each page
 * a word is on counts one, and one for each of its locations), measured on its own files.
 */
const WORD_FILE_SIZE = 20_000;

function readPart(files: IndexFile[]): Part {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entryFile = byPath.get(ENTRY_FILE);
  if (!entryFile) throw new Error(`A part of the search index has no ${ENTRY_FILE}`);
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as Part["entry"];
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`A part of the search index has ${languages.length} languages, not one`);
  const language = languages[0]!;
  const meta = readIndexFile<Meta>(fileAt(byPath, `pagefind.${entry.languages[language]!.hash}.pf_meta`));
  if (meta.length !== 6) throw new Error(`Pagefind ${String(meta[0])} wrote an index this project cannot merge`);
  return { files, byPath, entry, language, meta };
}

/**
 * Every part's words, in order, each word's pages renumbered and gathered from every part that has it, cut into files
 * where Pagefind cuts them, each file's words given to `pack` as soon as it is full: a large archive has millions
 * of pages of words, which the merge does not hold all at once. `fieldNumbers` gives, for each part, the number in
 * the merged index of each of its meta fields.
 */
function mergeWords<T>(
  parts: Part[],
  offsets: number[],
  fieldNumbers: number[][],
  pack: (words: Word[]) => T,
): { packed: T; from: string; to: string }[] {
  const cursors = parts.map((part) => wordsOf(part));
  const heads = cursors.map((cursor) => cursor.next());
  const chunks: { packed: T; from: string; to: string }[] = [];
  const close = (words: Word[]) => chunks.push({ packed: pack(words), from: words[0]![0], to: words.at(-1)![0] });
  let chunk: Word[] = [];
  let size = 0;
  for (;;) {
    let least: string | undefined;
    for (const head of heads) {
      if (head.done) continue;
      if (least === undefined || comparePagefindStrings(head.value[0], least) < 0) least = head.value[0];
    }
    if (least === undefined) break;
    const pages = new PageList();
    const variants = new Map<string, PageList>();
    heads.forEach((head, i) => {
      if (head.done || head.value[0] !== least) return;
      const [, onPages, spellings] = head.value;
      pages.add(onPages, offsets[i]!, fieldNumbers[i]!);
      for (const [spelling, on] of spellings) {
        if (!variants.has(spelling)) variants.set(spelling, new PageList());
        variants.get(spelling)!.add(on, offsets[i]!, fieldNumbers[i]!);
      }
      heads[i] = cursors[i]!.next();
    });
    chunk.push([least, pages.pages, [...variants].map(([spelling, on]) => [spelling, on.pages])]);
    size += pages.size;
    if (size >= WORD_FILE_SIZE) {
      close(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) close(chunk);
  const bounds = wordFileBounds(chunks.map(({ from, to }) => ({ first: from, last: to })));
  return chunks.map((chunk, i) => ({ ...chunk, ...bounds[i]! }));
}

/**
 * The names a search index gives its word files in order, by their first and last words, cut short as Pagefind cuts
 * them: two neighbouring files, each to one character more than the start the two words share ("ach" and "acr"
 * for "achieving" and "across"), so that a search for the start of a word finds the files that may hold it; the
 * last word is kept whole where its start would come before the file's first.
 */
export function wordFileBounds(files: { first: string; last: string }[]): { from: string; to: string }[] {
  const bounds = files.map(({ first, last }) => ({ from: first, to: last }));
  for (let i = 0; i + 1 < files.length; i++) {
    const shared = sharedStart(files[i]!.last, files[i + 1]!.first);
    const to = [...files[i]!.last].slice(0, shared + 1).join("");
    if (comparePagefindStrings(to, bounds[i]!.from) >= 0) bounds[i]!.to = to;
    bounds[i + 1]!.from = [...files[i + 1]!.first].slice(0, shared + 1).join("");
  }
  return bounds;
}

/** How many characters two words share at their start. */
function sharedStart(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared;
}

/** The pages a word (or one spelling of it) is on, gathered part after part. */
class PageList {
  readonly pages: Page[] = [];
  /** what the pages count toward the size of a word file (WORD_FILE_SIZE) */
  size = 0;
  private last = 0;

  /**
   * Adds one part's pages, renumbered by the part's first page number and the merged meta field numbers. The pages
   * are changed in place: there are millions of them in a large archive.
   */
  add(pages: Page[], offset: number, fieldNumbers: number[]): void {
    // Each page is numbered by how far it is from the one before it, the first from 0.
    let page = offset;
    for (const entry of pages) {
      page += entry[0];
      entry[0] = page - this.last;
      this.last = page;
      // Where a word is in the meta fields: each field's number, negated, less one, before the positions in it.
      const metaLocations = entry[2];
      for (let i = 0; i < metaLocations.length; i++) {
        if (metaLocations[i]! < 0) metaLocations[i] = -fieldNumbers[-metaLocations[i]! - 1]! - 1;
      }
      this.pages.push(entry);
      this.size += 1 + entry[1].length + metaLocations.length;
    }
  }
}

function* wordsOf(part: Part): Generator<Word, void> {
  for (const [, , hash] of part.meta[2]) yield* readIndexFile<[Word[]]>(fileAt(part.byPath, `index/${hash}.pf_index`))[0];
}

/**
 * Every part's pages, and their fragments. Pagefind names a fragment by the start of its hash, made longer when two
 * pages of one index share it, but two parts can each give one name to a different page (at 50,000 articles, a few
 * times): the later page is then named by a hash of its own.
 */
function mergeFragments(parts: Part[]): { pages: Meta[1]; files: IndexFile[] } {
  const files = new Map<string, IndexFile>();
  const pages = parts.flatMap((part) =>
    part.meta[1].map(([hash, words]): Meta[1][number] => {
      const content = fileAt(part.byPath, `fragment/${hash}.pf_fragment`);
      const taken = files.get(hash)?.content;
      const clash = taken !== undefined && !Buffer.from(taken).equals(content);
      const name = clash ? `${part.language}_${digest(content, HASH_LENGTH)}` : hash;
      files.set(name, { path: `fragment/${name}.pf_fragment`, content });
      return [name, words];
    }),
  );
  return { pages, files: [...files.values()] };
}

/** Each filter's values, from every part, their pages renumbered (stabilizeIndexFiles puts them in order). */
function mergeFilters(parts: Part[], offsets: number[]): FilterFile[] {
  const filters = new Map<string, Map<string, number[]>>();
  parts.forEach((part, i) => {
    for (const [name, hash] of part.meta[3]) {
      const values = filters.get(name) ?? new Map<string, number[]>();
      filters.set(name, values);
      for (const [value, pages] of readIndexFile<FilterFile>(fileAt(part.byPath, `filter/${hash}.pf_filter`))[1]) {
        const merged = values.get(value) ?? [];
        values.set(value, merged);
        for (const page of pages) merged.push(page + offsets[i]!);
      }
    }
  });
  return [...filters].map(([name, values]) => [name, [...values]]);
}

/** Each sort, the parts' one after the other: the parts come in the order of every sort (see above). */
function mergeSorts(parts: Part[], offsets: number[]): Sort[] {
  const sorts = new Map<string, number[]>();
  parts.forEach((part, i) => {
    for (const [name, pages] of part.meta[4]) {
      const merged = sorts.get(name) ?? [];
      sorts.set(name, merged);
      for (const page of pages) merged.push(page + offsets[i]!);
    }
  });
  return [...sorts];
}

function isIndexData(path: string): boolean {
  return path === ENTRY_FILE || path.endsWith(".pf_meta") || /^(index|filter|fragment)\//.test(path);
}

function fileAt(byPath: Map<string, IndexFile>, path: string): Uint8Array {
  const file = byPath.get(path);
  if (!file) throw new Error(`A part of the search index names ${path} and does not have it`);
  return file.content;
}

const gzipAsync = promisify(gzip);

/**
 * Pagefind's order of words and of sort values (Rust's order of strings): by Unicode code point, which JavaScript's
 * `<` is not.
 */
export function comparePagefindStrings(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    // Where the strings first differ, their code points there decide (a surrogate pair is read whole).
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}
