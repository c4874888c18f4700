import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Every file below `folder`, by relative path, with the SHA-256 of its bytes: two equal fingerprints, equal folders. */
export async function fingerprint(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const hashes = await Promise.all(
    files.map(async (file) => [file.slice(folder.length + 1), createHash("sha256").update(await readFile(file)).digest("hex")] as const),
  );
  return Object.fromEntries(hashes.sort(([a], [b]) => a.localeCompare(b)));
}
