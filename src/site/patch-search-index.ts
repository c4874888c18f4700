import { gunzipSync } from "node:zlib";
import { decode } from "cborg";
import { comparePagefindStrings, wordFileBounds } from "./merge-search-indexes.ts";
import {
  encodeWhere,
  encodeWord,
  indexWordFile,
  MARKER,
  readWordFile,
  readWordPages,
  rewriteWord,
  writeWordFile,
  type StoredWord,
  type WordFileIndex,
  type WordPage,
  type WordPages,
} from "./search-index-words.ts";
import { digest, encodeIndexFile, ENTRY_FILE, readIndexFile, uncompressed, type IndexFile } from "./stable-search-index.ts";

/**
 * A served site's search index, changed in place when articles change (serve's updates, live-site.ts): Pagefind
 * indexes the changed pages alone, in a tenth of a second, and their words, filters, date order and fragments are
 * put into the site's index, which Pagefind would take 20 s to make again at 10,000 articles. The index is the one
 * Pagefind would make of the same pages but for where its word files are cut and the order of its pages, which a
 * search does not see (tests/site/patch-search-index.test.ts reads both back as a search does). The files it writes
 * are not compressed: Pagefind's search reads them either way, and an article's words fall in most word files,
 * which took longer to gzip than the rest of the update. `build`, and `serve` when it builds anew, index the whole
 * site.
 *
 * Pagefind numbers the pages of an index from 0, without a gap, and so does the update: a page that changed keeps
 * its number, a new page takes the number of one that was removed or the next one, and the last pages take the
 * numbers of removed pages that no new page took.
 */

/**
 * What an update keeps of the index between changes, which its files do not say, or not cheaply: its pages by
 * number, each word file (by its hash) uncompressed and where its words are in it, the values of each filter with
 * their pages, and the files of the index before, which the last update left for a search that began with it
 * (`IndexPatch`).
 */
export interface SearchIndexState {
  pages: IndexedPageState[];
  wordFiles: Map<string, WordFile>;
  filters: Map<string, Map<string, number[]>>;
  retired: string[];
}

/**
 * A word file as an update reads it. Kept in memory, 26 MB at 10,000 articles: an article's words fall in most word
 * files, and reading them again at each update, and gunzipping those the build had written, took a fifth of the
 * first update of a served site.
 */
export interface WordFile {
  /** uncompressed, marker included */
  content: Uint8Array;
  index: WordFileIndex;
}

/** A page of the index: its address, the value it is sorted by (its date) and the words on it. */
export interface IndexedPageState {
  url: string;
  sort: string;
  words: string[];
}

/** An article page to index: its address, and the value it is sorted by. */
export interface PageToIndex {
  url: string;
  sort: string;
}

export interface IndexPatch {
  state: SearchIndexState;
  /** files to write, paths in the index's folder; the entry file, which names the others, last */
  write: IndexFile[];
  /**
   * files to remove: those the update before this one replaced. The files this update replaces stay until the next
   * one (`state.retired`), since a search page that read the old entry file may still ask for them; a removed one
   * would be answered with the 404 page, which Pagefind reports as "invalid gzip data", and the search fails.
   */
  remove: string[];
}

/**
 * What an update needs of the index whose files `read` gives (by their paths in the index's folder); `sortOf` gives
 * the sort value of each of its pages, by address.
 */
export function readSearchIndexState(read: (path: string) => Uint8Array, sortOf: (url: string) => string): SearchIndexState {
  const { meta } = readMeta(read);
  const pages = meta[1].map(([fragment]): IndexedPageState => {
    const url = fragmentUrl(read(fragmentPath(fragment)));
    return { url, sort: sortOf(url), words: [] };
  });
  const wordFiles = new Map<string, WordFile>();
  for (const [, , hash] of meta[2]) {
    const content = uncompressed(read(wordFilePath(hash)));
    const index = indexWordFile(content);
    wordFiles.set(hash, { content, index });
    for (const stored of readWordFile(content, index)) {
      for (const page of pagesOf(readWordPages(stored))) pages[page]!.words.push(stored.word);
    }
  }
  const filters = new Map(meta[3].map(([name, hash]) => [name, new Map(readIndexFile<FilterFile>(read(filterPath(hash)))[1])]));
  return { pages, wordFiles, filters, retired: [] };
}

