import { copyFile, link, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { mapConcurrently } from "../map-concurrently.ts";

/**
 * A folder of links to `files` (paths in `from`), laid out as in `from`, made afresh: a tool given the folder finds
 * those files alone, by the same paths.
 */
export async function linkFiles(from: string, files: string[], folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await mapConcurrently(files, async (file) => {
    await mkdir(dirname(join(folder, file)), { recursive: true });
    await linkOrCopy(join(from, file), join(folder, file));
  });
}

/** A file linked where it is also needed, or copied there where a file system has no links (or across two). */
export function linkOrCopy(from: string, to: string): Promise<void> {
  return link(from, to).catch(() => copyFile(from, to));
}
