import { constants } from "node:fs";
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
 */
export async function replaceFolder(target: string, write: (staging: string) => Promise<void>): Promise<void> {
  const staging = besideFolder(target, "staging");
  const previous = besideFolder(target, "previous");
  if (!(await exists(target)) && (await exists(previous))) await rename(previous, target);
  await rm(staging, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await write(staging);
    const written = listFiles(staging);
    await carryOverForeignFiles(target, staging, new Set(written));
    await writeFile(join(staging, MANIFEST), `${written.join("\n")}\n`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (await exists(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
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