/**
 * The index of `state` (its files given by `read`) with the pages at `removed` (addresses) taken out and `pages`
 * indexed anew, `fresh` being Pagefind's index of those pages alone. Undefined when the two indexes cannot be put
 * together: made by different versions of Pagefind, or with a language, a meta field or a sort the other lacks.
 * The site must then be indexed again, whole.
 */
export function patchSearchIndex(
  state: SearchIndexState,
  read: (path: string) => Uint8Array,
  fresh: IndexFile[],
  removed: string[],
  pages: PageToIndex[],
): IndexPatch | undefined {
  const freshFiles = new Map(fresh.map((file) => [file.path, file.content]));
  const readFresh = (path: string) => {
    const content = freshFiles.get(path);
    if (!content) throw new Error(`Pagefind's index of the changed pages names ${path} and does not have it`);
    return content;
  };
  const site = readMeta(read);
  // Pagefind makes no index of no pages: when only removals are to be made, there is no fresh index.
  const added = fresh.length === 0 ? { entry: site.entry, meta: emptyMeta(site.meta) } : readMeta(readFresh);
  const [language] = Object.keys(site.entry.languages);
  if (
    Object.keys(added.entry.languages).join() !== language ||
    added.meta[0] !== site.meta[0] ||
    !added.meta[5].every((field) => site.meta[5].includes(field)) ||
    // One sort, the date: the pages' sort values are the state's.
    site.meta[4].length > 1 ||
    !sameNames(added.meta[4], site.meta[4])
  ) {
    return undefined;
  }

  const sortOf = new Map(pages.map((page) => [page.url, page.sort]));
  const freshUrls = added.meta[1].map(([fragment]) => fragmentUrl(readFresh(fragmentPath(fragment))));
  const numbers = numberPages(state.pages, removed, freshUrls, sortOf);
  const fieldNumbers = added.meta[5].map((field) => site.meta[5].indexOf(field));
  const incoming = incomingWords(added.meta[2].map(([, , hash]) => readFresh(wordFilePath(hash))), numbers.fresh, fieldNumbers);
  for (const [word, on] of incoming) for (const page of pagesOf(on)) numbers.pages[page]!.words.push(word);
  // The words whose pages change: those on the pages that go, are indexed anew or take another number, and the
  // words of the pages indexed anew.
  const touched = new Set(incoming.keys());
  // The words on a cleared page, whose entries for it go; no other word has one.
  const onCleared = new Set<string>();
  for (const number of numbers.cleared) for (const word of state.pages[number]!.words) onCleared.add(word);
  for (const number of [...numbers.cleared, ...numbers.moved.keys()]) {
    for (const word of state.pages[number]!.words) touched.add(word);
  }
  const hashed = (folder: string, bytes: Uint8Array): IndexFile & { hash: string } => {
    const hash = `${language}_${digest(bytes, HASH_LENGTH)}`;
    return { hash, path: folder === "meta" ? `pagefind.${hash}.pf_meta` : `${folder}/${hash}.pf_${folder}`, content: bytes };
  };

  const wordFiles = patchWordFiles(site.meta[2], state.wordFiles, { touched, onCleared }, incoming, numbers, (bytes) =>
    hashed("index", bytes),
  );
  const freshFilters = added.meta[3].map(([, hash]): FilterFile => readIndexFile<FilterFile>(readFresh(filterPath(hash))));
  const filters = patchFilters(state.filters, freshFilters, numbers);
  const filterFilesBefore = new Map(site.meta[3]);
  const filterFiles = [...filters].map(([name, values]) => {
    const unchanged = values === state.filters.get(name) ? filterFilesBefore.get(name) : undefined;
    if (unchanged !== undefined) return { name, hash: unchanged, path: filterPath(unchanged) };
    return { name, ...hashed("filter", encodeIndexFile([name, [...values].sort(([a], [b]) => compare(a, b))])) };
  });

  // The fragments keep the names Pagefind gave them, unless one is taken by another page's.
  const taken = new Set(numbers.kept.flatMap((old) => (old === undefined ? [] : [site.meta[1][old]![0]])));
  const fragmentFiles: IndexFile[] = [];
  const pageList = numbers.pages.map((_, number): [string, number] => {
    const old = numbers.kept[number];
    if (old !== undefined) return site.meta[1][old]!;
    const [name, words] = added.meta[1][numbers.fresh.indexOf(number)]!;
    const content = readFresh(fragmentPath(name));
    const unique = taken.has(name) ? `${language}_${digest(content, HASH_LENGTH)}` : name;
    taken.add(unique);
    fragmentFiles.push({ path: fragmentPath(unique), content });
    return [unique, words];
  });
  const meta = hashed(
    "meta",
    encodeIndexFile([
      site.meta[0],
      pageList,
      wordFiles.list.map(({ from, to, hash }) => [from, to, hash]),
      filterFiles.map(({ name, hash }) => [name, hash]),
      site.meta[4].map(([name, order]) => [name, patchSortOrder(order, numbers)]),
      site.meta[5],
    ]),
  );
  const entry = structuredClone(site.entry);
  entry.languages[language!] = { ...entry.languages[language!]!, hash: meta.hash, page_count: pageList.length };

  const now = new Set([
    ...pageList.map(([name]) => fragmentPath(name)),
    ...wordFiles.list.map(({ hash }) => wordFilePath(hash)),
    ...filterFiles.map(({ path }) => path),
    meta.path,
  ]);
  const before = [
    ...site.meta[1].map(([name]) => fragmentPath(name)),
    ...site.meta[2].map(([, , hash]) => wordFilePath(hash)),
    ...site.meta[3].map(([, hash]) => filterPath(hash)),
    site.metaPath,
  ];
  const existing = new Set(before);
  return {
    state: { pages: numbers.pages, wordFiles: wordFiles.state, filters, retired: before.filter((path) => !now.has(path)) },
    write: [
      ...[...fragmentFiles, ...wordFiles.written, ...filterFiles.flatMap((file) => ("content" in file ? [file] : [])), meta].filter(
        ({ path }) => !existing.has(path),
      ),
      { path: ENTRY_FILE, content: new TextEncoder().encode(JSON.stringify(entry)) },
    ],
    remove: state.retired.filter((path) => !now.has(path)),
  };
}

