import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * Every file below `folder`, by its path relative to it with `/` between folders (as in a site's addresses), in a
 * stable order. `folder` may end in a separator, as a shell completes a folder's name.
 */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
