import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every file below `folder`, by its path relative to it with `/` between folders (as in a site's addresses), in a
 * stable order. `folder` may end in a separator, as a shell completes a folder's name.
 *
 * Read synchronously: Node's promise-based recursive readdir reads one folder at a time all the same, each a round
 * trip through its thread pool, and took 1.6–2.5 s for the 98,000 entries of a 10,000-article site, against 0.3 s.
 */
export function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