type Meta = [
  version: string,
  pages: [fragment: string, words: number][],
  wordFiles: [from: string, to: string, hash: string][],
  filters: [name: string, hash: string][],
  sorts: [name: string, pages: number[]][],
  metaFields: string[],
];
type FilterFile = [name: string, values: [value: string, pages: number[]][]];
type Entry = { languages: Record<string, { hash: string; page_count: number }> };

/** The length of the hashes that name the files the update writes, as the merge's (merge-search-indexes.ts). */
const HASH_LENGTH = 11;

function readMeta(read: (path: string) => Uint8Array): { entry: Entry; meta: Meta; metaPath: string } {
  const entry = JSON.parse(new TextDecoder().decode(read(ENTRY_FILE))) as Entry;
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`A search index of ${languages.length} languages cannot be updated`);
  const metaPath = `pagefind.${languages[0]!.hash}.pf_meta`;
  return { entry, meta: readIndexFile<Meta>(read(metaPath)), metaPath };
}

function emptyMeta([version, , , , sorts]: Meta): Meta {
  return [version, [], [], [], sorts.map(([name]) => [name, []]), []];
}

const fragmentPath = (name: string) => `fragment/${name}.pf_fragment`;
const wordFilePath = (hash: string) => `index/${hash}.pf_index`;
const filterPath = (hash: string) => `filter/${hash}.pf_filter`;

/**
 * The address of a page, from its fragment: `{"url":…` comes first, so only the start of a compressed fragment is
 * inflated (the whole of it, if that was not enough).
 */
function fragmentUrl(content: Uint8Array): string {
  const start = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(MARKER.length, MARKER.length + 2048));
  const found = URL_FIELD.exec(start(content[0] === MARKER[0] ? content : partlyInflated(content)))?.[1];
  if (found !== undefined) return JSON.parse(`"${found}"`) as string;
  const { url } = JSON.parse(new TextDecoder().decode(uncompressed(content).subarray(MARKER.length))) as { url: string };
  return url;
}

