import { statSync } from "node:fs";

/**
 * More names than this between two runs, and the watcher may have missed some: the kernel keeps 16,384 events for
 * a watcher that has not read them yet, and drops the rest without a word. A batch so large is checked file by file.
 */
const MOST_NAMES = 1000;

type Folder = "raw" | "articles";

/** The names a watcher saw change in each folder; none for a folder whose every file is to be checked. */
export type ChangedNames = Partial<Record<Folder, ReadonlySet<string>>>;

/**
 * What watchers of the raw and articles folders saw change since ingest last ran (IngestMemo.changes), so that a run
 * of `serve` checks only those files: checking that none of the other 20,000 files of a 10,000-article archive had
 * changed took 0.3 s of every save. Until the first run after the watchers start, whenever a watcher could not say
 * which file changed, and for a folder made anew since (removed, or another renamed over it: the watcher still
 * watches the old one), every file is checked.
 */
export class FolderChanges {
  private raw = new Set<string>();
  private articles = new Set<string>();
  private unknown = true;
  private readonly watched: Record<Folder, string>;

  /** Made as the watchers of `folders` start. */
  constructor(private readonly folders: Record<Folder, string>) {
    this.watched = { raw: folderId(folders.raw), articles: folderId(folders.articles) };
  }

  /** A file of `folder` changed: `name`, or null when the watcher could not say which. */
  saw(folder: Folder, name: string | null): void {
    if (name === null) this.unknown = true;
    else this[folder].add(name);
  }

  /** What a run could not take in (it failed part way): the next checks every file. */
  forget(): void {
    this.unknown = true;
  }

  /** The names seen since the last call, and from now on none. */
  take(): ChangedNames {
    const trusted = !this.unknown && this.raw.size + this.articles.size <= MOST_NAMES;
    const seen: ChangedNames = {};
    for (const folder of ["raw", "articles"] as const) {
      if (trusted && folderId(this.folders[folder]) === this.watched[folder]) seen[folder] = this[folder];
      this[folder] = new Set();
    }
    this.unknown = false;
    return seen;
  }
}

function folderId(path: string): string {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? `${info.dev}:${info.ino}` : "none";
}
