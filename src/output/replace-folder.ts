import { constants, readdirSync, rmdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { access, copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { listFiles } from "./list-files.ts";

/** Where a build lists the files it wrote, so the next one knows which files in the folder are someone else's. */
export const MANIFEST = ".news-archive-files";

class ForeignFileError extends Error {}

/**
 * Writes a new version of the folder `target` (the site) without a reader, a host or an interrupted run ever seeing
 * half of it: `write` fills a staging folder beside it, which then takes the target's place in two renames. Files
 * in the target that the last build did not write (a CNAME, a host's verification file) are carried over; one
 * that the new build would overwrite stops the build instead, so nothing a person put there is lost.
 *
 * If the run is killed between the two renames, the target is missing for that moment; the next run puts the
 * earlier version back before it starts.
 *
 * `recycle`: the version taken out is kept beside the target, and the next call writes over it instead of into an
 * empty folder, then removes what it did not write again. Most of a site's files keep their names from one build to
 * the next, and on ext4 making a file is slow for minutes after many were removed, as a build that replaces a site
 * removes its files: 30,000 files took 7.4–10.2 s to write anew, 2.0–6.8 s to write over (BENCHMARKS.md). For
 * `serve`, which rebuilds one site again and again and removes its folders when it stops (removeWithSpares); a
 * `build` would leave a second copy of the site behind it.
 */
export async function replaceFolder(
  target: string,
  write: (staging: string) => Promise<void>,
  { recycle = false } = {},
): Promise<void> {
  const staging = besideFolder(target, "staging");
  const previous = besideFolder(target, "previous");
  if (!(await exists(target)) && (await exists(previous))) await rename(previous, target);
  await rm(staging, { recursive: true, force: true });
  const recycled = recycle && (await exists(previous));
  if (recycled) await rename(previous, staging);
  else await rm(previous, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    if (recycled) markForRewriting(staging);
    await write(staging);
    if (recycled) removeUnwritten(staging);
    const written = listFiles(staging);
    await carryOverForeignFiles(target, staging, new Set(written));
    await writeFile(join(staging, MANIFEST), `${written.join("\n")}\n`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (await exists(target)) await rename(target, previous);
  await rename(staging, target);
  if (!recycle) await rm(previous, { recursive: true, force: true });
}

/** Removes `target` and the folders replaceFolder keeps beside it. */
export async function removeWithSpares(target: string): Promise<void> {
  for (const folder of [target, besideFolder(target, "staging"), besideFolder(target, "previous")]) {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Readies a recycled folder to be written over. Each file's modification time is set to 0 (1970), which a file
 * written, copied or linked there since does not have, so the files that still have it afterwards are the ones the
 * new version did not write (removeUnwritten); no clock is compared. A file linked from elsewhere too (a search index
 * taken whole from the site being replaced, search-index.ts) is removed instead: marked, or written over, it would
 * change there as well.
 */
function markForRewriting(folder: string): void {
  for (const file of listFiles(folder)) {
    const path = join(folder, file);
    if (statSync(path).nlink > 1) rmSync(path);
    else utimesSync(path, 0, 0);
  }
}

/** Removes the files in `folder` that markForRewriting marked and nothing wrote since, then the folders left empty. */
function removeUnwritten(folder: string): void {
  for (const file of listFiles(folder)) {
    const path = join(folder, file);
    if (statSync(path).mtimeMs === 0) rmSync(path);
  }
  const folders = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory());
  // Deepest first, so a folder that held only empty folders is empty in its turn.
  for (const path of folders.map((entry) => join(entry.parentPath, entry.name)).sort().reverse()) {
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

/**
 * A hidden folder beside `target` for one `role`, named after it (`._site.staging` beside `_site`, and
 * `._site.serve.staging` beside `._site.serve`): on the same file system, so renames between them are atomic, and
 * one ignore pattern (`._site.*`) covers them all.
 */
function besideFolder(target: string, role: string): string {
  const name = basename(target);
  return join(dirname(target), `${name.startsWith(".") ? "" : "."}${name}.${role}`);
}

/**
 * Where `serve` writes: a folder of its own beside the site (`._site.serve`), which it empties when it starts and
 * removes when it stops. In the site itself, a host serving it would show what was built while an article was
 * being worked on, and the next build would find files it did not write and stop.
 */
export function servingFolder(site: string): string {
  return besideFolder(site, "serve");
}

async function carryOverForeignFiles(target: string, staging: string, written: Set<string>): Promise<void> {
  if (!(await exists(target))) return;
  const ours = new Set((await readFile(join(target, MANIFEST), "utf8").catch(() => "")).split("\n"));
  for (const file of listFiles(target)) {
    if (file === MANIFEST || ours.has(file)) continue;
    if (written.has(file)) {
      throw new ForeignFileError(
        `${join(target, file)} was not written by news-archive, and the build would overwrite it; move it away or build into another folder (--out)`,
      );
    }
    await mkdir(dirname(join(staging, file)), { recursive: true });
    await copyFile(join(target, file), join(staging, file));
  }
}

export async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}