const URL_FIELD = /^\{"url":"((?:[^"\\]|\\.)*)"/;

function partlyInflated(gzipped: Uint8Array): Uint8Array {
  try {
    return gunzipSync(gzipped.subarray(0, 1024), { finishFlush: 2 /* Z_SYNC_FLUSH: what there is so far */ });
  } catch {
    return uncompressed(gzipped);
  }
}

function sameNames(a: [string, unknown][], b: [string, unknown][]): boolean {
  return a.map(([name]) => name).join("\0") === b.map(([name]) => name).join("\0");
}

/** The numbers of the pages a word is on, itself or as one of its spellings. */
function pagesOf({ pages, spellings }: WordPages): Set<number> {
  const numbers = new Set(pages.map(({ page }) => page));
  for (const [, on] of spellings) for (const { page } of on) numbers.add(page);
  return numbers;
}

/** How the pages are numbered after the change. */
interface Numbering {
  /** the pages by their new numbers */
  pages: IndexedPageState[];
  /** for each new number, the number the page had before, when it is a page kept as it was */
  kept: (number | undefined)[];
  /** the new number of each of the fresh index's pages, by its number there */
  fresh: number[];
  /** a kept page's new number, by its old one, where it changed */
  moved: Map<number, number>;
  /** old numbers whose entries go: pages removed or indexed anew */
  cleared: Set<number>;
}

function numberPages(before: IndexedPageState[], removed: string[], freshUrls: string[], sortOf: Map<string, string>): Numbering {
  const numberOf = new Map(before.map(({ url }, number) => [url, number]));
  const cleared = new Set<number>();
  for (const url of [...removed, ...freshUrls]) {
    const number = numberOf.get(url);
    if (number !== undefined) cleared.add(number);
  }
  const pages = [...before];
  const kept: (number | undefined)[] = before.map((_, number) => (cleared.has(number) ? undefined : number));
  // Removed pages leave their numbers free, lowest first, for new pages and then for the last pages.
  const reindexed = new Set(freshUrls);
  const free = [...cleared].filter((number) => !reindexed.has(before[number]!.url)).sort((a, b) => a - b);
  const fresh = freshUrls.map((url) => {
    const sort = sortOf.get(url);
    if (sort === undefined) throw new Error(`Pagefind indexed ${url}, which was not among the pages to index`);
    const number = numberOf.get(url) ?? free.shift() ?? pages.length;
    pages[number] = { url, sort, words: [] };
    kept[number] = undefined;
    return number;
  });
  // The numbers no new page took are filled by the last pages, until the pages are numbered without a gap.
  const stillFree = new Set(free);
  const moved = new Map<number, number>();
  while (stillFree.size > 0) {
    const last = pages.length - 1;
    if (!stillFree.has(last)) {
      const slot = free.find((number) => stillFree.has(number))!;
      stillFree.delete(slot);
      pages[slot] = pages[last]!;
      kept[slot] = kept[last];
      if (kept[last] !== undefined) moved.set(kept[last]!, slot);
      const freshIndex = fresh.indexOf(last);
      if (freshIndex !== -1) fresh[freshIndex] = slot;
    }
    stillFree.delete(last);
    pages.length = last;
    kept.length = last;
  }
  return { pages, kept, fresh, moved, cleared };
}

/**
 * The pages in order of their sort values, from the order before: the pages that went taken out, the pages that
 * took another number renumbered, the pages indexed anew put in their place.
 */
function patchSortOrder(before: number[], numbers: Numbering): number[] {
  const order = before.flatMap((page) => (numbers.cleared.has(page) ? [] : [numbers.moved.get(page) ?? page]));
  const sortOf = (page: number) => numbers.pages[page]!.sort;
  for (const page of numbers.fresh) {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (comparePagefindStrings(sortOf(order[middle]!), sortOf(page)) <= 0) low = middle + 1;
      else high = middle;
    }
    order.splice(low, 0, page);
  }
  return order;
}

/**
 * The fresh index's words, each with its pages renumbered as in the site's index, their meta fields numbered as the
 * site's index numbers them (`fieldNumbers`, by the fresh index's numbers), by word.
 */
