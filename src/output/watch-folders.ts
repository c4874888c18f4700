import { existsSync, readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

/**
 * Calls `changed` with its path whenever a file or folder in one of `roots`, or in a folder below them (but those
 * named in `ignored`), is created, written, renamed or removed (with the folder's path, when the system does not
 * say which entry of it changed). Each folder is watched by itself, and the system tells of
 * every change to what it holds. Node 20's recursive watch, on Linux, watches each file instead: a file replaced by
 * a rename (as ingest and most editors save) leaves that watch on the file it replaced, and the next save of it went
 * unseen.
 */
export function watchFolders(
  roots: string[],
  ignored: ReadonlySet<string>,
  changed: (path: string) => void,
): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const forget = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  const watchFolder = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        // A folder made in this one is watched, and one removed forgotten, before the change is told: only a
        // "rename" (an entry made or removed) can be one, and it names the entry. Reading the whole folder again for
        // every event instead, 10 ms for a folder of 10,000 articles, held the watching thread (serve's) for 64 s
        // while 2,000 of them were saved as ingest saves (four events a save); it takes 0.9 s now.
        if (event === "rename") {
          for (const known of watchers.keys()) if (!existsSync(known)) forget(known);
          if (name === null) subfolders(folder, ignored).forEach(watchFolder);
          else if (!ignored.has(name) && isFolder(join(folder, name))) watchFolder(join(folder, name));
        }
        changed(name === null ? folder : join(folder, name));
      });
    } catch {
      return; // removed before it could be watched
    }
    watcher.on("error", () => forget(folder));
    watchers.set(folder, watcher);
    subfolders(folder, ignored).forEach(watchFolder);
  };
  roots.forEach(watchFolder);
  return { close: () => [...watchers.keys()].forEach(forget) };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // removed meanwhile, or not ours to read
  }
}

function subfolders(folder: string, ignored: ReadonlySet<string>): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !ignored.has(entry.name))
      .map((entry) => join(folder, entry.name));
  } catch {
    return []; // removed meanwhile
  }
}
