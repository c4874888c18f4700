import { createHash } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { mapConcurrently } from "../map-concurrently.ts";
import { exists, MANIFEST } from "./replace-folder.ts";

/**
 * A site records, in this file, the digest of everything it was built from. A build from the same inputs into a
 * site that still has every file it wrote has nothing to do, and leaves the site as it is: for a large archive
 * that is a minute saved on every `build` that follows an `ingest` which changed nothing.
 */
const STAMP = ".news-archive-inputs";

/** What a build reads: files and folders (every file below them), and the options it was given. */
export interface BuildInputs {
  paths: string[];
  options: Record<string, unknown>;
}

/**
 * The SHA-256 of the inputs: every file's path below its input, its size and its own SHA-256, in a stable order,
 * then the options.
 */
export async function digestInputs({ paths, options }: BuildInputs): Promise<string> {
  const hash = createHash("sha256");
  for (const [index, path] of paths.entries()) {
    // Paths themselves are left out: the same articles built from another folder are the same site.
    hash.update(`\0input ${index}\0`);
    // Files are read a few at a time, and each is hashed as it is read; their digests go in in a stable order.
    const files = await mapConcurrently(await filesBelow(path), async (file) => {
      // A link to nothing, or to a folder, is read as what reading it gives.
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => Buffer.from(`unreadable: ${error.code}`));
      return { name: relative(path, file), size: bytes.length, digest: createHash("sha256").update(bytes).digest() };
    });
    for (const { name, size, digest } of files) hash.update(`\0${name}\0${size}\0`).update(digest);
  }
  hash.update(JSON.stringify(options, Object.keys(options).sort()));
  return hash.digest("hex");
}

/** Whether `site` was built from inputs of this digest, and every file that build wrote is still there. */
export async function isUpToDate(site: string, digest: string): Promise<boolean> {
  const stamp = await readFile(join(site, STAMP), "utf8").catch(() => undefined);
  if (stamp?.trim() !== digest) return false;
  const manifest = await readFile(join(site, MANIFEST), "utf8").catch(() => undefined);
  if (manifest === undefined) return false;
  const files = manifest.split("\n").filter((file) => file !== "");
  return (await mapConcurrently(files, (file) => exists(join(site, file)))).every(Boolean);
}

/** Records in `folder` (the site being written) that it is built from inputs of this digest. */
export function writeStamp(folder: string, digest: string): Promise<void> {
  return writeFile(join(folder, STAMP), `${digest}\n`);
}

/** The file at `path`, or every file below the folder at `path` in a stable order; nothing if there is nothing. */
async function filesBelow(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
