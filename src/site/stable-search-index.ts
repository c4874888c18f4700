import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

/**
 * Pagefind 1.5.2 writes its filter files, and the metadata that names them, in hash-map order, which changes from
 * run to run (Pagefind issue #638: "other files will still change, such as the filter/metadata indexes"). The same
 * articles must give byte-identical sites, so the filter values and the list of filters are put in order, and the
 * files renamed after their new content, as Pagefind names them after theirs.
 *
 * Each file is gzipped: the marker `pagefind_dcd` then CBOR. A filter file is `[name, [[value, [page…]]…]]`; the
 * metadata is `[version, pages, index chunks, [[filter name, file hash]…], sorts, meta fields]`.
 */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

const MARKER = new TextEncoder().encode("pagefind_dcd");
const FILTER_FILE = /^filter\/(\w+?)_(\w+)\.pf_filter$/;
const META_FILE = /^pagefind\.(\w+?)_(\w+)\.pf_meta$/;
/** The file that names an index's metadata file (by its hash), beside it. */
export const ENTRY_FILE = "pagefind-entry.json";

type FilterFile = [name: string, values: [value: string, pages: number[]][]];
type Meta = [version: string, pages: unknown, chunks: unknown, filters: [name: string, hash: string][], ...rest: unknown[]];

export function stabilizeIndexFiles(files: IndexFile[]): IndexFile[] {
  const renamed = new Map<string, string>();
  const stable = files.map((file) => {
    const filter = FILTER_FILE.exec(file.path);
    if (!filter) return file;
    const [name, values] = readIndexFile<FilterFile>(file.content);
    const content = write([name, [...values].sort(([a], [b]) => compare(a, b))]);
    const hash = `${filter[1]}_${digest(content, filter[2]!.length)}`;
    renamed.set(`${filter[1]}_${filter[2]}`, hash);
    return { path: `filter/${hash}.pf_filter`, content };
  });

  const metaNames = new Map<string, string>();
  const withMeta = stable.map((file) => {
    const meta = META_FILE.exec(file.path);
    if (!meta) return file;
    const [version, pages, chunks, filters, ...rest] = readIndexFile<Meta>(file.content);
    const ordered = filters.map(([name, hash]) => [name, renamed.get(hash) ?? hash] as [string, string]).sort(([a], [b]) => compare(a, b));
    const content = write([version, pages, chunks, ordered, ...rest]);
    const hash = `${meta[1]}_${digest(content, meta[2]!.length)}`;
    metaNames.set(`${meta[1]}_${meta[2]}`, hash);
    return { path: `pagefind.${hash}.pf_meta`, content };
  });

  return withMeta.map((file) => {
    if (file.path !== ENTRY_FILE) return file;
    const entry = JSON.parse(new TextDecoder().decode(file.content)) as { languages: Record<string, { hash: string }> };
    for (const language of Object.values(entry.languages)) language.hash = metaNames.get(language.hash) ?? language.hash;
    return { path: file.path, content: new TextEncoder().encode(JSON.stringify(entry)) };
  });
}

/**
 * What an index file holds, gzipped or not: Pagefind's search reads both, and an update of a served site writes its
 * files uncompressed (patch-search-index.ts).
 */
export function readIndexFile<T>(content: Uint8Array): T {
  const bytes = uncompressed(content);
  if (!MARKER.every((byte, i) => bytes[i] === byte)) throw new Error("Pagefind wrote an index file this project cannot read");
  return decode(bytes.subarray(MARKER.length)) as T;
}

/** An index file's content, marker included: as it is, or gunzipped. */
export function uncompressed(content: Uint8Array): Uint8Array {
  return MARKER.every((byte, i) => content[i] === byte) ? content : gunzipSync(content);
}

/** An index file holding `value`, before it is gzipped. */
export function encodeIndexFile(value: unknown): Buffer {
  return Buffer.concat([MARKER, encode(value)]);
}

function write(value: unknown): Uint8Array {
  return gzipSync(encodeIndexFile(value));
}

export function digest(content: Uint8Array, length: number): string {
  return createHash("sha256").update(content).digest("hex").slice(0, length);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