function incomingWords(files: Uint8Array[], numbers: number[], fieldNumbers: number[]): Map<string, WordPages> {
  const words = new Map<string, WordPages>();
  const renumber = (pages: WordPage[]) =>
    pages
      .map(({ page, where }) => ({ page: numbers[page]!, where: withFieldNumbers(where, fieldNumbers) }))
      .sort((a, b) => a.page - b.page);
  for (const file of files) {
    for (const stored of readWordFile(uncompressed(file))) {
      const { pages, spellings } = readWordPages(stored);
      words.set(stored.word, { pages: renumber(pages), spellings: spellings.map(([spelling, on]) => [spelling, renumber(on)]) });
    }
  }
  return words;
}

/** A page's locations of a word, its meta fields renumbered: each is given as its number, negated, less one. */
function withFieldNumbers(where: Uint8Array, fieldNumbers: number[]): Uint8Array {
  // `where` is two CBOR arrays one after the other, read as one array of two (0x82).
  const [locations, metaLocations] = decode(new Uint8Array([0x82, ...where])) as [number[], number[]];
  return encodeWhere(
    locations,
    metaLocations.map((n) => (n < 0 ? -fieldNumbers[-n - 1]! - 1 : n)),
  );
}

/**
 * The word files with the change made: the files that hold (or, for a new word, would hold) one of the `touched`
 * words are read and written again, their other words copied as they were. `onCleared` are the words on a page
 * whose entries go.
 */
function patchWordFiles(
  list: Meta[2],
  known: Map<string, WordFile>,
  { touched, onCleared }: { touched: Set<string>; onCleared: ReadonlySet<string> },
  incoming: Map<string, WordPages>,
  numbers: Numbering,
  hashed: (bytes: Uint8Array) => IndexFile & { hash: string },
): { list: { from: string; to: string; hash: string }[]; written: IndexFile[]; state: Map<string, WordFile> } {
  // A word is in the last file whose first word comes before it, or in the first file (a new one, for an index
  // without words).
  const firsts = list.length === 0 ? [""] : list.map(([, , hash]) => known.get(hash)!.index.words[0]!);
  const byFile = firsts.map((): string[] => []);
  for (const word of [...touched].sort(comparePagefindStrings)) {
    let low = 0;
    let high = firsts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (comparePagefindStrings(firsts[middle]!, word) <= 0) low = middle;
      else high = middle - 1;
    }
    byFile[low]!.push(word);
  }

  const files: { first: string; last: string; hash: string }[] = [];
  const written: IndexFile[] = [];
  const state = new Map<string, WordFile>();
  const keep = (hash: string, file: WordFile) => {
    files.push({ first: file.index.words[0]!, last: file.index.words.at(-1)!, hash });
    state.set(hash, file);
  };
  byFile.forEach((words, i) => {
    const hash = list[i]?.[2];
    const before = hash === undefined ? undefined : known.get(hash)!;
    if (hash !== undefined && words.length === 0) return keep(hash, before!);
    const stored = before ? readWordFile(before.content, before.index) : [];
    const patched = patchWords(stored, words, onCleared, incoming, numbers);
    if (patched.length === 0) return;
    const rewritten = writeWordFile(patched);
    const file = hashed(rewritten.content);
    written.push(file);
    keep(file.hash, rewritten);
  });
  const bounds = wordFileBounds(files);
  return { list: files.map(({ hash }, i) => ({ ...bounds[i]!, hash })), written, state };
}

/**
 * One word file's words with the change made to the `touched` ones (in order), the new words among them put in
 * their place, and a word on no page left out.
 */
function patchWords(
  stored: StoredWord[],
  touched: string[],
  onCleared: ReadonlySet<string>,
  incoming: Map<string, WordPages>,
  numbers: Numbering,
): StoredWord[] {
  const words: StoredWord[] = [];
  const add = (word: StoredWord | undefined) => {
    if (word) words.push(word);
  };
  const addNew = (word: string) => {
    const adding = incoming.get(word);
    if (adding) words.push(encodeWord(word, adding));
  };
  let next = 0;
  for (const word of stored) {
    for (; next < touched.length && comparePagefindStrings(touched[next]!, word.word) < 0; next++) addNew(touched[next]!);
    if (next < touched.length && touched[next] === word.word) {
      const adding = incoming.get(touched[next++]!);
      // Renumbered pages are read into objects and sorted again; otherwise the entries are copied as they are.
      if (numbers.moved.size > 0) add(withPages(word.word, changedPages(readWordPages(word), numbers, adding)));
      // A word on no cleared page has no entry to take out (rewriteWord then only adds, and quicker).
      else add(rewriteWord(word, onCleared.has(word.word) ? numbers.cleared : NONE_CLEARED, adding));
    } else {
      words.push(word);
    }
  }
  for (; next < touched.length; next++) addNew(touched[next]!);
  return words;
}

/** A word on its pages, or nothing when it is on none (a word indexed without its diacritics is on its spellings'). */
function withPages(word: string, pages: WordPages): StoredWord | undefined {
  return pages.pages.length === 0 && pages.spellings.length === 0 ? undefined : encodeWord(word, pages);
}

/** A word's pages and spellings' without the cleared pages, renumbered, with the incoming pages added. */
function changedPages({ pages, spellings }: WordPages, numbers: Numbering, adding: WordPages | undefined): WordPages {
  const added = new Map(adding?.spellings ?? []);
  const result: WordPages["spellings"] = [];
  for (const [spelling, on] of spellings) {
    const kept = changedList(on, numbers, added.get(spelling));
    added.delete(spelling);
    if (kept.length > 0) result.push([spelling, kept]);
  }
  for (const [spelling, on] of added) result.push([spelling, on]);
  return { pages: changedList(pages, numbers, adding?.pages), spellings: result };
}

/** A list of pages (in order) without the cleared pages, renumbered, with `add` (in order) merged in. */
function changedList(on: WordPage[], { cleared, moved }: Numbering, add: WordPage[] = []): WordPage[] {
  const kept: WordPage[] = [];
  for (const entry of on) {
    if (cleared.has(entry.page)) continue;
    const number = moved.get(entry.page);
    kept.push(number === undefined ? entry : { page: number, where: entry.where });
  }
  // A page that took another number took a lower one.
  if (moved.size > 0) kept.sort((a, b) => a.page - b.page);
  const merged: WordPage[] = [];
  let i = 0;
  for (const entry of add) {
    while (i < kept.length && kept[i]!.page < entry.page) merged.push(kept[i++]!);
    merged.push(entry);
  }
  while (i < kept.length) merged.push(kept[i++]!);
  return merged;
}

/**
 * Each filter's values and their pages with the change made: the cleared pages taken out, the others renumbered,
 * the fresh index's pages added; a value on no page left out, and a filter with no value. Only a filter that
 * changed is a new map.
 */
function patchFilters(
  before: Map<string, Map<string, number[]>>,
  fresh: FilterFile[],
  numbers: Numbering,
): Map<string, Map<string, number[]>> {
  const changes = (page: number) => numbers.cleared.has(page) || numbers.moved.has(page);
  const filters = new Map<string, Map<string, number[]>>();
  for (const [name, values] of before) {
    if (![...values.values()].some((pages) => pages.some(changes))) {
      filters.set(name, values);
      continue;
    }
    const kept = new Map<string, number[]>();
    for (const [value, pages] of values) {
      const now = pages.flatMap((page) => (numbers.cleared.has(page) ? [] : [numbers.moved.get(page) ?? page]));
      if (now.length > 0) kept.set(value, now.sort((a, b) => a - b));
    }
    filters.set(name, kept);
  }
  for (const [name, values] of fresh) {
    const now = new Map(filters.get(name));
    for (const [value, pages] of values) {
      now.set(value, [...(now.get(value) ?? []), ...pages.map((page) => numbers.fresh[page]!)].sort((a, b) => a - b));
    }
    filters.set(name, now);
  }
  for (const [name, values] of filters) if (values.size === 0) filters.delete(name);
  return new Map([...filters].sort(([a], [b]) => compare(a, b)));
}

const NONE_CLEARED: ReadonlySet<number> = new Set();

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
